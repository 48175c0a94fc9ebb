/**
 * The service catalogue compiled for lookup: aliases in every script (a phrase index over
 * tokens, substrings for unspaced scripts), support handles, and hashtags — listed ones
 * (#whatsappdown) and any alias glued to an outage hashtag word (#jiodown, #skyçöktü).
 */
import { PhraseIndex, SubstringIndex } from '../lexicon/phrase-index.js';
import { Vocabulary } from '../lexicon/vocabulary.js';
import { normalise } from '../text/normalise.js';
import { dominantScript, isUnspaced, scriptCounts } from '../text/script.js';
import { wordsOf, type Token } from '../text/tokens.js';
import type { ServiceEntry } from './types.js';
import { SERVICE_FAMILIES } from './families.js';

const NO_FAMILY: readonly string[] = [];

export interface AliasHit {
  service: string;
  /** The name also means something else: it needs context to count. */
  ambiguous: boolean;
}

/** Arabic-script clitics written onto a name, longest first: and-the, with-the, for-the, the, and, with, for. */
const ARABIC_CLITICS = ['وال', 'بال', 'لل', 'ال', 'و', 'ب', 'ل'];

/**
 * Turkish case endings as they look after folding (ı → i, ü → u), longest first: ablative,
 * locative, dative, genitive, accusative and instrumental, with their buffer consonants.
 */
const TURKISH_CASE_ENDINGS = [
  'ndan',
  'nden',
  'yla',
  'yle',
  'nin',
  'nun',
  'dan',
  'den',
  'tan',
  'ten',
  'nda',
  'nde',
  'da',
  'de',
  'ta',
  'te',
  'ya',
  'ye',
  'yi',
  'yu',
  'in',
  'un',
  'na',
  'ne',
  'la',
  'le',
  'a',
  'e',
  'i',
  'u',
];

/** Longest case ending or postposition read off a name (characters, marks included). */
/**
 * Everyday words that look like a short name with an ending: "install" in Urdu, Persian and
 * Hindi is انسٹا/اینستا/इंस्टा (Insta) plus a letter ("ان انسٹال کر کے"), never Instagram; and
 * Persian and Arabic words holding اکس (X): "box" باکس(م), Excel اکسل, "my ex" اکسم, oxygen,
 * express, vaccine, wax.
 */
const NOT_INFLECTED_NAMES: ReadonlySet<string> = new Set(
  [
    ...['انسٹال', 'انسٹالر', 'انسٹالیشن', 'اینستال', 'इंस्टॉल', 'इंस्टाल', 'इंस्टालेशन', 'ইনস্টল'],
    ...['باکس', 'باکسم', 'باکسش', 'باکسمون', 'باکسا', 'باکسها', 'باکسر', 'اکسل', 'اکسلم', 'اکسم', 'اکسش', 'اکسای'],
    ...['اکسیژن', 'اکسپرس', 'اکسسوری', 'واکس', 'واکسن', 'واکسنم', 'واکسینه', 'بالاکس', 'لاکس', 'لاکسری'],
  ].map((w) => normalise(w)),
);

/**
 * A maker's other brands, written as one word with its name, that an ending must not be read
 * off: 카카오뱅크 (KakaoBank) is 카카오 plus 뱅크, not KakaoTalk with an ending.
 */
const OTHER_BRANDS_OF_A_NAME: readonly string[] = [
  '카카오뱅크',
  '카카오페이',
  '카카오택시',
  '카카오맵',
  '카카오t',
  '카카오게임',
  '카카오웹툰',
  '카카오페이지',
  '카카오모빌리티',
  '카카오엔터',
  '카카오스토리',
  '카카오뮤직',
];

const MAX_ENDING = 4;

/**
 * Tamil endings run longer, as the consonant before them doubles (வாட்ஸ்அப்புக்கு "to WhatsApp",
 * ஜியோவுக்கு "to Jio"), and a vowel ending takes the place of a name's final virama
 * (இன்ஸ்டாகிராம் → இன்ஸ்டாகிராமில் "on Instagram").
 */
const MAX_TAMIL_ENDING = 6;
export const TAMIL_VIRAMA = '\u0bcd';
/**
 * The scripts whose case endings run that long, each with its virama: Tamil, and Kannada and
 * Malayalam, which do the same (ವಾಟ್ಸಾಪ್‌ನಲ್ಲಿ / ವಾಟ್ಸಾಪಲ್ಲಿ "on WhatsApp", വാട്സാപ്പിന്റെ
 * "WhatsApp's", ഇൻസ്റ്റാഗ്രാമിൽ "on Instagram").
 */
const LONG_ENDING_VIRAMAS: readonly [RegExp, string][] = [
  [/^[\u0b80-\u0bff]/, TAMIL_VIRAMA],
  [/^[\u0c80-\u0cff]/, '\u0ccd'],
  [/^[\u0d00-\u0d7f]/, '\u0d4d'],
];
const MALAYALAM_MA = '\u0d2e';
const MALAYALAM_MMA = '\u0d2e\u0d4d\u0d2e';
const MALAYALAM_ANUSVARA = '\u0d02';
function longEndingVirama(word: string): string | undefined {
  return LONG_ENDING_VIRAMAS.find(([script]) => script.test(word))?.[1];
}

/**
 * A bitmap of the first three characters of a set of words: most words of a post start
 * like no name, and this says so without building the substrings and map keys that the
 * full inflection search tries (it was a twentieth of classification time).
 */
class PrefixFilter {
  private readonly bits = new Uint8Array(1 << 16);

  add(word: string): void {
    if (word.length >= 3) this.bits[prefixHash(word, 0)] = 1;
  }

  /** False when no added word starts with the three characters at `offset` (true when fewer than three remain). */
  mayStartAt(text: string, offset: number): boolean {
    return text.length - offset < 3 || this.bits[prefixHash(text, offset)] === 1;
  }

  /** `mayStartAt(first + second.slice(0, 2), 0)` without building that string (once per word of a post). */
  mayStartJoined(first: string, second: string): boolean {
    const length = first.length + Math.min(2, second.length);
    if (length < 3) return true;
    const a = first.charCodeAt(0);
    const b = first.length > 1 ? first.charCodeAt(1) : second.charCodeAt(1 - first.length);
    const c = first.length > 2 ? first.charCodeAt(2) : second.charCodeAt(2 - first.length);
    return this.bits[(Math.imul(a, 961) + Math.imul(b, 31) + c) & 0xffff] === 1;
  }
}

function prefixHash(text: string, offset: number): number {
  return (Math.imul(text.charCodeAt(offset), 961) + Math.imul(text.charCodeAt(offset + 1), 31) + text.charCodeAt(offset + 2)) & 0xffff;
}

export type MentionSource = 'alias' | 'hashtag' | 'handle';

export interface ServiceMention extends AliasHit {
  via: MentionSource;
  /** Token span of the mention (for unspaced-script matches, -1). */
  start: number;
  end: number;
  /** The hashtag also says it is down (#whatsappdown). */
  outageHashtag: boolean;
  /** For an unspaced-script match, its span in characters of the normalised text (else -1): what follows it is said of it. */
  charStart: number;
  charEnd: number;
}

export class ServiceCatalogue {
  readonly entries: ReadonlyMap<string, ServiceEntry>;
  private readonly aliases: PhraseIndex<AliasHit>;
  private readonly unspacedAliases = new SubstringIndex<AliasHit>();
  private readonly handles = new Map<string, string>();
  private readonly hashtags = new Map<string, string>();
  /** One-word aliases in scripts other than Latin, for names that carry a case ending. */
  private readonly inflectableAliases = new Map<string, AliasHit>();
  private readonly inflectableStarts = new PrefixFilter();
  /** Aliases with spaces removed, for splitting glued hashtags. */
  private readonly gluedAliases = new Map<string, AliasHit>();
  /** Glued aliases another service shares, to those others (Vodafone is Vi in India): the market decides. */
  private readonly gluedShared = new Map<string, AliasHit[]>();
  private readonly gluedStarts = new PrefixFilter();
  /** Distinct lengths of the outage hashtag words, longest first. */
  private readonly outageSuffixLengths: readonly number[];
  /** Latin aliases with spaces and punctuation removed, to every service they name: the stems of unlisted handles. */
  private readonly handleStems = new Map<string, { services: string[]; ambiguous: boolean }>();
  private readonly longestHandleStem: number;
  private readonly ownFeatures: PhraseIndex<string>;
  /** Whole-family names ("all the Facebook apps") → the family's services. */
  private readonly families: PhraseIndex<readonly string[]>;

  constructor(
    services: readonly ServiceEntry[],
    private readonly outageHashtags: ReadonlySet<string>,
    vocabulary: Vocabulary = new Vocabulary(),
  ) {
    this.aliases = new PhraseIndex<AliasHit>(vocabulary);
    this.ownFeatures = new PhraseIndex<string>(vocabulary);
    this.families = new PhraseIndex<readonly string[]>(vocabulary);
    for (const family of SERVICE_FAMILIES) for (const name of family.names) this.families.add(name, family.services);
    this.entries = new Map(services.map((s) => [s.id, s]));
    for (const service of services) {
      const add = (alias: string, listedAmbiguous: boolean) => {
        // A name of one or two letters ("vi", "ee", "e&" → e) is always a word somewhere; two
        // characters of Han, Kana or Hangul are a whole name (推特, 카톡), not a letter pair.
        const script = dominantScript(scriptCounts(alias));
        const syllabic = isUnspaced(script) || script === 'Hang';
        // Vowel signs count: জিও (Jio in Bengali) is three characters, not the pair জও.
        const ambiguous = listedAmbiguous || (!syllabic && normalise(alias).replace(/[^\p{L}\p{M}\p{N}]/gu, '').length <= 2);
        const hit = { service: service.id, ambiguous };
        if (isUnspaced(script)) this.unspacedAliases.add(alias, hit);
        else this.aliases.add(alias, hit);
        // Arabic writes the article onto the name: الواتساب.
        if (/^[\u0600-\u06ff]/.test(alias) && !alias.startsWith('ال')) this.aliases.add(`ال${alias}`, hit);
        const glued = normalise(alias).replace(/[\s.\-']+/g, '');
        const first = glued.length >= 2 ? this.gluedAliases.get(glued) : undefined;
        if (glued.length >= 2 && !first) {
          this.gluedAliases.set(glued, hit);
          this.gluedStarts.add(glued);
        } else if (first && first.service !== service.id) {
          const others = this.gluedShared.get(glued) ?? [];
          if (!others.some((o) => o.service === service.id)) others.push(hit);
          this.gluedShared.set(glued, others);
        }
        const stem = glued.replace(/&/g, '');
        if (stem.length >= 2 && /^[a-z0-9]+$/.test(stem)) {
          const known = this.handleStems.get(stem);
          if (!known) this.handleStems.set(stem, { services: [service.id], ambiguous });
          else if (!known.services.includes(service.id)) known.services.push(service.id);
        }
        const word = normalise(alias);
        if (
          word.length >= minInflectedLength(word) - 1 &&
          word.charCodeAt(0) > 0x24f &&
          !/\s/.test(word) &&
          !this.inflectableAliases.has(word)
        ) {
          this.inflectableAliases.set(word, hit);
          this.inflectableStarts.add(word);
        }
      };
      // The display name is ambiguous when the service lists it so ("Signal", "Sky", "Line"),
      // and so is an alias that reads as a listed ambiguous one once folded into words: "uber"
      // is German "über", "phone-pe" is Hinglish "phone pe" (on the phone).
      const ambiguousNames = new Set(service.ambiguousAliases.map(asPhrase));
      add(service.name, ambiguousNames.has(asPhrase(service.name)));
      for (const alias of service.aliases) add(alias, ambiguousNames.has(asPhrase(alias)));
      for (const alias of service.ambiguousAliases) add(alias, true);
      for (const handle of service.handles) this.handles.set(normalise(handle).replace(/^@/, ''), service.id);
      for (const tag of service.hashtags) this.hashtags.set(normalise(tag).replace(/^#/, ''), service.id);
      for (const feature of service.ownFeatures ?? []) this.ownFeatures.add(feature, service.id);
    }
    for (const product of OTHER_PRODUCTS) this.aliases.add(product, { service: NOT_A_SERVICE, ambiguous: false });
    this.outageSuffixLengths = [...new Set([...outageHashtags].map((t) => t.length))].sort((a, b) => b - a);
    this.longestHandleStem = Math.max(0, ...[...this.handleStems.keys()].map((k) => k.length));
  }

  /**
   * The services an unlisted handle is addressed to: a service's name with support words or a
   * country around it, as national subsidiaries and help desks name theirs (@AskLloydsBank,
   * @VodafoneIreland, @orange_es, @STCcare, @TeamYouTube). A handle that only starts with a
   * name (@timcook, @skynews) is a person or another business: the rest must be such words.
   * A country in the handle picks among services sharing the name (Vodafone, Vi in India).
   */
  private handleServices(handle: string): string[] | undefined {
    const compact = handle.replace(/[-_.]/g, '');
    for (const prefix of HANDLE_PREFIXES) {
      if (!compact.startsWith(prefix)) continue;
      const body = compact.slice(prefix.length);
      for (let cut = Math.min(body.length, this.longestHandleStem); cut >= 2; cut--) {
        const stem = this.handleStems.get(body.slice(0, cut));
        if (!stem) continue;
        const rest = body.slice(cut);
        // A bare ambiguous name (@sky, @tim) or one with a prefix alone is no more than the word.
        if (stem.ambiguous && rest === '') continue;
        const countries: string[] = [];
        if (!isHandleTail(rest, countries)) continue;
        // A country none of them serves: another business of that name (@times is no TIM in Spain).
        const inCountry = stem.services.filter((id) => countries.every((c) => this.servesCountry(id, c)));
        return inCountry.length > 0 ? inCountry : undefined;
      }
    }
    return undefined;
  }

  private servesCountry(service: string, country: string): boolean {
    const markets = this.marketsOf(service);
    return markets === 'global' || markets.includes(country);
  }

  categoryOf(service: string): string | undefined {
    return this.entries.get(service)?.category;
  }

  marketsOf(service: string): readonly string[] | 'global' {
    return this.entries.get(service)?.markets ?? 'global';
  }

  /** Does this hashtag word say "down" (the whole tag, or its tail after a service name)? */
  isOutageTag(tag: string): boolean {
    return this.outageHashtags.has(tag);
  }

  /** The service a hashtag names, pushed onto `mentions` (every service sharing a glued alias: #VodafoneCaido). */
  private fromHashtag(tag: string, index: number, mentions: ServiceMention[]): void {
    const listed = this.hashtags.get(tag);
    if (listed) {
      mentions.push({
        service: listed,
        ambiguous: false,
        via: 'hashtag',
        start: index,
        end: index + 1,
        outageHashtag: this.outageSuffixOf(tag) > 0,
        charStart: -1,
        charEnd: -1,
      });
      return;
    }
    // An alias glued to an outage word: #jiodown, #skydown, #e-devletçöktü.
    const compact = tag.replace(/[-_.]/g, '');
    let glued = compact;
    let hit = this.gluedAliases.get(compact);
    if (!hit) {
      const suffixLength = this.outageSuffixOf(compact);
      glued = suffixLength === 0 ? this.afterOutagePrefix(compact) : compact.slice(0, compact.length - suffixLength);
      hit = this.gluedAliases.get(glued);
      if (!hit) return;
    }
    const down = glued !== compact;
    mentions.push(mentionOf(hit.service, false, 'hashtag', index, index + 1, down));
    for (const other of this.gluedShared.get(glued) ?? [])
      mentions.push(mentionOf(other.service, false, 'hashtag', index, index + 1, down));
  }

  /**
   * The name after an outage word that starts an Arabic-script tag, as Arabic and Persian put
   * the noun first (#عطل_واتساب "WhatsApp outage", #اختلال_اینستاگرام, #عطل_الواتساب with the
   * article), or '' when there is none. Not "filtering" (#فیلترینگ_اینستاگرام): a ban.
   */
  private afterOutagePrefix(compact: string): string {
    const first = compact.charCodeAt(0);
    if (first < 0x600 || first > 0x6ff) return '';
    for (const length of this.outageSuffixLengths) {
      if (length >= compact.length) continue;
      const prefix = compact.slice(0, length);
      if (!this.outageHashtags.has(prefix) || NOT_OUTAGE_PREFIXES.has(prefix)) continue;
      const rest = compact.slice(length);
      if (this.gluedAliases.has(rest)) return rest;
      // A shorter outage word may start the tag too: عطلان_ستغرام is not, عطل_انستغرام is.
      if (rest.startsWith('ال') && this.gluedAliases.has(rest.slice(2))) return rest.slice(2);
    }
    return '';
  }

  /** Length of the outage word that ends the tag ("down" in "whatsappdown"), or 0. */
  private outageSuffixOf(tag: string): number {
    for (const length of this.outageSuffixLengths) {
      if (length < tag.length && this.outageHashtags.has(tag.slice(tag.length - length))) return length;
    }
    return 0;
  }

  /**
   * Names with a case ending or postposition written onto them, as Tamil, Telugu, Bengali,
   * Marathi and Urdu do (வாட்ஸ்அப்ல, এয়ারটেলের, जिओचं), or with Arabic clitics in front
   * (الواتس "the WhatsApp", والانستا "and the Insta"): a word that is a one-word alias with up
   * to four more characters after it, or one of those prefixes before it, counts as that alias.
   */
  private findInflected(tokens: readonly Token[], mentions: ServiceMention[]): void {
    for (let index = 0; index < tokens.length; index++) {
      const word = (tokens[index] as Token).text;
      if (word.length < minInflectedLength(word) || word.charCodeAt(0) <= 0x24f || isMentioned(mentions, index)) continue;
      // Thai, Kana and Han run words together: substring matching covers them.
      if (isUnspacedLetter(word.charCodeAt(0))) continue;
      const mention =
        this.inflectedMention(word, index) ??
        this.inflectedPairMention(tokens[index - 1]?.text, word, index) ??
        this.koreanMention(word, index);
      if (mention) mentions.push(mention);
    }
  }

  /** A Hangul name with a particle: 카톡이, 넷플도, 페북에서 (too short for the prefix filter above). */
  private koreanMention(word: string, index: number): ServiceMention | undefined {
    if (minInflectedLength(word) !== 3) return undefined;
    for (const particle of KOREAN_PARTICLES) {
      if (word.length - particle.length < 2 || !word.endsWith(particle)) continue;
      const hit = this.inflectableAliases.get(word.slice(0, word.length - particle.length));
      if (hit) return mentionOf(hit.service, hit.ambiguous, 'alias', index, index + 1, false);
    }
    return undefined;
  }

  private inflectedMention(word: string, index: number): ServiceMention | undefined {
    const hit = this.inflectedAlias(word);
    return hit ? mentionOf(hit.service, hit.ambiguous, 'alias', index, index + 1, false) : undefined;
  }

  /** A two-word name with the ending on its second word: గూగుల్ పేలో ("in Google Pay"). */
  private inflectedPairMention(previous: string | undefined, word: string, index: number): ServiceMention | undefined {
    if (previous === undefined || !this.gluedStarts.mayStartJoined(previous, word)) return undefined;
    for (let cut = 1; cut <= MAX_ENDING && word.length - cut >= 2; cut++) {
      const glued = this.gluedAliases.get(previous + word.slice(0, word.length - cut));
      if (glued) return mentionOf(glued.service, glued.ambiguous, 'alias', index - 1, index + 1, false);
    }
    return undefined;
  }

  /**
   * Turkish writes case endings onto Latin names, with or without an apostrophe
   * ("instagramdan", "whatsappta", "youtubea"): in a Turkish post, a word that is a name plus
   * one of these endings (diacritics folded, as posts are) counts as that name.
   */
  private findTurkishSuffixed(tokens: readonly Token[], mentions: ServiceMention[]): void {
    tokens.forEach((token, index) => {
      const word = token.text;
      if (token.kind !== 'word' || word.length < 4 || isMentioned(mentions, index)) return;
      for (const ending of TURKISH_CASE_ENDINGS) {
        if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
        const hit = this.gluedAliases.get(word.slice(0, word.length - ending.length));
        if (hit) {
          mentions.push(mentionOf(hit.service, hit.ambiguous, 'alias', index, index + 1, false));
          return;
        }
      }
    });
  }

  private inflectedAlias(word: string): AliasHit | undefined {
    if (NOT_INFLECTED_NAMES.has(word) || OTHER_BRANDS_OF_A_NAME.some((brand) => word.startsWith(brand))) return undefined;
    const whole = this.inflectableStarts.mayStartAt(word, 0) ? this.aliasUnderEnding(word, false) : undefined;
    if (whole) return whole;
    for (const prefix of ARABIC_CLITICS) {
      if (word.startsWith(prefix) && word.length - prefix.length >= 3 && this.inflectableStarts.mayStartAt(word, prefix.length)) {
        const hit = this.aliasUnderEnding(word.slice(prefix.length), true);
        if (hit) return hit;
      }
    }
    return undefined;
  }

  /** The alias the stem is (when `exact`: a whole word matches as a phrase already), or is with an ending. */
  private aliasUnderEnding(stem: string, exact: boolean): AliasHit | undefined {
    const same = exact ? this.inflectableAliases.get(stem) : undefined;
    if (same) return same;
    const virama = longEndingVirama(stem);
    const maxEnding = virama ? MAX_TAMIL_ENDING : MAX_ENDING;
    for (let cut = 1; cut <= maxEnding && stem.length - cut >= 3; cut++) {
      const base = stem.slice(0, stem.length - cut);
      const hit =
        this.inflectableAliases.get(base) ??
        (virama ? (this.inflectableAliases.get(base + virama) ?? this.malayalamFinalM(base)) : undefined);
      if (hit) return hit;
    }
    return undefined;
  }

  /**
   * A Malayalam name ending in the anusvara takes an ending on ‹മ›, sometimes doubled:
   * ഇൻസ്റ്റാഗ്രാം → ഇൻസ്റ്റാഗ്രാമിൽ, പേടിഎം → പേടിഎമ്മിൽ.
   */
  private malayalamFinalM(base: string): AliasHit | undefined {
    if (!base.endsWith(MALAYALAM_MA)) return undefined;
    const doubled = base.endsWith(MALAYALAM_MMA) ? MALAYALAM_MMA.length : MALAYALAM_MA.length;
    return this.inflectableAliases.get(base.slice(0, base.length - doubled) + MALAYALAM_ANUSVARA);
  }

  /** The service whose own feature the words name ("single grey tick"), when they name one service's only; else none. */
  serviceOfFeatures(ids: readonly number[]): string[] {
    const services = [...new Set(this.ownFeatures.matchIds(ids).map((m) => m.value))];
    return services.length === 1 ? services : [];
  }

  /** The services of a maker's family the post names whole ("everything Zuckerberg owns"), or none. */
  familyNamedIn(ids: readonly number[]): readonly string[] {
    return this.families.matchIds(ids)[0]?.value ?? NO_FAMILY;
  }

  /** Every service named in the post, ambiguous names included (the caller weighs their context). */
  find(tokens: readonly Token[], ids: readonly number[], normalisedText: string, unspaced: boolean, language?: string): ServiceMention[] {
    const mentions: ServiceMention[] = [];
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index] as Token;
      if (token.kind === 'mention') {
        const service = this.handles.get(token.text);
        if (service) mentions.push(mentionOf(service, false, 'handle', index, index + 1, false));
        else for (const id of this.handleServices(token.text) ?? []) mentions.push(mentionOf(id, false, 'handle', index, index + 1, false));
      } else if (token.kind === 'hashtag') {
        this.fromHashtag(token.text, index, mentions);
      }
    }
    for (const match of this.aliases.matchIds(ids)) {
      // A hashtag or an @mention of a name is context enough for an ambiguous one.
      const viaTag = tokens[match.start]?.kind !== 'word';
      if (viaTag && mentions.some((m) => m.start === match.start)) continue;
      mentions.push(
        mentionOf(match.value.service, match.value.ambiguous && !viaTag, viaTag ? 'hashtag' : 'alias', match.start, match.end, false),
      );
    }
    // A family named whole names each of its services there ("all the meta apps are down").
    for (const match of this.families.matchIds(ids))
      for (const service of match.value) mentions.push(mentionOf(service, false, 'alias', match.start, match.end, false));
    this.findInflected(tokens, mentions);
    if (language === 'tr') this.findTurkishSuffixed(tokens, mentions);
    if (unspaced) {
      for (const match of this.unspacedAliases.match(normalisedText)) {
        if (insideLongerWord(normalisedText, match.at, match.length)) continue;
        mentions.push(mentionOf(match.value.service, match.value.ambiguous, 'alias', -1, -1, false, match.at, match.at + match.length));
      }
    }
    // Most posts name nothing, or one service: nothing to de-duplicate.
    if (mentions.length === 0 || (mentions.length === 1 && (mentions[0] as ServiceMention).service !== NOT_A_SERVICE)) return mentions;
    // Products outside the catalogue whose names hold a catalogue name hide it ("google cloud" is not Google Search).
    return withoutNestedMentions(mentions).filter((m) => m.service !== NOT_A_SERVICE);
  }
}

/** A name as the words a post is matched by, joined: "phone-pe" and "phone pe" read alike, as "über" and "uber" do. */
function asPhrase(name: string): string {
  return wordsOf(name).join(' ');
}

/** Whether a token is part of a name the post was found to mention. */
export function isMentioned(mentions: readonly ServiceMention[], index: number): boolean {
  for (const m of mentions) if (m.start <= index && m.end > index) return true;
  return false;
}

/** Drops repeats and a mention inside a longer one: "google" inside "google drive", "jazz" inside "jazz cash". */
function withoutNestedMentions(mentions: ServiceMention[]): ServiceMention[] {
  return mentions.filter(
    (a, i) =>
      !mentions.some((b, j) => j < i && b.service === a.service && b.start === a.start && b.end === a.end) &&
      (a.start < 0 ||
        !mentions.some((b) => b !== a && b.start >= 0 && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start)),
  );
}

/**
 * Builds a mention with one fixed shape. Written out rather than spread from an AliasHit:
 * object spread in this loop cost more than the whole alias lookup (measured, ~5 µs a post).
 */
function mentionOf(
  service: string,
  ambiguous: boolean,
  via: MentionSource,
  start: number,
  end: number,
  outageHashtag: boolean,
  charStart = -1,
  charEnd = -1,
): ServiceMention {
  return { service, ambiguous, via, start, end, outageHashtag, charStart, charEnd };
}

/** Words before a name in a help desk's handle: @AskLloydsBank, @TeamYouTube, @HeyVodafone. */
const HANDLE_PREFIXES = ['', 'ask', 'team', 'hey'];
/** Words after a name in a service's own handles: help desks, the company, its banking arm. */
const HANDLE_WORDS = new Set([
  'care',
  'cares',
  'help',
  'helps',
  'helpteam',
  'helpdesk',
  'support',
  'service',
  'services',
  'customercare',
  'customerservice',
  'custcare',
  'custservice',
  'cc',
  'team',
  'official',
  'bank',
  'banking',
  'app',
  'status',
  'plc',
  'group',
  'ltd',
  'ask',
  // the same in the markets' languages
  'destek',
  'yardim',
  'ayuda',
  'soporte',
  'atencion',
  'ajuda',
  'suporte',
  'atendimento',
  'sac',
  'assistenza',
  'aiuto',
  'assistance',
  'aide',
  'sav',
  'hilfe',
  'hilft',
  'kundenservice',
  'kundendienst',
  'bantuan',
  'cs',
]);
/** Countries as handles write them, codes and names (the code is the ISO one). */
const HANDLE_COUNTRIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    uk: 'GB',
    gb: 'GB',
    ireland: 'IE',
    ie: 'IE',
    india: 'IN',
    in: 'IN',
    ind: 'IN',
    pakistan: 'PK',
    pk: 'PK',
    bangladesh: 'BD',
    bd: 'BD',
    srilanka: 'LK',
    lk: 'LK',
    nigeria: 'NG',
    ng: 'NG',
    ngr: 'NG',
    kenya: 'KE',
    ke: 'KE',
    ghana: 'GH',
    gh: 'GH',
    uganda: 'UG',
    ug: 'UG',
    tanzania: 'TZ',
    tz: 'TZ',
    southafrica: 'ZA',
    za: 'ZA',
    cameroon: 'CM',
    cm: 'CM',
    ci: 'CI',
    senegal: 'SN',
    sn: 'SN',
    egypt: 'EG',
    eg: 'EG',
    misr: 'EG',
    ksa: 'SA',
    saudi: 'SA',
    kuwait: 'KW',
    kw: 'KW',
    bahrain: 'BH',
    bh: 'BH',
    uae: 'AE',
    ae: 'AE',
    es: 'ES',
    espana: 'ES',
    spain: 'ES',
    it: 'IT',
    italia: 'IT',
    italy: 'IT',
    de: 'DE',
    deutschland: 'DE',
    germany: 'DE',
    fr: 'FR',
    france: 'FR',
    be: 'BE',
    belgique: 'BE',
    belgium: 'BE',
    pl: 'PL',
    polska: 'PL',
    ro: 'RO',
    romania: 'RO',
    pt: 'PT',
    portugal: 'PT',
    nl: 'NL',
    nederland: 'NL',
    tr: 'TR',
    turkiye: 'TR',
    turkey: 'TR',
    br: 'BR',
    brasil: 'BR',
    brazil: 'BR',
    mx: 'MX',
    mexico: 'MX',
    ar: 'AR',
    argentina: 'AR',
    co: 'CO',
    colombia: 'CO',
    pe: 'PE',
    peru: 'PE',
    cl: 'CL',
    chile: 'CL',
    // three-letter codes and the rest of Latin America (@Uber_MEX, @PersonalPy, @ClaroUy)
    mex: 'MX',
    arg: 'AR',
    col: 'CO',
    chl: 'CL',
    bra: 'BR',
    esp: 'ES',
    ita: 'IT',
    fra: 'FR',
    prt: 'PT',
    uy: 'UY',
    uruguay: 'UY',
    ve: 'VE',
    ven: 'VE',
    venezuela: 'VE',
    ec: 'EC',
    ecu: 'EC',
    ecuador: 'EC',
    bo: 'BO',
    bolivia: 'BO',
    py: 'PY',
    paraguay: 'PY',
    gt: 'GT',
    guatemala: 'GT',
    cr: 'CR',
    costarica: 'CR',
    rd: 'DO',
    dominicana: 'DO',
    pa: 'PA',
    panama: 'PA',
    id: 'ID',
    indonesia: 'ID',
    jp: 'JP',
    japan: 'JP',
    th: 'TH',
    thailand: 'TH',
    tw: 'TW',
    kr: 'KR',
    korea: 'KR',
    ru: 'RU',
    no: 'NO',
    norge: 'NO',
    se: 'SE',
    sverige: 'SE',
    dk: 'DK',
    danmark: 'DK',
    mm: 'MM',
    myanmar: 'MM',
    us: 'US',
    usa: 'US',
  }),
);

/**
 * Whether the rest of a handle after a name is made only of help-desk words and countries
 * ("care", "ireland", "es", "bank", "ng"), collecting the countries. Handles are short: a
 * plain recursive split is enough.
 */
function isHandleTail(rest: string, countries: string[]): boolean {
  if (rest === '') return true;
  for (let cut = Math.min(rest.length, 15); cut >= 2; cut--) {
    const word = rest.slice(0, cut);
    const country = HANDLE_COUNTRIES.get(word);
    if (country === undefined && !HANDLE_WORDS.has(word)) continue;
    if (country !== undefined) countries.push(country);
    if (isHandleTail(rest.slice(cut), countries)) return true;
    if (country !== undefined) countries.pop();
  }
  return false;
}

/** Outage hashtags that say a service is banned, not down, when a name follows them (#فیلترینگ_تلگرام). */
const NOT_OUTAGE_PREFIXES: ReadonlySet<string> = new Set(['فیلترینگ', 'فیلتر'].map((w) => normalise(w)));

/** Marks a name that is no catalogue service: it only hides the shorter names inside it. */
const NOT_A_SERVICE = '';
/** Other products named after a catalogue service's brand; complaints about them are not about it. */
const OTHER_PRODUCTS = [
  // The weather, not Sky ("grey sky, no signal on Three").
  'grey sky',
  'gray sky',
  'grey skies',
  'blue sky',
  'blue skies',
  'clear sky',
  'night sky',
  // Boosting a post, not the Signal messenger.
  'signal boosting',
  'signal boost',
  // Egypt's InstaPay, not Instagram; Instagram's Explore tab, not X.
  'انستاباي',
  'انستا باي',
  'instapay',
  'الاكسبلور',
  'اكسبلور',
  // An Argentine card and app, not X; Kakao's payment and taxi apps, not KakaoTalk.
  'naranja x',
  '카카오페이',
  '카카오t',
  '카카오택시',
  // LINE's food delivery, not its messenger.
  'line man',
  // Jio's music app, not the operator.
  'jiosaavn',
  'jio saavn',
  // A Mastodon instance, not Instagram ("инста" + "нс").
  'инстанс',
  'google cloud',
  'google maps',
  'google map',
  // the same products in other scripts: "گوگل مپ لود نمیشه" is not Google Search
  'گوگل مپ',
  'گوگل مپس',
  'گوگل میپ',
  'گوگل میپس',
  'جوجل ماب',
  'جوجل مابس',
  'خرائط جوجل',
  'گوگل پلی',
  'جوجل بلاي',
  'гугл карты',
  'гугл мапс',
  'гугл плей',
  'গুগল ম্যাপ',
  'গুগল প্লে',
  'google play',
  'google home',
  'google nest',
  'google translate',
  'google photos',
  'google classroom',
  'apple pay',
  'apple tv',
  'apple watch',
  // the everyday words and other products inside the ambiguous names Free, Vivo, Orange and TIM
  'free fire',
  'ao vivo',
  'en vivo',
  // a Vivo phone in Brazil ("comprei um celular vivo"), not the telecom
  'celular vivo',
  'smartphone vivo',
  "jus d'orange",
  'orange mécanique',
  'tim cook',
  // Italian "prime" (first): "nelle prime ore", not Prime Video
  'prime ore',
  'prime volte',
  'prime pagine',
  'nelle prime',
  'delle prime',
  'alle prime',
  'dalle prime',
  'amazon alexa',
  'amazon music',
  'microsoft edge',
  'microsoft azure',
  'azure',
];

/** Korean particles written onto a name, longest first. */
const KOREAN_PARTICLES = [
  '에서는',
  '에서',
  '으로',
  '이랑',
  '까지',
  '부터',
  '이나',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '도',
  '에',
  '로',
  '랑',
  '만',
  '의',
];

/**
 * Shortest word read as a name with an ending: four letters (a three-letter name and one), but
 * three Hangul syllables, each a whole syllable: 카톡이, 넷플도 (a two-syllable name and a particle).
 */
function minInflectedLength(word: string): number {
  const first = word.charCodeAt(0);
  return first >= 0xac00 && first <= 0xd7a3 ? 3 : 4;
}

/** Thai, Kana or Han: letters of scripts written without spaces. */
function isUnspacedLetter(code: number): boolean {
  return (code >= 0x0e00 && code <= 0x0e7f) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x9fff);
}

/** Katakana words run on unbroken: ライン inside タイムライン (timeline) or オンライン (online) is no LINE. */
const KATAKANA = /[\u30a0-\u30ff]/;
/** Thai is written without spaces at all: the words known to contain a service's name. */
const THAI_WORDS_CONTAINING_NAMES = [
  'ไทม์ไลน์',
  'ออนไลน์',
  'ออฟไลน์',
  'ไลน์อัพ',
  // deadline, airline, guideline, hotline
  'เดดไลน์',
  'แอร์ไลน์',
  'ไกด์ไลน์',
  'ฮอตไลน์',
  'อินเทอร์เฟส',
  'อินเตอร์เฟส',
  'อินเทอร์เฟซ',
  'อินเตอร์เฟซ',
  'เฟซชิลด์',
];

function insideLongerWord(text: string, at: number, length: number): boolean {
  const match = text.slice(at, at + length);
  if (KATAKANA.test(match)) return KATAKANA.test(text[at - 1] ?? '') || KATAKANA.test(text[at + length] ?? '');
  return THAI_WORDS_CONTAINING_NAMES.some((word) => {
    const inside = word.indexOf(match);
    return inside >= 0 && text.startsWith(word, at - inside);
  });
}
