/**
 * Splits normalised text into tokens: words (letters, marks and digits of any script, with
 * inner dots or ampersands: "by.u", "at&t"; hyphens split, so "ma-open" holds "open" and
 * "e-Devlet" matches as the two words its alias also becomes), hashtags and mentions
 * (kept with their marker), and URLs (dropped: a link's path says nothing about the author).
 *
 * Apostrophes split words, so Turkish case endings come off names ("WhatsApp'ta" →
 * whatsapp, ta) and "can't" is can, t on both the post and the lexicon side. A change
 * between Latin and another script splits too: Japanese writes "YouTube見れない" unspaced.
 */

export type TokenKind = 'word' | 'hashtag' | 'mention';

export interface Token {
  kind: TokenKind;
  /** Normalised text without the # or @ marker. */
  text: string;
}

const URL = /\bhttps?:\/\/\S+|\bwww\.\S+/g;
const TOKEN = /([#@])?([\p{L}\p{M}\p{N}_]+(?:[.&][\p{L}\p{M}\p{N}_]+)*)/gu;
const SCRIPT_CHANGE = /(?<=[a-z0-9])(?=(?!\p{Script=Latin})[\p{L}\p{M}])|(?<=(?!\p{Script=Latin})[\p{L}\p{M}])(?=[a-z0-9])/u;

export function tokenize(normalised: string): Token[] {
  const tokens: Token[] = [];
  const text = normalised.replace(URL, ' ');
  for (const match of text.matchAll(TOKEN)) {
    const marker = match[1];
    const kind: TokenKind = marker === '#' ? 'hashtag' : marker === '@' ? 'mention' : 'word';
    const word = match[2] as string;
    if (kind !== 'word' || isAscii(word) || !SCRIPT_CHANGE.test(word)) tokens.push({ kind, text: word });
    else for (const part of word.split(SCRIPT_CHANGE)) tokens.push({ kind, text: part });
  }
  return tokens;
}

function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}
