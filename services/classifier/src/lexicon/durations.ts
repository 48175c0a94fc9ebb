/**
 * How long a failure lasted, written out: "durante 2 horas", "pendant 2h", "per tre ore". A
 * span of hours said with "for" ("durante", "por", "pendant", "per") bounds a failure that is
 * over, so a lexicon lists these as recap negatives; "since" forms ("desde hace 2 horas",
 * "depuis 2h", "da 2 ore") are ongoing and are never built here.
 */

/** Counts as digits: the common spans. */
const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'];
/** Units glued to a digit in one token ("2h", "3hrs"). */
const GLUED_UNITS = ['h', 'hs', 'hrs'];

/**
 * Every "<lead> <count> <unit>" phrase: each lead before each count (the language's number
 * words and the digits) and each unit, and each lead before a digit with a glued unit ("2h").
 * `counts` pairs number words with the units that agree with them (["una", ["hora"]]).
 */
export function durationPhrases(
  leads: readonly string[],
  counts: readonly (readonly [string, readonly string[]])[],
  units: readonly string[],
): string[] {
  const phrases: string[] = [];
  for (const lead of leads) {
    for (const digit of DIGITS) {
      for (const unit of units) phrases.push(`${lead} ${digit} ${unit}`);
      for (const unit of GLUED_UNITS) phrases.push(`${lead} ${digit}${unit}`);
    }
    for (const [word, agreeing] of counts) for (const unit of agreeing) phrases.push(`${lead} ${word} ${unit}`);
  }
  return phrases;
}
