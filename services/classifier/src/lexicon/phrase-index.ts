/**
 * Multi-word phrase lookup over tokens. Phrases are stored under their normalised tokens
 * joined by one space; matching walks each token position and extends the key one token
 * at a time while it is still the prefix of some phrase, so a post costs a handful of Map
 * lookups per token whatever the number of phrases.
 *
 * Chosen over an Aho–Corasick package: matching must respect word boundaries ("down" must
 * not fire inside "download" or "lockdown"), which a token-level hash walk gives for free,
 * and it measured faster than the character automata on posts of this size.
 */
import { normalise } from '../text/normalise.js';
import { tokenize } from '../text/tokens.js';

export interface PhraseMatch<T> {
  value: T;
  /** First token index, inclusive. */
  start: number;
  /** Last token index, exclusive. */
  end: number;
}

export class PhraseIndex<T> {
  private readonly phrases = new Map<string, T[]>();
  private readonly prefixes = new Set<string>();

  /** Adds a phrase written naturally; it is normalised and tokenised like posts are. */
  add(phrase: string, value: T): void {
    const words = tokenize(normalise(phrase)).map((t) => t.text);
    if (words.length === 0) return;
    for (let n = 1; n < words.length; n++) this.prefixes.add(words.slice(0, n).join(' '));
    const key = words.join(' ');
    const values = this.phrases.get(key);
    if (values) values.push(value);
    else this.phrases.set(key, [value]);
  }

  get size(): number {
    return this.phrases.size;
  }

  /** Every phrase occurrence in the word sequence (overlapping ones included). */
  match(words: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < words.length; start++) {
      let key = '';
      for (let end = start; end < words.length; end++) {
        key = end === start ? (words[end] as string) : `${key} ${words[end] as string}`;
        const values = this.phrases.get(key);
        if (values) for (const value of values) found.push({ value, start, end: end + 1 });
        if (!this.prefixes.has(key)) break;
      }
    }
    return found;
  }
}

/**
 * Substring lookup for scripts written without spaces (Thai, Japanese, Chinese), where
 * word boundaries are not marked. Entries are few per language, so a scan is cheap.
 */
export class SubstringIndex<T> {
  private readonly entries: { text: string; value: T }[] = [];

  add(phrase: string, value: T): void {
    const text = normalise(phrase).trim();
    if (text.length > 0) this.entries.push({ text, value });
  }

  /** Every entry found in the normalised text, with its character offset. */
  match(normalised: string): { value: T; at: number; length: number }[] {
    const found: { value: T; at: number; length: number }[] = [];
    for (const entry of this.entries) {
      const at = normalised.indexOf(entry.text);
      if (at >= 0) found.push({ value: entry.value, at, length: entry.text.length });
    }
    return found;
  }
}
