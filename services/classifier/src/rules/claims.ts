/**
 * Cues placed in a post and what each claims. A `Located` cue (or name) carries its token span;
 * its `polarity` is positive for a claim of a failure, negative for what contradicts one (a
 * recovery, a "works" phrase, news, another sense of the word) and zero for a bare symptom word.
 * Here too are the token distance between a name and a cue (`gap`), the order the classifier keeps
 * a post's cues in, and the rules it applies as it collects them: the lexicon's everyday words of
 * the post's language are no cues, a claim strictly inside a longer cue of the opposite polarity
 * yields to it ("down" in "feeling down"), and a symptom cue inside a longer cue of another
 * symptom is a word of that one ("video" in "video call").
 */
import type { Cue } from '../lexicon/cues.js';

export interface Located<T> {
  value: T;
  start: number;
  end: number;
}

/**
 * Drops the one-word cues that are everyday words of the post's language (the lexicon's
 * `notCues`): another language's negative "meme" is French "même" once folded, Turkish "hat"
 * (line) is German "has".
 */
export function dropEverydayWords(cues: Located<Cue>[], words: readonly string[], everyday: ReadonlySet<string>): void {
  for (let i = cues.length - 1; i >= 0; i--) {
    const cue = cues[i] as Located<Cue>;
    if (cue.end - cue.start === 1 && everyday.has(words[cue.start] as string)) cues.splice(i, 1);
  }
}

/** A cue that says there is no failure: a negator inside it negates nothing. */
export function isCounterCue(cue: Located<Cue>): boolean {
  return cue.value.kind === 'negative' || cue.value.kind === 'recovered';
}

/** A "works" phrase or a recovery: what it is said of works now. */
export function saysItWorks(cue: Located<Cue>): boolean {
  return cue.value.kind === 'working' || cue.value.kind === 'recovered';
}

/** A claim of a failure, not a mere symptom word ("messages", "login"). */
export function claimsFailure(cue: Located<Cue>): boolean {
  return polarity(cue.value.kind) === 1 && cue.value.kind !== 'symptom';
}

/** A symptom cue inside a longer cue of another symptom is a word of that one: "video" in "video call". */
export function insideOtherSymptom(cue: Located<Cue>, cues: readonly Located<Cue>[]): boolean {
  return cues.some(
    (other) =>
      other.value.kind === 'symptom' &&
      other.value.symptom !== cue.value.symptom &&
      other.start <= cue.start &&
      other.end >= cue.end &&
      other.end - other.start > cue.end - cue.start,
  );
}

/** Whether a counter-phrase says something works: a recovery, or a phrase that is also a "works" phrase ("funcionando normal"). */
export function counterSaysItWorks(cue: Located<Cue>, cues: readonly Located<Cue>[]): boolean {
  return cue.value.kind === 'recovered' || cues.some((w) => w.value.kind === 'working' && w.start === cue.start && w.end === cue.end);
}

/** Tokens between a mention and a cue; 0 when they touch or overlap; unspaced-script matches are near everything. */
export function gap(mention: { start: number; end: number }, cue: { start: number; end: number }): number {
  if (mention.start < 0) return 0;
  if (cue.end <= mention.start) return mention.start - cue.end;
  if (cue.start >= mention.end) return cue.start - mention.end;
  return 0;
}

/** Inserts a cue after every cue that starts before it or at it with a span at least as long (a stable sort's order). */
export function insertByStart(sorted: Located<Cue>[], cue: Located<Cue>): void {
  let at = sorted.length;
  sorted.push(cue);
  for (; at > 0 && startsAfter(sorted[at - 1] as Located<Cue>, cue); at--) sorted[at] = sorted[at - 1] as Located<Cue>;
  sorted[at] = cue;
}

function startsAfter(a: Located<Cue>, b: Located<Cue>): boolean {
  return a.start > b.start || (a.start === b.start && a.end < b.end);
}

export type Polarity = 1 | -1 | 0;

/** Claims of a failure are positive, what contradicts them negative; symptoms are neither. */
export function polarity(kind: Cue['kind']): Polarity {
  if (kind === 'outage' || kind === 'error' || kind === 'question') return 1;
  if (kind === 'negative' || kind === 'recovered' || kind === 'news') return -1;
  return 0;
}

/**
 * Drops each claim that lies strictly inside a longer cue of the opposite polarity: "down" in
 * "feeling down", "working again" in "not working again". Cues of the same polarity add up
 * ("down" inside "is it down?").
 */
export function longestCueWins(cues: Located<Cue>[]): Located<Cue>[] {
  // Only multi-word cues can contain another (most posts have none): then nothing to drop, and nothing copied.
  if (!cues.some(isLongClaimOrCounter)) return cues;
  return cues.filter((a) => {
    const pa = polarity(a.value.kind);
    if (pa === 0) return true;
    for (const b of cues) {
      if (
        isLongClaimOrCounter(b) &&
        polarity(b.value.kind) === -pa &&
        b.start <= a.start &&
        b.end >= a.end &&
        b.end - b.start > a.end - a.start
      ) {
        return false;
      }
    }
    return true;
  });
}

function isLongClaimOrCounter(cue: Located<Cue>): boolean {
  return cue.end - cue.start > 1 && polarity(cue.value.kind) !== 0;
}
