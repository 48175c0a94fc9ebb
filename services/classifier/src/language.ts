/**
 * Language identification for short posts in any script.
 *
 * The script decides first (Devanagari → Hindi or Marathi, Arabic script → Urdu, Persian or
 * Arabic, Bengali, Tamil, Hangul, Kana, Thai, Cyrillic → Russian or Ukrainian...), with
 * letters only one language of a script uses (Urdu's ٹ ڈ ڑ ں ے, Ukrainian's і ї є ґ). Within
 * a script — above all Latin, where Hinglish, Roman Urdu, Taglish, Swahili, Indonesian and
 * the European languages meet — each lexicon's marker words and vocabulary vote, a word
 * shared by several languages counting for less. General-purpose detectors (eld, cld3,
 * tinyld) were measured first: none tells romanised Hindi from Urdu, and the one accurate
 * enough on short posts cost more memory than the whole classifier may use (see README).
 * A pluggable fallback covers posts with no evidence at all.
 */
import type { CompiledCues } from './lexicon/cues.js';
import type { Vocabulary } from './lexicon/vocabulary.js';
import type { Script } from './text/script.js';

export interface LanguageGuess {
  /** ISO 639-1, or 'und' when nothing tells. */
  language: string;
  /** How sure, in [0, 1]. */
  confidence: number;
}

/** A second opinion for posts the lexicons cannot place (e.g. a statistical detector at the edge). */
export type LanguageFallback = (text: string) => LanguageGuess | undefined;

const SINGLE_LANGUAGE_SCRIPTS: Partial<Record<Script, string>> = {
  Beng: 'bn',
  Taml: 'ta',
  Telu: 'te',
  Gujr: 'gu',
  Guru: 'pa',
  Knda: 'kn',
  Mlym: 'ml',
  Sinh: 'si',
  Thai: 'th',
  Hang: 'ko',
  Kana: 'ja',
  Hani: 'zh',
  Grek: 'el',
  Hebr: 'he',
};

const URDU_LETTERS = /[ٹڈڑںےۓھ]/;
const PERSIAN_LETTERS = /[پچژگ]/;
// Either case: a post may start with its only Ukrainian letter ("Інстаграм лежить").
const UKRAINIAN_LETTERS = /[іїєґІЇЄҐ]/;

/** Scripts each lexicon votes in (a lexicon with Latin entries votes among Latin posts). */
function lexiconsVotingIn(cues: CompiledCues, script: Script): Set<number> {
  const voters = new Set<number>();
  cues.lexicons.forEach((lexicon, index) => {
    if (lexicon.scripts.includes(script)) voters.add(index);
  });
  return voters;
}

/**
 * The language most people write in each country, for close calls between languages that
 * share words (Italian, Spanish and Portuguese; Indonesian and Malay; Hindi and Urdu).
 */
const COUNTRY_LANGUAGE: Record<string, string> = {
  IT: 'it',
  ES: 'es',
  MX: 'es',
  AR: 'es',
  CO: 'es',
  CL: 'es',
  PE: 'es',
  BR: 'pt',
  PT: 'pt',
  FR: 'fr',
  DE: 'de',
  AT: 'de',
  NL: 'nl',
  PL: 'pl',
  TR: 'tr',
  ID: 'id',
  MY: 'ms',
  PH: 'tl',
  KE: 'sw',
  TZ: 'sw',
  PK: 'ur',
  IN: 'hi',
  GB: 'en',
  US: 'en',
  IE: 'en',
  AU: 'en',
  CA: 'en',
  NG: 'en',
  VN: 'vi',
};

/**
 * Letters only one of our Latin-script languages writes (Turkish ğ ı ş, Vietnamese ơ ư đ and
 * stacked tones, Polish ł ą ę ż ś ć ń ź, German ß, Spanish ñ ¿ ¡, Portuguese ã õ): a short post
 * with one of them and a brand name is still in that language ("Spotify şarkıları çalmıyor").
 */
const LETTER_HINTS: readonly [RegExp, string][] = [
  [/[ğışİ]/, 'tr'],
  [/[ơưđ\u1ea0-\u1ef9]/, 'vi'],
  [/[łąężźśćń]/, 'pl'],
  [/ß/, 'de'],
  [/[ñ¿¡]/, 'es'],
  [/[ãõ]/, 'pt'],
];
/** A Latin letter with a diacritic (or any letter outside ASCII's). */
const LATIN_BEYOND_ASCII = /[\u00c0-\u024f]/;
/**
 * A text of hashtags, handles and links alone ("#AirtelDown #Delhi"): no sentence of any
 * language, whatever the statistical guess makes of the joined tags (Dutch, here).
 */
const TAGS_ONLY = /^(?:\s*(?:[#@][\p{L}\p{N}_]+|https?:\/\/\S+)[\s.,!?]*)+$/u;
/** Worth of a letter hint in the vote: about two marker words. */
const LETTER_HINT_WEIGHT = 4;

/** Any of the hint letters, either case: most posts have none, and one test says so. */
const ANY_HINT_LETTER = new RegExp(LETTER_HINTS.map(([letters]) => letters.source).join('|'), 'i');

function letterHint(text: string): string | undefined {
  if (!ANY_HINT_LETTER.test(text)) return undefined;
  const lower = text.toLowerCase();
  for (const [letters, language] of LETTER_HINTS) if (letters.test(lower)) return language;
  return undefined;
}

/**
 * Romanised Hindi and Urdu are one spoken language written two ways: a word both lexicons list
 * ("hai", "nahi", "raha") votes fully for each instead of being split between them, so that
 * their lead over English or Tagalog stays whole and only the words one of them alone uses
 * ("bahut", "theek" / "masla", "baqi", "bohat") choose between them. Hindi, the larger
 * stream, keeps a tie; Urdu needs this lead over it.
 */
const HINDI = 'hi';
const URDU = 'ur';
const URDU_LEAD = 2;
/** Punjabi in Shahmukhi needs this lead over Urdu, one marker word. */
const PUNJABI = 'pa';
const PUNJABI_LEAD = 2;

/** How many languages a word must be listed by, all alike, to be a loanword of them all ("down", "app"). */
const LOANWORD_VOTERS = 10;
const ENGLISH = 'en';
/**
 * Countries of COUNTRY_LANGUAGE where English is an official language beside the local one: a
 * post of loanwords alone ("gpt down?") from there is English, not the local language.
 */
const ENGLISH_OFFICIAL: ReadonlySet<string> = new Set(['IN', 'PK', 'PH', 'KE', 'TZ']);
/** How close a vote may be for the author's country to decide it. */
const CLOSE_VOTE = 1.5;

/**
 * Languages the country's main language does not overrule: India's other languages are as
 * Indian as Hindi, so an author in India tells Marathi or Telugu from Hindi no better than
 * the words do ("Teams lo messages vellatledu" from Chennai is Telugu).
 */
const ALSO_LOCAL: Readonly<Record<string, ReadonlySet<string>>> = {
  hi: new Set(['mr', 'bn', 'te', 'ta', 'gu', 'pa', 'kn', 'ml']),
  // Punjabi is Pakistan's most spoken language: an author in Lahore does not make Roman Punjabi Urdu
  ur: new Set(['pa']),
};

/**
 * Letters of a script only one of our languages writes, in a post mostly in Latin letters:
 * English words in Tamil grammar ("iCloud photos sync ஆகல") are a Tamil post. Four letters
 * at least, so a lone sign or name does not decide.
 */
const INDIC_IN_LATIN: readonly [number, number, string][] = [
  [0x0980, 0x09ff, 'bn'],
  [0x0a00, 0x0a7f, 'pa'],
  [0x0a80, 0x0aff, 'gu'],
  [0x0b80, 0x0bff, 'ta'],
  [0x0c00, 0x0c7f, 'te'],
  [0x0c80, 0x0cff, 'kn'],
  [0x0d00, 0x0d7f, 'ml'],
];
const ANY_INDIC = /[\u0980-\u0d7f]/;
const INDIC_LETTERS = 4;

function indicInLatin(text: string): string | undefined {
  if (!ANY_INDIC.test(text)) return undefined;
  for (const [from, to, language] of INDIC_IN_LATIN) {
    let letters = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= from && code <= to && ++letters >= INDIC_LETTERS) return language;
    }
  }
  return undefined;
}

/**
 * Every word's vote in one script, flat: word id w votes for languages[from[w] .. from[w + 1])
 * with the matching weights (indexes into the identifier's language list). Flat arrays keep
 * a post's lookups to a few typed-array reads.
 */
interface Ballots {
  from: Int32Array;
  languages: Int32Array;
  weights: Float64Array;
}

export class LanguageIdentifier {
  /** Per script, per word id: the precomputed ballot (markers 2, vocabulary 1, split among the languages sharing it). */
  private readonly ballotsByScript = new Map<Script, Ballots>();
  /** Every language any lexicon reports, in a fixed order. */
  private readonly languageList: readonly string[];
  /** Scratch scores per language, reused across posts (the identifier is not re-entrant). */
  private readonly scratch: Float64Array;
  /** Indexes of Hindi and Urdu in `languageList` (-1 when absent). */
  private readonly hindi: number;
  private readonly urdu: number;
  /** The last vote's winning score and lead over the runner-up (see `vote`). */
  private readonly voted = { score: 0, margin: 0 };

  constructor(
    private readonly cues: CompiledCues,
    private readonly vocabulary: Vocabulary,
    private readonly fallback?: LanguageFallback,
  ) {
    this.languageList = [...new Set(cues.lexicons.map((l) => l.language))];
    this.hindi = this.languageList.indexOf(HINDI);
    this.urdu = this.languageList.indexOf(URDU);
    this.scratch = new Float64Array(this.languageList.length);
  }

  /** Builds the ballots of every script now (they add marker words to the vocabulary). */
  prepare(): void {
    for (const script of ['Latn', 'Deva', 'Arab', 'Cyrl'] as const) this.ballots(script);
  }

  private ballots(script: Script): Ballots {
    let ballots = this.ballotsByScript.get(script);
    if (!ballots) {
      ballots = this.buildBallots(lexiconsVotingIn(this.cues, script));
      this.ballotsByScript.set(script, ballots);
    }
    return ballots;
  }

  private buildBallots(voters: ReadonlySet<number>): Ballots {
    const weights = new Map<number, Map<number, number>>();
    for (const [table, weight] of [
      [this.cues.markers, 2],
      [this.cues.vocabulary, 1],
    ] as const) {
      for (const [word, lexicons] of table) {
        const languages = new Set(
          lexicons.filter((l) => voters.has(l)).map((l) => this.languageList.indexOf(this.cues.lexicons[l]?.language as string)),
        );
        if (languages.size === 0) continue;
        const id = this.vocabulary.intern(word);
        const ballot = weights.get(id) ?? new Map<number, number>();
        const hindustani = languages.size === 2 && languages.has(this.hindi) && languages.has(this.urdu);
        const share = hindustani ? weight : weight / languages.size;
        for (const language of languages) ballot.set(language, (ballot.get(language) ?? 0) + share);
        weights.set(id, ballot);
      }
    }
    const size = this.vocabulary.size;
    const from = new Int32Array(size + 1);
    const languages: number[] = [];
    const votes: number[] = [];
    for (let id = 0; id < size; id++) {
      from[id] = languages.length;
      for (const [language, weight] of weights.get(id) ?? []) {
        languages.push(language);
        votes.push(weight);
      }
    }
    from[size] = languages.length;
    return { from, languages: Int32Array.from(languages), weights: Float64Array.from(votes) };
  }

  /**
   * Fills the scratch scores and returns the winning language's index (-1 when no word
   * votes), its score and its lead over the runner-up in `voted`: fields, not a new object
   * per post. Valid until the next vote.
   */
  private vote(ids: readonly number[], script: Script, hint?: string): number {
    const ballots = this.ballots(script);
    const scores = this.scratch;
    scores.fill(0);
    const hinted = hint === undefined ? -1 : this.languageList.indexOf(hint);
    if (hinted >= 0) scores[hinted] = LETTER_HINT_WEIGHT;
    const { from, languages, weights } = ballots;
    // Words interned after the ballots were built (none today) have no vote.
    const known = from.length - 1;
    for (const id of ids) {
      if (id < 0 || id >= known) continue;
      for (let i = from[id] as number, end = from[id + 1] as number; i < end; i++) {
        const language = languages[i] as number;
        scores[language] = (scores[language] as number) + (weights[i] as number);
      }
    }
    let best = -1;
    let bestScore = 0;
    for (let i = 0; i < scores.length; i++) {
      if ((scores[i] as number) > bestScore) {
        best = i;
        bestScore = scores[i] as number;
      }
    }
    const hindustani = best >= 0 && (best === this.hindi || best === this.urdu);
    // With a tolerance: shared words' shares (1/3, 1/8...) leave a lead of exactly two as 1.9999….
    if (hindustani && best === this.urdu && bestScore - (scores[this.hindi] ?? 0) < URDU_LEAD - 1e-9) {
      best = this.hindi;
      bestScore = scores[this.hindi] as number;
    }
    // The runner-up is another language: Hindi's lead over Urdu is not a margin over English.
    let second = 0;
    for (let i = 0; i < scores.length; i++) {
      if (i === best || (hindustani && (i === this.hindi || i === this.urdu))) continue;
      if ((scores[i] as number) > second) second = scores[i] as number;
    }
    this.voted.score = bestScore;
    this.voted.margin = bestScore - second;
    return best;
  }

  /**
   * Whether the last vote is one every voting language got alike, from words all of them
   * borrow ("gpt down?": "down" is listed by twenty lexicons): no word is the author's
   * language's own, so where English is official too (ENGLISH_OFFICIAL) the author's country
   * does not make the post the local language.
   */
  private onlyLoanwordsVoted(): boolean {
    let voters = 0;
    let first = 0;
    for (const score of this.scratch) {
      if (score === 0) continue;
      if (voters === 0) first = score;
      else if (score !== first) return false;
      voters++;
    }
    return voters >= LOANWORD_VOTERS;
  }

  /** The score of a language in the last vote (0 when it got none). */
  private scoreOf(language: string): number {
    return this.scratch[this.languageList.indexOf(language)] ?? 0;
  }

  /**
   * @param country where the author is, when known: settles close votes between languages
   *   that share words, and stands in when no word votes at all.
   */
  identify(text: string, ids: readonly number[], script: Script | undefined, platformLang: string | null, country?: string): LanguageGuess {
    const platform = platformLanguage(platformLang);
    if (!script) return { language: platform ?? 'und', confidence: platform ? 0.3 : 0 };
    const single = SINGLE_LANGUAGE_SCRIPTS[script];
    if (single) return { language: single, confidence: 0.95 };
    if (script === 'Arab') {
      if (URDU_LETTERS.test(text)) return this.urduOrPunjabi(ids);
      const winner = this.vote(ids, script);
      if (winner >= 0 && this.voted.margin >= 1) return { language: this.languageList[winner] as string, confidence: 0.8 };
      return { language: PERSIAN_LETTERS.test(text) ? 'fa' : 'ar', confidence: 0.6 };
    }
    if (script === 'Cyrl') {
      if (UKRAINIAN_LETTERS.test(text)) return { language: 'uk', confidence: 0.85 };
      // Without those letters Russian, unless Ukrainian words clearly win ("не можу зайти", "знову впав").
      const winner = this.vote(ids, script);
      const ukrainian = winner >= 0 && this.languageList[winner] === 'uk' && this.voted.margin >= 2;
      return { language: ukrainian ? 'uk' : 'ru', confidence: ukrainian ? 0.7 : 0.85 };
    }
    const indic = script === 'Latn' ? indicInLatin(text) : undefined;
    if (indic) return { language: indic, confidence: 0.8 };
    const winner = this.vote(ids, script, script === 'Latn' ? letterHint(text) : undefined);
    if (winner < 0) return this.unvoted(text, script, platform, country);
    const language = this.languageList[winner] as string;
    const { score, margin } = this.voted;
    const local = country ? COUNTRY_LANGUAGE[country] : undefined;
    const localScore = local ? this.scoreOf(local) : 0;
    if (
      local &&
      local !== language &&
      !ALSO_LOCAL[local]?.has(language) &&
      localScore > 0 &&
      score - localScore < CLOSE_VOTE &&
      !(language === ENGLISH && ENGLISH_OFFICIAL.has(country as string) && this.onlyLoanwordsVoted())
    ) {
      return { language: local, confidence: 0.6 };
    }
    // A tie the author's country's language leads is settled by the country, not the platform's
    // guess ("no me carga …" from Barcelona, tagged "pt").
    if (margin >= 1 || language === platform || language === local) {
      return { language, confidence: Math.min(0.95, 0.5 + margin / 6) };
    }
    if (platform) return { language: platform, confidence: 0.5 };
    // Weak word evidence still beats the statistical guess, which reads romanised Hindi as Hausa.
    return { language, confidence: 0.35 };
  }

  /**
   * Urdu's letters are Shahmukhi Punjabi's too: Punjabi-only words ("دا", "اے", "توں",
   * "نئیں", "سویرے") outvoting Urdu's by a marker make it Punjabi ("جاز دا نیٹ بند اے").
   */
  private urduOrPunjabi(ids: readonly number[]): LanguageGuess {
    const winner = this.vote(ids, 'Arab');
    if (winner >= 0 && this.scoreOf(PUNJABI) - this.scoreOf(URDU) >= PUNJABI_LEAD) return { language: PUNJABI, confidence: 0.8 };
    return { language: URDU, confidence: 0.9 };
  }

  /**
   * A post in a script of several languages that no word of it votes on. A Latin text with
   * letters beyond ASCII ("#whatsappçöktü") is in the author's country's language when that is
   * one of ours: the statistical guess reads a lone hashtag's "ö" and "ü" as German.
   */
  private unvoted(text: string, script: Script, platform: string | undefined, country?: string): LanguageGuess {
    if (platform) return { language: platform, confidence: 0.5 };
    const local = country ? COUNTRY_LANGUAGE[country] : undefined;
    if (script === 'Latn' && local !== undefined && this.languageList.includes(local) && LATIN_BEYOND_ASCII.test(text)) {
      return { language: local, confidence: 0.4 };
    }
    if (script === 'Latn' && TAGS_ONLY.test(text)) return { language: 'en', confidence: 0.3 };
    const second = this.fallback?.(text);
    if (second && this.languageList.includes(second.language)) return second;
    return { language: script === 'Deva' ? 'hi' : script === 'Latn' ? 'en' : 'und', confidence: 0.2 };
  }
}

/**
 * Platform language codes that are not the ISO 639-1 code we report: X (Twitter) still tags
 * Indonesian "in" and Hebrew "iw" (codes ISO withdrew in 1989), and Filipino "fil" (whose first
 * two letters are Finnish's).
 */
const PLATFORM_CODES: Readonly<Record<string, string>> = { in: 'id', iw: 'he', ji: 'yi', jw: 'jv', fil: 'tl' };

/** The platform's language guess as an ISO 639-1 code, or undefined when it gives none. */
function platformLanguage(platformLang: string | null): string | undefined {
  if (!platformLang || platformLang === 'und') return undefined;
  const code = platformLang.toLowerCase().split(/[-_]/)[0] as string;
  const mapped = PLATFORM_CODES[code] ?? code.slice(0, 2);
  return /^[a-z]{2}$/.test(mapped) ? mapped : undefined;
}
