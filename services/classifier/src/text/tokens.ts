/**
 * Splits normalised text into tokens: words (letters, marks and digits of any script, with
 * inner dots or ampersands: "by.u", "at&t"; hyphens split, so "ma-open" holds "open" and
 * "e-Devlet" matches as the two words its alias also becomes), hashtags and mentions
 * (kept with their marker), and URLs (dropped: a link's path says nothing about the author).
 *
 * Apostrophes split words, so Turkish case endings come off names ("WhatsApp'ta" →
 * whatsapp, ta) and "can't" is can, t on both the post and the lexicon side. A change
 * between Latin and another script splits too: Japanese writes "YouTube見れない" unspaced.
 *
 * One hand-written pass over the characters with a per-code-unit class table: the regular
 * expressions that define the same tokens (kept in the tests as the reference) cost a
 * quarter of the classifier's time per post.
 */

import { normalise } from './normalise.js';

export type TokenKind = 'word' | 'hashtag' | 'mention';

export interface Token {
  kind: TokenKind;
  /** Normalised text without the # or @ marker. */
  text: string;
}

/** Not part of a token. */
const OTHER = 0;
/** a–z and 0–9: the Latin side of a script change. */
const ASCII_ALNUM = 1;
/** Letters and marks of a script other than Latin: the other side of a script change. */
const NON_LATIN = 2;
/** Other token characters: Latin letters beyond ASCII, upper case, other digits, '_'. */
const NEUTRAL = 3;
/**
 * Lone Hangul jamo (ㅋ, ㅠ, ㅇ): Korean writes laughter and tears as runs of them glued to a word
 * ("안됨ㅋㅋ", "카톡ㅠㅠ"), which split off it as a script change does. NFKC turns the compatibility
 * jamo people type (U+3131–U+318E) into conjoining ones (U+1100–U+11FF), which it composes into
 * syllables where they make one: what is left in normalised text stands alone.
 */
const JAMO = 4;

function isJamo(code: number): boolean {
  return (code >= 0x1100 && code <= 0x11ff) || (code >= 0x3131 && code <= 0x318e);
}

const TOKEN_CHAR = /[\p{L}\p{M}\p{N}_]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LATIN = /\p{Script=Latin}/u;

function classOf(char: string): number {
  if (!TOKEN_CHAR.test(char)) return OTHER;
  if (char.length === 1 && isJamo(char.charCodeAt(0))) return JAMO;
  if (/^[a-z0-9]$/.test(char)) return ASCII_ALNUM;
  return LETTER_OR_MARK.test(char) && !LATIN.test(char) ? NON_LATIN : NEUTRAL;
}

/** Class of every UTF-16 code unit of the Basic Multilingual Plane (64 KB, built once). */
const BMP_CLASS: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    table[code] = classOf(String.fromCharCode(code));
  }
  return table;
})();

const HASH = 0x23;
const AT = 0x40;
const DOT = 0x2e;
const AMPERSAND = 0x26;
const HYPHEN = 0x2d;

/**
 * Classes of the code points beyond the BMP met so far (emoji, mostly): classOf runs three
 * Unicode-property regular expressions, too slow for every emoji of every post. Few distinct
 * code points occur, and the memo gives the same answer classOf would. Bounded, so odd text
 * cannot grow it without limit.
 */
const astralClasses = new Map<number, number>();
const ASTRAL_MEMO_SIZE = 10_000;

function astralClassOf(codePoint: number): number {
  let cls = astralClasses.get(codePoint);
  if (cls === undefined) {
    cls = classOf(String.fromCodePoint(codePoint));
    if (astralClasses.size < ASTRAL_MEMO_SIZE) astralClasses.set(codePoint, cls);
  }
  return cls;
}

/** The class of the character at `at`; surrogate pairs are classed by their code point. */
function classAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return BMP_CLASS[code] as number;
  return astralClassOf(text.codePointAt(at) as number);
}

/** Code units taken by the character at `at`: 2 for a surrogate pair. */
function widthAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff || at + 1 >= text.length) return 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
}

function isAsciiWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code > 0x7f && /\s/.test(String.fromCharCode(code)));
}

function isUrlInitial(code: number): boolean {
  return code === 0x68 || code === 0x77;
}

/** Where a URL starting at `at` ends (the next whitespace), or -1 when none starts there. */
function urlEnd(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (!isUrlInitial(code)) return -1;
  if (at > 0 && isAsciiWordChar(text.charCodeAt(at - 1))) return -1;
  if (!(text.startsWith('http://', at) || text.startsWith('https://', at) || text.startsWith('www.', at))) return -1;
  // "www." or "http://" needs at least one more non-space character.
  let end = at + (code === 0x77 ? 4 : text.charCodeAt(at + 4) === 0x73 ? 8 : 7);
  if (end >= text.length || isWhitespace(text.charCodeAt(end))) return -1;
  while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
  return end;
}

export function tokenize(normalised: string): Token[] {
  const tokens: Token[] = [];
  const text = normalised;
  let at = 0;
  while (at < text.length) {
    // Only h and w can begin a URL: test the code unit before calling urlEnd at every position.
    const skipTo = isUrlInitial(text.charCodeAt(at)) ? urlEnd(text, at) : -1;
    if (skipTo >= 0) {
      at = skipTo;
      continue;
    }
    if (classAt(text, at) === OTHER) {
      at += widthAt(text, at);
      continue;
    }
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    const kind: TokenKind = before === HASH ? 'hashtag' : before === AT ? 'mention' : 'word';
    at = readToken(text, at, kind, tokens);
  }
  return tokens;
}

/** Reads one token from `start` (a token character), pushes it (split at script changes when a word) and returns where it ends. */
function readToken(text: string, start: number, kind: TokenKind, tokens: Token[]): number {
  let at = start;
  let partStart = start;
  let previous = OTHER;
  while (at < text.length) {
    const code = text.charCodeAt(at);
    // Outside a surrogate pair (nearly always) the class is one table read and the width 1.
    const single = code < 0xd800 || code > 0xdbff;
    const cls = single ? (BMP_CLASS[code] as number) : classAt(text, at);
    // A URL may start inside a token after a non-ASCII letter ("ühttp://"); only h and w can begin one.
    if (at > start && cls === ASCII_ALNUM && isUrlInitial(code) && urlEnd(text, at) >= 0) break;
    if (cls === OTHER) {
      // An inner dot or ampersand joins two runs of token characters: "by.u", "at&t"; in a
      // hashtag, a hyphen too ("#e-DevletÇöktü" is one tag, not "#e" and a word).
      const joins = code === DOT || code === AMPERSAND || (code === HYPHEN && kind === 'hashtag');
      if (joins && at + 1 < text.length && classAt(text, at + 1) !== OTHER) {
        if (urlEnd(text, at + 1) >= 0) break;
        previous = OTHER;
        at++;
        continue;
      }
      break;
    }
    if (kind === 'word' && splitsBetween(previous, cls)) {
      tokens.push({ kind, text: text.slice(partStart, at) });
      partStart = at;
    }
    previous = cls;
    at += single ? 1 : widthAt(text, at);
  }
  tokens.push({ kind, text: text.slice(partStart, at) });
  return at;
}

/** Whether a word splits between characters of these classes: Latin and another script, or jamo and anything else. */
function splitsBetween(previous: number, cls: number): boolean {
  if (previous === OTHER || previous === cls) return false;
  if (previous === JAMO || cls === JAMO) return true;
  return (previous === ASCII_ALNUM && cls === NON_LATIN) || (previous === NON_LATIN && cls === ASCII_ALNUM);
}

/** A text's words as a post's are matched: normalised, tokenised, the tokens' texts (names, entries, locations). */
export function wordsOf(text: string): string[] {
  return tokenize(normalise(text)).map((token) => token.text);
}
