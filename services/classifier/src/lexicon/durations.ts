/**
 * How long a failure lasted, written out: "durante 2 horas", "pendant 2h", "per tre ore". A
 * span of hours said with "for" ("durante", "por", "pendant", "per") bounds a failure that is
 * over, so it is a recap negative; "since" forms ("desde hace 2 horas", "depuis 2h", "da 2
 * ore") are ongoing and are never listed.
 *
 * A lexicon lists the leads, its number words and its units (`recapDurations`); the classifier
 * finds a lead among the cue phrases and reads the count and unit after it (`durationEnd`),
 * rather than listing every lead × count × unit as a phrase (four thousand phrases for four
 * languages, and the digits they held voted for those languages).
 */
import type { RecapDurations } from './types.js';

/** The lexicon field: leads, number words with the units that agree with them, and units after a digit. */
export function recapDurations(
  leads: readonly string[],
  counts: readonly (readonly [string, readonly string[]])[],
  units: readonly string[],
): RecapDurations {
  return { leads, counts, units };
}

/** A lexicon's durations, normalised into words, as the classifier reads them. */
export interface CompiledDurations {
  /** Number word → the units (as words) that may follow it. */
  counts: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** Units after a digit, as words. */
  units: readonly (readonly string[])[];
}

/** A count written in digits: the spans people give (1 to 99). */
const DIGITS = /^\d{1,2}$/;
/** A digit with its unit glued on: "2h", "3hs", "4hrs". */
const GLUED = /^\d{1,2}(?:h|hs|hrs)$/;

export function compileDurations(durations: RecapDurations, words: (text: string) => string[]): CompiledDurations {
  const counts = new Map<string, (readonly string[])[]>();
  for (const [word, units] of durations.counts) {
    const key = words(word).join(' ');
    counts.set(key, [...(counts.get(key) ?? []), ...units.map(words)]);
  }
  return { counts, units: durations.units.map(words) };
}

/**
 * Where a duration after a lead ends (the token after its unit), or -1 when the words after
 * the lead are no count and unit: "2 horas", "2h", "dos horas", "un par de horas".
 */
export function durationEnd(durations: CompiledDurations, words: readonly string[], leadEnd: number): number {
  const count = words[leadEnd];
  if (count === undefined) return -1;
  if (GLUED.test(count)) return leadEnd + 1;
  const units = DIGITS.test(count) ? durations.units : durations.counts.get(count);
  if (units === undefined) return -1;
  for (const unit of units) if (unit.every((w, i) => words[leadEnd + 1 + i] === w)) return leadEnd + 1 + unit.length;
  return -1;
}
