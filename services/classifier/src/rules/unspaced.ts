/**
 * Where matches in unspaced text (Japanese, Thai, Chinese runs) stand among the post's token
 * positions. Such a match has no token span, so `findCues` places it past the tokens: at
 * `wordCount + 1` plus its character offset in the normalised text (`wordCount` itself is left
 * for a zero-width cue after the last word). Positions above `wordCount` are therefore
 * characters, and the helpers below are the one place that convention is written down.
 */

/** The position of character offset `char` of the normalised text, past the `wordCount` tokens. */
export function unspacedPosition(wordCount: number, char: number): number {
  return wordCount + 1 + char;
}

/** The character offset a position past the tokens stands for (see `unspacedPosition`). */
export function charOffsetOf(position: number, wordCount: number): number {
  return position - wordCount - 1;
}

/** Whether a position stands past the tokens, i.e. for a match in unspaced text. */
export function isUnspacedPosition(position: number, wordCount: number): boolean {
  return position > wordCount;
}
