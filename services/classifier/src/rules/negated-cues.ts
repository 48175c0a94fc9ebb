/**
 * What a negator makes of the cue beside it. A negated action of a service ("calls not
 * connecting", "app não abre", a Turkish negative verb ending) is an outage claim: the classifier
 * looks for one (`Classifier.negatedAction`) once a post's cues are found, within
 * `NEGATION_WINDOW` tokens, with the negators of the post's language and, where posts mix it in
 * (`ENGLISH_MIXING`), of English. A plainly negated outage word ("Insta is not down", "non è giù")
 * is a denial that the service fails (`denyNegatedOutages`), applied after the recoveries are
 * negated. The negator word lists are the lexicon's (`lexicon/negation.ts`).
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import { DENIAL_CONTRACTION_STEMS, DENIAL_LINKS, DENIAL_NEGATORS, FIRST_PERSON_BEFORE_DENIAL, NOT_DENIED } from '../lexicon/negation.js';
import { normalise } from '../text/normalise.js';
import { isCounterCue, type Located, polarity } from './claims.js';
import { closesClauseAfter, endsClause, sameClause, tokenOffsets } from './sentences.js';
import { reportedBefore } from './reported.js';
import { ELLIPTIC_CLAIM } from './said-to-work.js';
import { unspacedPosition } from './unspaced.js';

/** The languages of India, Pakistan and Nepal the lexicons cover. */
export const SOUTH_ASIAN: readonly string[] = ['hi', 'ur', 'bn', 'ta', 'te', 'kn', 'ml', 'mr', 'gu', 'pa', 'ne'];
/** Languages whose posts mix in English words, so English negators count there too. */
export const ENGLISH_MIXING: ReadonlySet<string> = new Set([
  'en',
  ...SOUTH_ASIAN,
  'tl',
  'sw',
  'ms',
  'ar',
  'fa',
  'ja',
  'ko',
  'th',
  'zh',
  'vi',
  'ru',
  'uk',
]);
export interface Negators {
  /** Vocabulary ids of the negator words. */
  ids: ReadonlySet<number>;
  /** The negators that may be found inside unspaced text (not Latin words). */
  unspaced: readonly string[];
  /** Endings and beginnings that make a verb negative (Turkish -miyor, Tamil -ல, Persian ن-). */
  suffixes: readonly string[];
  prefixes: readonly string[];
  affixes: boolean;
  /** Stems whose plain negative is a preference ("I don't use it"), and what that negative looks like after them. */
  preferenceStems: readonly string[];
  plainNegative: RegExp | undefined;
  /** Beginnings of negative verbs that are never a failure in any form ("can't say", "can't believe"). */
  idiomStems: readonly string[];
}

export const NO_NEGATORS: Negators = {
  ids: new Set(),
  unspaced: [],
  suffixes: [],
  prefixes: [],
  affixes: false,
  preferenceStems: [],
  plainNegative: undefined,
  idiomStems: [],
};

/** Loops, not `some` with closures over the word: this runs for every word of a Turkish, Tamil or Persian post. */
export function isNegativeVerb(word: string, negators: Negators): boolean {
  for (const stem of negators.idiomStems) if (word.startsWith(stem)) return false;
  const plainNegative = negators.plainNegative;
  if (plainNegative) {
    for (const stem of negators.preferenceStems) if (word.startsWith(stem) && plainNegative.test(word.slice(stem.length))) return false;
  }
  for (const suffix of negators.suffixes) if (word.length > suffix.length + 1 && word.endsWith(suffix)) return true;
  for (const prefix of negators.prefixes) if (word.length > prefix.length + 1 && word.startsWith(prefix)) return true;
  return false;
}

/**
 * A cue of what a service does, which a negator beside it turns into an outage claim. One
 * inside a recovery phrase ("bei mir funktioniert alles") is negated only as that phrase
 * (negateRecoveries).
 */
export function isAction(cue: Located<Cue>, cues: readonly Located<Cue>[]): boolean {
  if (cue.value.kind !== 'symptom') return false;
  for (const b of cues) if (b.value.kind === 'recovered' && b.start <= cue.start && b.end >= cue.end) return false;
  return true;
}

/**
 * Whether an unspaced text holds `negator` outside every counter-phrase: the 不 of "不想用了"
 * (done with an app) or the ない of a recovery negates no action.
 */
export function negatorOutsideCounters(negator: string, normalised: string, cues: readonly Located<Cue>[], wordCount: number): boolean {
  for (let at = normalised.indexOf(negator); at >= 0; at = normalised.indexOf(negator, at + 1)) {
    const start = unspacedPosition(wordCount, at);
    if (!cues.some((c) => isCounterCue(c) && c.start <= start && c.end >= start + negator.length)) return true;
  }
  return false;
}

/**
 * The token range [reachStart, reachEnd) whose words are within NEGATION_WINDOW of some
 * action (empty when none is placed). Two functions, not a pair: no array per post.
 */
export function reachStart(cues: readonly Located<Cue>[]): number {
  let from = Number.MAX_SAFE_INTEGER;
  for (const cue of cues) if (isAction(cue, cues) && cue.start >= 0) from = Math.min(from, Math.max(0, cue.start - NEGATION_WINDOW));
  return from;
}

export function reachEnd(cues: readonly Located<Cue>[], wordCount: number): number {
  let to = 0;
  for (const cue of cues) if (isAction(cue, cues) && cue.start >= 0) to = Math.max(to, Math.min(wordCount, cue.end + NEGATION_WINDOW));
  return to;
}

/** The outage cue a negated action makes, at the negator. */
export function negatedActionCue(at: number): Located<Cue> {
  return { value: NEGATED_ACTION, start: at, end: at + 1 };
}

/** A copula that closes its clause after a name stands for the outage just denied of another ("PSN is."). */
const ELLIPTIC_COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was']);
/** What an outage word after a plain negation says ("it's not down", "no está caído"): that it works. */
const DENIED_OUTAGE: Cue = { kind: 'recovered', lexicon: -1 };
/** Denial words by language, normalised as post words are (English added where posts mix it in). */
const DENIALS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.keys(DENIAL_NEGATORS).map((language) => [language, new Set((DENIAL_NEGATORS[language] ?? []).map((w) => normalise(w)))]),
);
const ENGLISH_DENIALS = DENIALS.get('en') as ReadonlySet<string>;

/** Where the denial ending right before token `at` starts ("not", "isn't"), else -1. */
function denialEndingAt(at: number, words: readonly string[], denials: ReadonlySet<string> | undefined, english: boolean): number {
  const word = words[at - 1] as string;
  if (denials?.has(word) || (english && ENGLISH_DENIALS.has(word))) return at - 1;
  if (english && word === 't' && DENIAL_CONTRACTION_STEMS.has(words[at - 2] as string)) return at - 2;
  return -1;
}

/**
 * Turns each outage word that a plain negation denies ("Insta is not down", "nothing is broken",
 * "funciona, no está caído", "non è giù") into a denial that it fails, with the claims inside
 * it: up to two copulas or clitics may stand between, in one clause. Not a denial somebody else
 * says ("@Telekom_hilft sagt es gibt keine Störung"), nor the author's own ("I'm not offline").
 * A name the post turns to right after says that one fails ("my PS5 isn't broken, PSN is").
 */
export function denyNegatedOutages(
  cues: Located<Cue>[],
  mentions: readonly ServiceMention[],
  words: readonly string[],
  normalised: string,
  language: string,
): void {
  const denials = DENIALS.get(language);
  const english = ENGLISH_MIXING.has(language);
  if (denials === undefined && !english) return;
  const notDenied = NOT_DENIED[language];
  let denied: Located<Cue>[] | undefined;
  let offsets: number[] | undefined;
  for (const cue of cues) {
    if (cue.value.kind !== 'outage' || cue.value.lexicon < 0 || cue.start <= 0 || cue.start >= words.length) continue;
    if (notDenied !== undefined && words.slice(cue.start, cue.end).some((w) => notDenied.includes(w))) continue;
    let at = cue.start;
    for (let links = 0; links < 2 && DENIAL_LINKS.has(words[at - 1] as string) && at > 1; links++) at--;
    let from = denialEndingAt(at, words, denials, english);
    if (from < 0 && at !== cue.start) from = denialEndingAt(cue.start, words, denials, english);
    if (from < 0 || FIRST_PERSON_BEFORE_DENIAL.has(words[from - 1] as string)) continue;
    if (reportedBefore(from, words)) continue;
    // "WhatsApp down? No, down for everyone": an answer in a clause of its own denies nothing.
    if (!sameClause(from, cue.start, words, normalised, (offsets ??= tokenOffsets(words, normalised)))) continue;
    (denied ??= []).push({ value: DENIED_OUTAGE, start: from, end: cue.end });
  }
  if (denied === undefined) return;
  const inDenial = (c: Located<Cue>) => denied.some((d) => c.start >= d.start && c.end <= d.end);
  let kept = 0;
  for (const cue of cues) if (polarity(cue.value.kind) !== 1 || !inDenial(cue)) cues[kept++] = cue;
  cues.length = kept;
  cues.push(...denied);
  for (const d of denied) {
    const turnedTo = mentions.find((m) => m.start === d.end);
    if (turnedTo && closesClauseAfter(turnedTo, ELLIPTIC_COPULAS, words, normalised, endsClause))
      cues.push({ value: ELLIPTIC_CLAIM, start: turnedTo.end, end: turnedTo.end + 1 });
  }
}

/** Tokens between a negator and the action it negates ("not", "connecting"; "nahi", "ja", "rahe"). */
export const NEGATION_WINDOW = 3;

/** The value of every negated-action cue (derived, so no lexicon): one object, not one per post. */
const NEGATED_ACTION: Cue = { kind: 'outage', lexicon: -1 };
