/**
 * Where sentences and clauses end, measured on the normalised text: each token's offset, the marks
 * that end a sentence (. ? ! a line break, ؟, ।, 。！？) or a clause (a comma, a semicolon), and
 * whether such a mark stands between two tokens. Most rules ask "in the same clause?" or "does
 * this sentence ask?" through these helpers; the classifier itself uses them when it drops
 * multi-word matches that run across a sentence end, negates actions and recoveries, and
 * attributes claims to names.
 */
import type { ServiceMention } from '../catalogue/catalogue.js';
import type { Cue } from '../lexicon/cues.js';
import type { Located } from './claims.js';

/** Whether a comma or full stop follows at `at`, past spaces. */
export function closedByAMark(normalised: string, at: number): boolean {
  let i = at;
  while (normalised.charCodeAt(i) === 0x20) i++;
  const code = normalised.charCodeAt(i);
  return code === 0x2c || code === 0x2e;
}

/** Where the sentence running from `from` ends with a question mark, or -1 when it ends otherwise. */
export function questionMarkEnding(normalised: string, from: number): number {
  for (let i = from; i < normalised.length; i++) {
    const ch = normalised[i];
    if (ch === '?' || ch === '؟') return i;
    if (ch === '.' || ch === '!' || ch === '\n') return -1;
  }
  return -1;
}

/** Whether a code unit ends a sentence: . ? ! a line break, Arabic ؟, the Urdu full stop ۔, Devanagari ।, CJK 。！？. */
export function endsSentence(code: number): boolean {
  return (
    code === 0x2e ||
    code === 0x3f ||
    code === 0x21 ||
    code === 0x0a ||
    code === 0x61f ||
    code === 0x6d4 ||
    code === 0x964 ||
    code === 0x3002 ||
    code === 0xff01 ||
    code === 0xff1f
  );
}

/**
 * The matches that do not run across the end of a sentence: "UPI down?? payment failing" holds
 * no "down payment". Most posts have no multi-word match, or no sentence end before their last
 * word ("is X down?"): then nothing is computed or copied.
 */
export function withinSentences<T extends { start: number; end: number }>(matches: T[], words: readonly string[], normalised: string): T[] {
  if (words.length < 2 || !matches.some((m) => m.end - m.start > 1)) return matches;
  const last = words[words.length - 1] as string;
  const lastEnd = normalised.lastIndexOf(last) + last.length;
  let anyEnd = false;
  for (let i = 0; i < lastEnd && !anyEnd; i++) anyEnd = endsSentence(normalised.charCodeAt(i));
  if (!anyEnd) return matches;
  const offsets = tokenOffsets(words, normalised);
  const endsBefore = (at: number) => {
    for (let i = (offsets[at - 1] as number) + (words[at - 1] as string).length; i < (offsets[at] as number); i++) {
      if (endsSentence(normalised.charCodeAt(i))) return true;
    }
    return false;
  };
  return matches.filter((m) => {
    for (let at = m.start + 1; at < m.end; at++) if (endsBefore(at)) return false;
    return true;
  });
}

/**
 * Whether no comma, semicolon or sentence end stands between a negator and an action after it:
 * "for no reason, live selling pa naman" negates the reason, not the live selling.
 */
export function sameClause(
  negator: number,
  action: number,
  words: readonly string[],
  normalised: string,
  offsets: readonly number[],
): boolean {
  return !markBetween(negator, action, words, normalised, offsets, endsClause);
}

/** A comma (Latin, Arabic, CJK), a semicolon or a sentence end. */
export function endsClause(code: number): boolean {
  return code === 0x2c || code === 0x3b || code === 0x060c || code === 0x3001 || code === 0xff0c || endsSentence(code);
}

/** Whether a code unit `isMark` accepts stands between the end of token `first` and the start of token `second`. */
export function markBetween(
  first: number,
  second: number,
  words: readonly string[],
  normalised: string,
  offsets: readonly number[],
  isMark: (code: number) => boolean,
): boolean {
  for (let i = (offsets[first] as number) + (words[first] as string).length; i < (offsets[second] as number); i++) {
    if (isMark(normalised.charCodeAt(i))) return true;
  }
  return false;
}

/** Where each token starts in the normalised text. */
export function tokenOffsets(words: readonly string[], normalised: string): number[] {
  const offsets: number[] = [];
  let from = 0;
  for (const word of words) {
    const at = normalised.indexOf(word, from);
    offsets.push(at < 0 ? from : at);
    if (at >= 0) from = at + word.length;
  }
  return offsets;
}

/** Whether nothing but spaces and marks stands between the sentence's start and the cue. */
export function opensSentence(cue: Located<Cue>, normalised: string, offsets: readonly number[]): boolean {
  for (let i = (offsets[cue.start] as number) - 1; i >= 0; i--) {
    const code = normalised.charCodeAt(i);
    if (endsSentence(code)) return true;
    if (code !== 0x20 && code !== 0x40 && code !== 0x23) return false;
  }
  return true;
}

/** Whether the sentence running from `from` ends with a question mark. */
export function sentenceAsks(normalised: string, from: number): boolean {
  for (let i = from; i < normalised.length; i++) {
    const ch = normalised[i];
    if (ch === '?' || ch === '؟') return true;
    if (ch === '.' || ch === '!' || ch === '\n') return false;
  }
  return false;
}

/** Words that open a new clause after a "works" phrase, past which a negator is not its own. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  ...['so', 'because', 'coz', 'cuz'],
  // "telegram va, quindi non è TIM": the "not" is of the next clause.
  ...['quindi', 'perche', 'entonces', 'porque', 'entao', 'donc', 'yani', 'isliye', 'kyunki', 'kyonki'],
]);

/** A comma, full stop, semicolon or "!": what ends the clause of "fine" or "no" after a name ("fine?" asks). */
function endsFineClause(code: number): boolean {
  return code === 0x2c || code === 0x2e || code === 0x3b || code === 0x21;
}

/** A comma, semicolon or any sentence end: what ends the clause of "yes" after a name ("ma Y sì."). */
export function endsClauseOrSentence(code: number): boolean {
  return code === 0x2c || code === 0x3b || endsSentence(code);
}

/** Whether the word right after the name is one of `closing` and ends its clause (`endsClause` at the next mark, or the text's end). */
export function closesClauseAfter(
  m: { start: number; end: number },
  closing: ReadonlySet<string>,
  words: readonly string[],
  normalised: string,
  endsClause: (code: number) => boolean = endsFineClause,
): boolean {
  return closing.has(words[m.end] as string) && clauseEndsAfter(m.end, words, normalised, endsClause);
}

/** Whether token `at` ends its clause: `endsClause` accepts the next mark, or the text ends. */
export function clauseEndsAfter(
  at: number,
  words: readonly string[],
  normalised: string,
  endsClause: (code: number) => boolean = endsFineClause,
): boolean {
  const offsets = tokenOffsets(words, normalised);
  // "insta doesn't," is two words, "doesn" and "t".
  const last = words[at + 1] === 't' && normalised[(offsets[at + 1] as number) - 1] !== ' ' ? at + 1 : at;
  const rest = normalised.slice((offsets[last] as number) + (words[last] as string).length).trimStart();
  return rest.length === 0 || endsClause(rest.charCodeAt(0));
}

/** Whether a sentence ends between a phrase and the name next to it ("a global issue. Airtel network is fine"). */
export function sentenceEndsBetween(cue: Located<Cue>, mention: ServiceMention, words: readonly string[], normalised: string): boolean {
  const [first, second] = cue.end <= mention.start ? [cue.end - 1, mention.start] : [mention.end - 1, cue.start];
  return markBetween(first, second, words, normalised, tokenOffsets(words, normalised), endsSentence);
}
