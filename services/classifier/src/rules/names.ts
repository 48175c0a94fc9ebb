/**
 * Which words are names. Some names read as other words ("claro que", "phone pe bhi", "vivo y27",
 * Punjabi "vi") and are dropped as the classifier looks names up (`Classifier.namesIn`), which
 * also gives a name written as its own word in unspaced text (Thai, Japanese) the characters it
 * spans. When the classifier asks whether an ambiguous name has context (`hasContext`), a bare
 * common noun ("store") after another service's name is that service's, and a Turkish case ending
 * after an apostrophe ("wp'de") marks a proper noun; in unspaced text, nearness is measured in
 * characters (`unspacedProximity`).
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import type { Located } from './claims.js';
import { tokenOffsets } from './sentences.js';
import { charOffsetOf, isUnspacedPosition } from './unspaced.js';

/** Characters either side of a name within which a claim found in unspaced text gives it context. */
const UNSPACED_CONTEXT_CHARS = 12;

/** Whether a claim found in unspaced text sits beside a name token ("LINE ล่ม", "Xが見れない"). */
export type UnspacedProximity = (mention: ServiceMention, cue: Located<Cue>) => boolean;

/**
 * Unspaced matches are placed past the tokens (see unspaced.ts), so token windows cannot tell
 * whether one is beside a name: compare character offsets instead.
 */
export function unspacedProximity(words: readonly string[], normalised: string): UnspacedProximity {
  let offsets: number[] | undefined;
  const offsetsOf = () => (offsets ??= tokenOffsets(words, normalised));
  return (mention, cue) => {
    if (!isUnspacedPosition(cue.start, words.length) || (mention.start < 0 && mention.charStart < 0)) return false;
    // A name matched inside a run of characters ("ディスコ落ちた") has its span in characters already.
    const starts = mention.start < 0 ? undefined : offsetsOf();
    const nameStart = starts === undefined ? mention.charStart : (starts[mention.start] as number);
    const nameEnd =
      starts === undefined ? mention.charEnd : (starts[mention.end - 1] as number) + (words[mention.end - 1] as string).length;
    const cueStart = charOffsetOf(cue.start, words.length);
    const cueEnd = charOffsetOf(cue.end, words.length);
    return cueStart < nameEnd + UNSPACED_CONTEXT_CHARS && cueEnd > nameStart - UNSPACED_CONTEXT_CHARS;
  };
}

/**
 * In unspaced text a name written as its own word ("LINE" in "LINEは復旧したけどインスタがまだ落ちてる")
 * gets the characters it spans too, so a "works" or "back" phrase right after it binds to it as
 * it does to a name matched inside the run of characters, instead of counting against the whole post.
 */
export function placeWordNamesByCharacters(mentions: ServiceMention[], words: readonly string[], normalised: string): void {
  let offsets: number[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i] as ServiceMention;
    if (m.charEnd >= 0 || m.start < 0 || m.via !== 'alias') continue;
    offsets ??= tokenOffsets(words, normalised);
    const last = m.end - 1;
    mentions[i] = { ...m, charStart: offsets[m.start] as number, charEnd: (offsets[last] as number) + (words[last] as string).length };
  }
}

/**
 * Services whose ambiguous name is a common noun that other services have too ("Steam store",
 * "Steam ki store"), and which services have it (undefined: any): a chat or mail app's
 * "threads" are its own ("slack ... threads won't open"), not Meta's Threads beside Instagram.
 */
const COMMON_NOUN_NAMES: ReadonlyMap<string, ReadonlySet<string> | undefined> = new Map([
  ['app-store', undefined],
  ['threads', new Set(['slack', 'discord', 'microsoft-teams', 'gmail', 'outlook', 'reddit', 'telegram', 'x', 'linkedin'])],
]);

/**
 * A bare common-noun name anywhere after another service's name is that service's ("is steam
 * down ... store page wont load"), and so is one right before it (one word between at most),
 * as French and Spanish put it ("le store Steam", "la tienda de Steam").
 */
export function isAnothersNoun(mention: ServiceMention, mentions: readonly ServiceMention[]): boolean {
  if (!COMMON_NOUN_NAMES.has(mention.service) || mention.start < 0 || mention.end - mention.start > 1) return false;
  const hosts = COMMON_NOUN_NAMES.get(mention.service);
  return mentions.some(
    (m) =>
      m.service !== mention.service &&
      m.start >= 0 &&
      (hosts === undefined || hosts.has(m.service)) &&
      (mention.start >= m.end || (m.start >= mention.end && m.start - mention.end <= 1)),
  );
}

/**
 * Words that may stand right before a bare "store" that is Apple's App Store: what it is
 * (apple, ios, iphone), and words that qualify nothing (the, my, on, from). Any other word
 * there names another store, of a product outside the catalogue ("the Epic store", "Xbox
 * store", "my Etsy store", "grocery store"); a catalogue service's is isAnothersNoun's.
 */
const APP_STORE_QUALIFIERS: ReadonlySet<string> = new Set([
  ...['apple', 'ios', 'iphone', 'iphones', 'ipad', 'ipados', 'mac', 'macos', 'itunes', 'apps'],
  ...['the', 'a', 'an', 'my', 'your', 'our', 'their', 'his', 'her', 'its', 'this', 'that', 'whole', 'entire'],
  ...['in', 'on', 'from', 'to', 'at', 'of', 'for', 'and', 'or', 'is', 'are', 'was', 'even', 'just', 'now', 'still', 'also'],
]);

/** Whether a bare "store" is another name's ("is the Epic store down?"), by the word before it (across a possessive "'s"). */
export function anotherNamesStore(mention: ServiceMention, words: readonly string[]): boolean {
  if (mention.service !== 'app-store' || mention.start < 1 || mention.end - mention.start !== 1) return false;
  let before = mention.start - 1;
  if (words[before] === 's' && before > 0) before--;
  return !APP_STORE_QUALIFIERS.has(words[before] as string);
}

/** Negators after Punjabi "vi" (also) in "whatsapp vi nahi chal reha". */
const NEGATORS_AFTER_ALSO: ReadonlySet<string> = new Set(['nahi', 'nahin', 'nhi', 'nai', 'na', 'ni']);
/** Possessives that may stand between the app and Punjabi "vi" ("whatsapp mera vi ni chal reha"). */
const POSSESSIVES_BEFORE_ALSO: ReadonlySet<string> = new Set(['mera', 'meri', 'mere', 'sada', 'saada', 'apna']);
/** "Claro que" is "of course" in Spanish and Portuguese, never the telco ("Claro que o zap ia cair hoje"). */
const OF_COURSE = new Set(['que', 'q', 'ke']);

/** A Vivo phone's model after the name ("meu vivo y27 travou", "Vivo V29", "vivo iqoo"): the phone, not the Brazilian telco. */
const VIVO_MODEL = /^(?:[vyxts]\d{1,3}[a-z]{0,2}|iqoo)$/;

/** How much signal a phone has, before "signal": "wala signal" (Tagalog: none), "no signal", "full signal" is the network's, not the messenger. */
const SIGNAL_AMOUNTS: ReadonlySet<string> = new Set(['wala', 'walang', 'no', 'zero', 'full', 'weak', 'low', 'poor', 'bad', 'mahina']);

/** How much signal there is, right after "signal": "Globe signal wala na naman", "signal gone", "sinyal yok". */
const SIGNAL_AMOUNTS_AFTER: ReadonlySet<string> = new Set([
  'wala',
  'walang',
  'gone',
  'zero',
  'weak',
  'dead',
  'yok',
  'illa',
  'gayab',
  'bars',
]);

/** Words between the amount and "signal": "wala na namang signal" (none again), "no mobile signal", "no more signal". */
const SIGNAL_FILLERS: ReadonlySet<string> = new Set([
  'na',
  'namang',
  'naman',
  'pa',
  'ng',
  'more',
  'any',
  'mobile',
  'network',
  'phone',
  '4g',
  '5g',
]);

/** Words around Hinglish "phone pe" that make it "on the phone", not PhonePe ("phone pe bhi", "mere phone pe"). */
const ON_THE_PHONE_AFTER: ReadonlySet<string> = new Set(['bhi', 'hi', 'to', 'toh']);
const ON_THE_PHONE_BEFORE: ReadonlySet<string> = new Set(['mere', 'mera', 'apne', 'ke', 'dusre', 'doosre', 'naye', 'purane']);

/** Whether a PhonePe mention written as two words is "on the phone": "phone pe bhi msgs atke hain". */
function onThePhone(m: ServiceMention, words: readonly string[]): boolean {
  if (m.service !== 'phonepe' || m.end - m.start !== 2 || words[m.start] !== 'phone' || words[m.start + 1] !== 'pe') return false;
  return ON_THE_PHONE_AFTER.has(words[m.end] as string) || ON_THE_PHONE_BEFORE.has(words[m.start - 1] as string);
}

/**
 * Drops names read as other words: "claro que" (of course), "signal" beside how much of it there
 * is ("wala signal", "signal gone"), "vivo" before a phone model ("vivo y27"), and "vi" where it is Punjabi
 * "also" (Hindi "bhi"), right after an app's name and before a negator ("mera whatsapp vi nahi
 * chal reha"). Vi the telco is written "Vi pe", "Vi ka network", or listed among telcos.
 * Hinglish "phone pe" on the phone is no PhonePe (`onThePhone`).
 */
export function dropWordsNotNames(mentions: ServiceMention[], words: readonly string[]): void {
  const punjabiAlso = (m: ServiceMention) => {
    if (m.start < 1 || words[m.start] !== 'vi' || !NEGATORS_AFTER_ALSO.has(words[m.end] as string)) return false;
    const appEnd = POSSESSIVES_BEFORE_ALSO.has(words[m.start - 1] as string) ? m.start - 1 : m.start;
    return mentions.some((other) => other.end === appEnd && other.service !== m.service);
  };
  const ofCourse = (m: ServiceMention) => m.start >= 0 && words[m.start] === 'claro' && OF_COURSE.has(words[m.end] as string);
  const theSignal = (m: ServiceMention) => {
    if (m.start < 0 || words[m.start] !== 'signal') return false;
    if (SIGNAL_AMOUNTS_AFTER.has(words[m.end] as string)) return true;
    if (m.start === 0) return false;
    let at = m.start - 1;
    for (let skipped = 0; skipped < 2 && at > 0 && SIGNAL_FILLERS.has(words[at] as string); skipped++) at--;
    return SIGNAL_AMOUNTS.has(words[at] as string);
  };
  const aPhone = (m: ServiceMention) => words[m.start] === 'vivo' && VIVO_MODEL.test(words[m.end] ?? '');
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i] as ServiceMention;
    if (m.end - m.start === 1 && (punjabiAlso(m) || ofCourse(m) || theSignal(m) || aPhone(m))) mentions.splice(i, 1);
    else if (onThePhone(m, words)) mentions.splice(i, 1);
  }
}

/** Turkish case endings (folded) that follow a proper noun after an apostrophe: "wp'de", "wa'dan", "X'e". */
const TURKISH_CASE_ENDINGS: ReadonlySet<string> = new Set([
  'de',
  'da',
  'te',
  'ta',
  'den',
  'dan',
  'ten',
  'tan',
  'e',
  'a',
  'ye',
  'ya',
  'i',
  'u',
  'yi',
  'yu',
  'in',
  'un',
  'nin',
  'nun',
  'le',
  'la',
  'yle',
  'yla',
]);

/** Whether the name is followed by an apostrophe and a Turkish case ending ("wp'de"), which marks a proper noun. */
export function caseEndingAfterApostrophe(mention: ServiceMention, words: readonly string[], normalised: string): boolean {
  // Not a one-letter name: "X'te" is as often about the platform's talk as about its failure.
  if (mention.start < 0 || (words[mention.start]?.length ?? 0) < 2 || !TURKISH_CASE_ENDINGS.has(words[mention.end] as string)) return false;
  const offsets = tokenOffsets(words, normalised);
  const nameEnd = (offsets[mention.end - 1] as number) + (words[mention.end - 1] as string).length;
  const between = normalised.slice(nameEnd, offsets[mention.end]);
  return between === "'" || between === '’';
}
