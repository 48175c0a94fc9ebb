/**
 * Which named service a claim belongs to. `Classifier.servicesOf` gives each claim to the names it
 * is about: the nearest claim against the nearest denial (`claimWins`, within
 * `ATTRIBUTION_WINDOW`), a list's names sharing its claim (`LIST_GAP`, a quantifier closing the
 * list: "Jio aur Airtel dono"), "neither"/"nor" carrying a claim on, names given as the place to
 * go instead ("switch to _") or asked as the cause ("is this the AWS thing?") left out, a maker
 * addressed by its handle ("@WhatsApp @Meta fix it") left out. After it, the parent brand named
 * beside its products is dropped ("Gmail won't send … Google down?") and a maker's apps named
 * whole ("all the meta apps") are each added. Some of these also tell `Classifier.hasContext` that
 * an ambiguous name has context: a topic label before a colon, a list beside an outage hashtag, a
 * claim after a locative postposition.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import type { Token } from '../text/tokens.js';
import { ALSO_AFTER, BUT_WORDS, foldedSet } from './words.js';
import { gap, type Located, polarity } from './claims.js';
import { endsClause, markBetween, tokenOffsets } from './sentences.js';
import { asked } from './questions.js';

/** Tokens after a name and its postposition within which a claim makes it the service ("steam pe game download 0 B/s pe atka hai"). */
const LOCATIVE_CONTEXT_WINDOW = 8;

/**
 * A claim after an ambiguous name and its postposition, with no other service named between
 * them ("signal pe khada tha, jio ka net nahi chal raha" is about Jio).
 */
export function claimAfterLocative(mention: ServiceMention, mentions: readonly ServiceMention[], cues: readonly Located<Cue>[]): boolean {
  return cues.some(
    (c) =>
      polarity(c.value.kind) === 1 &&
      c.start > mention.end &&
      c.start <= mention.end + LOCATIVE_CONTEXT_WINDOW &&
      !mentions.some((m) => m !== mention && m.start > mention.end && m.start < c.start),
  );
}
/** Tokens between a service name and a claim that is about it, when several services are named. */
export const ATTRIBUTION_WINDOW = 2;
/** Tokens between names listed together ("facebook, instagram and whatsapp"). */
export const LIST_GAP = 2;

/**
 * Whether the nearest claim, rather than the nearest denial, is about a mention. At equal
 * distance the one that follows the name is what is said of it: in "WhatsApp e message jacche
 * na, Insta thik ache" the claim ends where Insta starts, but "thik ache" is Insta's predicate.
 */
export function claimWins(
  mention: ServiceMention,
  claims: readonly Located<Cue>[],
  denials: readonly Located<Cue>[],
  claimGap: number,
  denialGap: number,
): boolean {
  // A predicate right after the name ("Teams is working fine") is what is said of it, even a
  // word further off than a claim that ends just before the name.
  const after = (c: Located<Cue>, within: number) => c.start >= mention.end && gap(mention, c) <= within;
  if (denialGap <= ATTRIBUTION_WINDOW && denials.some((d) => after(d, denialGap)) && !claims.some((c) => after(c, denialGap))) {
    return false;
  }
  if (claimGap !== denialGap) return claimGap < denialGap;
  const follows = (c: Located<Cue>) => gap(mention, c) === claimGap && c.start >= mention.end;
  return !(denials.some(follows) && !claims.some(follows));
}

const NO_SERVICES: readonly string[] = [];

/** The services a post is about, and those it names only to say they work (when no claim stands beside any name). */
export interface Attribution {
  services: string[];
  saidToWork: readonly string[];
}

/** Whether two mentions are one name (several services may share one): the same tokens, or in unspaced text the same characters. */
export function sameSpan(a: ServiceMention, b: ServiceMention): boolean {
  return a.start === b.start && a.end === b.end && a.charStart === b.charStart && a.charEnd === b.charEnd;
}

export function attributedTo(services: string[]): Attribution {
  return { services, saidToWork: NO_SERVICES };
}

/** Words that close a list of names and share its claim: "Jio aur Airtel dono ka network", "Fuliza na M-Pesa zote". */
const LIST_QUANTIFIERS: ReadonlySet<string> = new Set([
  'both',
  'dono',
  'donon',
  'दोनों',
  'दोनो',
  'دونوں',
  'دونو',
  'zote',
  'wote',
  'tutti',
  'entrambi',
  'todos',
  'ambos',
  'ambas',
  'todas',
  'tutte',
  'toutes',
  'tous',
  'beide',
  'semua',
  'keduanya',
  'duanya',
  'dua2nya',
  'oba',
  'obie',
  'оба',
  'обе',
  'обидва',
  'hepsi',
  'ikisi',
  'দুটোই',
  'দুটাই',
  'هردو',
]);

/** Two-word quantifiers, by their first word: Persian "هر دو" (both), Turkish "ikisi de", "les deux", "os dois". */
const LIST_QUANTIFIER_PAIRS: ReadonlyMap<string, string> = new Map([
  ['هر', 'دو'],
  ['ikisi', 'de'],
  ['les', 'deux'],
  ['los', 'dos'],
  ['las', 'dos'],
  ['os', 'dois'],
  ['as', 'duas'],
]);

/** Possessives after a telco's name ("Airtel ka net", "जियो का नेटवर्क", "زونگ کا نیٹ"). */
const POSSESSIVES: ReadonlySet<string> = foldedSet(['ka', 'ki', 'ke', 'da', 'di', 'de', 'nu', 'का', 'की', 'के', 'کا', 'کی', 'کے']);
/** The network nouns a possessive after a telco's name may govern. */
const NETWORK_NOUNS: ReadonlySet<string> = new Set([
  'net',
  'network',
  'internet',
  'data',
  'signal',
  'नेट',
  'नेटवर्क',
  'نیٹ',
  'نیٹورک',
  'سگنل',
]);

/** Opening a service, in Hindi, Hinglish and Marathi: what "when I open it, ..." starts with. */
const OPENING_WORDS: ReadonlySet<string> = new Set([
  'खोल',
  'खोलो',
  'खोला',
  'खोलते',
  'खोलने',
  'kholo',
  'khol',
  'khola',
  'kholte',
  'open',
  'उघडलं',
  'उघडला',
]);
/** "Then", closing such a clause: "खोल रहे तो", "kholo to", "खोलते ही", "उघडलं की". */
const OPENING_THEN: ReadonlySet<string> = new Set(['तो', 'ही', 'पर', 'to', 'toh', 'hi', 'की', 'तर']);
/** Words such a clause may hold: the verb, an auxiliary, "then". */
const OPENING_REACH = 3;

/**
 * Where "when I open it, then" after a name ends ("Gmail खोल रहे तो 'Oops...'", "insta kholo to
 * 'Couldn't refresh feed'"), or -1: the claim after it is the name's, however many words the
 * clause takes.
 */
function openingClauseEnd(nameEnd: number, words: readonly string[]): number {
  if (!OPENING_WORDS.has(words[nameEnd] ?? '')) return -1;
  for (let at = nameEnd + 1; at < nameEnd + OPENING_REACH && at < words.length; at++) {
    if (OPENING_THEN.has(words[at] as string)) return at + 1;
  }
  return -1;
}

/**
 * The mention with the quantifier after it, if any, as its span for measuring distances; and
 * with its network ("Airtel ka net bhi slow chal raha": the claim is Airtel's net's, and
 * as close to the name as "Airtel slow").
 */
export function withQuantifier(mention: ServiceMention, words: readonly string[]): { start: number; end: number } {
  if (mention.start < 0) return mention;
  const opened = openingClauseEnd(mention.end, words);
  if (opened > 0) return { start: mention.start, end: opened };
  if (POSSESSIVES.has(words[mention.end] ?? '') && NETWORK_NOUNS.has(words[mention.end + 1] ?? ''))
    return { start: mention.start, end: mention.end + (ALSO_AFTER.has(words[mention.end + 2] ?? '') ? 3 : 2) };
  const next = words[mention.end] ?? '';
  if (LIST_QUANTIFIER_PAIRS.get(next) === words[mention.end + 1]) return { start: mention.start, end: mention.end + 2 };
  return LIST_QUANTIFIERS.has(next) ? { start: mention.start, end: mention.end + 1 } : mention;
}

/**
 * The span of the list of names a mention stands in ("wa sama ig dua-duanya ga bisa": WA's claim
 * is IG's, one name further on; "y a que moi qui ai plus whatsapp + ig ?": IG's list starts at
 * WhatsApp): names each within LIST_GAP of the one before or after, grown both ways.
 */
export function listSpan(mention: ServiceMention, mentions: readonly ServiceMention[]): { start: number; end: number } {
  let { start, end } = mention;
  if (mentions.length < 2 || start < 0) return { start, end };
  for (let grown = true; grown;) {
    grown = false;
    for (const m of mentions) {
      if (m.start >= end && m.start - end <= LIST_GAP && m.end > end) {
        end = m.end;
        grown = true;
      }
      if (m.start >= 0 && m.end <= start && start - m.end <= LIST_GAP && m.start < start) {
        start = m.start;
        grown = true;
      }
    }
  }
  return { start, end };
}

/** Whether a one-word name opens the post as its topic, before a colon ("snap : le code n'arrive pas"). */
export function isTopicLabel(mention: ServiceMention, words: readonly string[], normalised: string): boolean {
  if (mention.start !== 0 || mention.end !== 1) return false;
  const word = words[0] as string;
  const at = normalised.indexOf(word);
  if (at < 0 || normalised.slice(0, at).trim() !== '') return false;
  let after = at + word.length;
  while (normalised[after] === ' ') after++;
  return normalised[after] === ':';
}

/** "Neither" and "nor": the name after them fails as the one before did ("X won't load and neither will ChatGPT"). */
const NEITHER_WORDS: ReadonlySet<string> = new Set(['neither', 'nor']);
/** The auxiliary between "neither" and the name it carries the claim to ("neither will", "nor does"). */
const NEITHER_AUXILIARIES: ReadonlySet<string> = new Set(['will', 'does', 'do', 'did', 'can', 'could', 'is', 'are', 'has', 'would']);

/**
 * Whether a name comes right after "neither" or "nor" (with an auxiliary: "and neither will
 * ChatGPT", "nor does Outlook"): the claim made of an earlier name is carried on to it. Alone,
 * with no earlier name claimed, it claims nothing ("I never liked snapchat and neither will my kids").
 */
export function carriesTheClaimOn(mention: ServiceMention, words: readonly string[]): boolean {
  const before = words[mention.start - 1];
  if (before === undefined) return false;
  if (NEITHER_WORDS.has(before)) return true;
  return NEITHER_AUXILIARIES.has(before) && NEITHER_WORDS.has(words[mention.start - 2] ?? '');
}

/** Whether a name of the post holds this service alone (not a name it shares with another: "@VodafoneUK"). */
export function namedApart(service: string, mentions: readonly ServiceMention[]): boolean {
  return mentions.some(
    (o) => o.service === service && !mentions.some((p) => p.start === o.start && p.end === o.end && p.service !== service),
  );
}

/** Brands that are a catalogue service and the maker of others: "Google down?" beside Gmail is the company. */
const PRODUCTS_OF: ReadonlyMap<string, readonly string[]> = new Map([
  ['google', ['gmail', 'google-drive', 'google-meet', 'google-pay']],
  // "Teams … Outlook … #MicrosoftDown": the bare maker's name is Microsoft 365's
  ['microsoft-365', ['microsoft-teams', 'outlook']],
]);

/**
 * Drops the parent brand named by its bare name beside one of its own products ("Gmail won't
 * send, Meet won't join. Google down?"): the post is about the products. "Google search" (a name of more words) stays, and so does a
 * parent said to fail before any product is named ("google'da arama yapamıyorum ... gmail de
 * açılmıyor").
 */
export function withoutParentBrand(
  services: string[],
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
): string[] {
  if (services.length < 2) return services;
  for (const [parent, products] of PRODUCTS_OF) {
    if (!services.includes(parent) || !products.some((p) => services.includes(p))) continue;
    if (
      mentions.some((m) => m.service === parent && m.end - m.start > 1) ||
      (!namedOnlyAsTheCompany(parent, mentions) && failsFirst(parent, products, mentions, cues, words, normalised))
    )
      continue;
    return services.filter((s) => s !== parent);
  }
  return services;
}

/**
 * Parents whose bare name is the company, not the catalogue's product of theirs: Google's bare
 * name is also its search, which can fail first ("google'da arama yapamıyorum"), but "Microsoft
 * is down. Outlook won't connect and Teams ..." names the company for the products it goes on
 * to name, not Microsoft 365.
 */
const COMPANY_ONLY_NAMES: ReadonlySet<string> = new Set(['microsoft-365']);

/** Whether the parent is named only by the company's bare name ("Microsoft", #MicrosoftDown), not by a product name of its own (OneDrive). */
function namedOnlyAsTheCompany(parent: string, mentions: readonly ServiceMention[]): boolean {
  return COMPANY_ONLY_NAMES.has(parent) && mentions.every((m) => m.service !== parent || m.ambiguous || m.via === 'hashtag');
}

/** Words between a parent brand and a claim of its own: "Google down? search page won't load". */
const PARENT_CLAIM_GAP = 4;

/** Whether the parent is named before any of its products with a claim of its own right after it. */
function failsFirst(
  parent: string,
  products: readonly string[],
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
  normalised: string,
): boolean {
  let first: ServiceMention | undefined;
  let productStart = Infinity;
  for (const m of mentions) {
    if (m.start < 0) continue;
    if (m.service === parent && (first === undefined || m.start < first.start)) first = m;
    if (products.includes(m.service)) productStart = Math.min(productStart, m.start);
  }
  if (first === undefined || first.start > productStart) return false;
  const end = first.end;
  let offsets: number[] | undefined;
  // Asked ("google down?? gmail won't load", "Microsoft having a moment? Teams…"), the maker is a guess at the cause.
  return cues.some(
    (c) =>
      polarity(c.value.kind) === 1 &&
      c.value.kind !== 'question' &&
      c.start >= end &&
      c.start - end <= PARENT_CLAIM_GAP &&
      c.end <= productStart &&
      !asked(c, mentions, words, normalised, (offsets ??= tokenOffsets(words, normalised))),
  );
}

/**
 * Services made by another catalogue service, which their users address about them: M-Pesa is
 * Safaricom's; WhatsApp, Instagram, Messenger and Threads are Meta's, whose handle (@Meta) the
 * catalogue gives to Facebook. With the maker's handles that address it as the maker (any, when
 * none are listed): "@facebook" is Facebook itself.
 */
interface Maker {
  maker: string;
  handles?: ReadonlySet<string>;
}
const META: Maker = { maker: 'facebook', handles: new Set(['meta']) };
const MAKER_OF: ReadonlyMap<string, Maker> = new Map<string, Maker>([
  ['m-pesa', { maker: 'safaricom' }],
  ['whatsapp', META],
  ['instagram', META],
  ['messenger', META],
  ['threads', META],
]);

/**
 * Drops, in place, a maker claimed only through its handle when one of its own products is
 * claimed: "M-Pesa iko down? ... @SafaricomPLC" asks Safaricom about M-Pesa, "@WhatsApp @Meta
 * fix it" asks Meta about WhatsApp. A maker named and said to fail itself stays ("data ya
 * Safaricom pia iko chini ... @Safaricom_Care").
 */
export function withoutAddressedMaker(claimed: Set<ServiceMention>, words: readonly string[]): void {
  for (const product of claimed) {
    const made = MAKER_OF.get(product.service);
    if (made === undefined) continue;
    const ofMaker = [...claimed].filter((m) => m.service === made.maker);
    const addressed = (m: ServiceMention) => m.via === 'handle' && (made.handles?.has(words[m.start] ?? '') ?? true);
    if (ofMaker.length > 0 && ofMaker.every(addressed)) for (const m of ofMaker) claimed.delete(m);
  }
}

/** Whether a name stands in a list beside another service's name that an outage hashtag of the post claims. */
export function listedWithTaggedDown(mention: ServiceMention, mentions: readonly ServiceMention[]): boolean {
  if (mention.start < 0) return false;
  return mentions.some(
    (other) =>
      other.service !== mention.service &&
      !other.ambiguous &&
      other.start >= 0 &&
      gap(other, mention) <= LIST_GAP &&
      taggedDown(other.service, mentions),
  );
}

/** Whether an outage hashtag of the post claims the service ("#instagramdown"). */
export function taggedDown(service: string, mentions: readonly ServiceMention[]): boolean {
  return mentions.some((tag) => tag.outageHashtag && tag.service === service);
}

/** Tokens between a name and the alternative phrase that governs it ("switch to the signal app"). */
const ALTERNATIVE_GAP = 1;

/**
 * Whether the mention stands in the place of one of these alternatives ("switch to *", "* pe aa
 * jao") or revelations: not when another of `mentions` stands nearer in that place ("tutti su
 * Telegram, WhatsApp è morto": the place is Telegram's).
 */
export function namedAsAlternative(
  mention: ServiceMention,
  alternatives: readonly Located<Cue>[],
  mentions: readonly ServiceMention[] = [],
): boolean {
  if (mention.start < 0) return false;
  return alternatives.some((a) => {
    const before = a.value.side === 'before';
    const between = before ? mention.start - a.end : a.start - mention.end;
    if (between < 0 || between > ALTERNATIVE_GAP) return false;
    const [from, to] = before ? [a.end, mention.start] : [mention.end, a.start];
    return between === 0 || !mentions.some((o) => o !== mention && o.start >= from && o.end <= to);
  });
}

/**
 * The mentions of failing services: without those named only as the place to go instead
 * ("whatsapp down, everyone switch to telegram"), unless that leaves nothing; and never those
 * asked about as the cause ("is this the AWS thing?": the author's failing app is another).
 */
export function withoutAlternatives(
  mentions: readonly ServiceMention[],
  cues: readonly Located<Cue>[],
  words: readonly string[],
): readonly ServiceMention[] {
  const alternatives = cues.filter((c) => c.value.kind === 'alternative');
  if (alternatives.length === 0) return mentions;
  const failing = mentions.filter((m) => !namedAsAlternative(m, alternatives, mentions));
  return failing.length > 0 ? failing : mentions.filter((m) => !askedAsCause(m, alternatives, words, mentions));
}

/** Whether the mention is a known outage asked about as the cause of the author's failure ("is this the AWS thing?"). */
export function askedAsCause(
  mention: ServiceMention,
  cues: readonly Located<Cue>[],
  words: readonly string[],
  mentions: readonly ServiceMention[] = [],
): boolean {
  const causes = cues.filter(
    (c) => c.value.kind === 'alternative' && c.value.cause === true && (c.value.then === undefined || words[mention.end] === c.value.then),
  );
  return causes.length > 0 && namedAsAlternative(mention, causes, mentions);
}

/** The services with a family the post names whole added, in the family's order first. */
export function withFamily(services: readonly string[], family: readonly string[]): string[] {
  if (family.length === 0) return services as string[];
  return [...new Set([...family, ...services])];
}

/**
 * In a verb-final language, the claim that ends a name's clause is the name's, however many
 * words its object takes ("Teams pe meeting join nahi ho rahi aur Outlook bhi …", "Teams'te
 * toplantıya giremiyorum"): the first claim within `reach` words after the name, with no other
 * name, "but", clause mark or denial between them.
 */
export function claimEndsItsClause(
  mention: ServiceMention,
  mentions: readonly ServiceMention[],
  claims: readonly Located<Cue>[],
  denials: readonly Located<Cue>[],
  words: readonly string[],
  offsets: readonly number[],
  normalised: string,
  reach: number,
): boolean {
  if (mention.start < 0) return false;
  let claim: Located<Cue> | undefined;
  for (const c of claims) if (c.start >= mention.end && c.start - mention.end <= reach && (!claim || c.start < claim.start)) claim = c;
  if (!claim) return false;
  const until = claim.start;
  const between = (at: number) => at >= mention.end && at < until;
  if (mentions.some((m) => m.start >= 0 && m.start !== mention.start && between(m.start))) return false;
  if (denials.some((d) => between(d.start))) return false;
  for (let at = mention.end; at < until; at++) if (BUT_WORDS.has(words[at] as string)) return false;
  return !markBetween(mention.end - 1, until, words, normalised, offsets, endsClause);
}

/**
 * The services less those named only as tags in the run of hashtags that closes the post
 * ("YT pe upload atka hua hai #youtuber #instagram #facebook #reels"): a creator's or a
 * publisher's tags, not what fails. Not an outage hashtag (#instagramdown), and not when only
 * tags name services.
 */
export function withoutClosingTags(services: string[], mentions: readonly ServiceMention[], tokens: readonly Token[]): string[] {
  if (services.length < 2) return services;
  let from = tokens.length;
  while (from > 0 && (tokens[from - 1] as Token).kind === 'hashtag') from--;
  if (tokens.length - from < 2) return services;
  const taggedOnly = (id: string) =>
    mentions.every((m) => m.service !== id || (m.via === 'hashtag' && !m.outageHashtag && m.start >= from));
  const kept = services.filter((id) => !taggedOnly(id));
  return kept.length > 0 ? kept : services;
}
