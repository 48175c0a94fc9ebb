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

interface PhraseNode<T> {
  /** Values of the phrase that ends here, or undefined when the key is only a prefix. */
  values: T[] | undefined;
  /** Some longer phrase starts with this key. */
  prefix: boolean;
}

export class PhraseIndex<T> {
  // One map for phrases and their prefixes: a single lookup per step of the walk.
  private readonly nodes = new Map<string, PhraseNode<T>>();
  private phraseCount = 0;

  private node(key: string): PhraseNode<T> {
    let node = this.nodes.get(key);
    if (!node) {
      node = { values: undefined, prefix: false };
      this.nodes.set(key, node);
    }
    return node;
  }

  /** Adds a phrase written naturally; it is normalised and tokenised like posts are. */
  add(phrase: string, value: T): void {
    const words = tokenize(normalise(phrase)).map((t) => t.text);
    if (words.length === 0) return;
    for (let n = 1; n < words.length; n++) this.node(words.slice(0, n).join(' ')).prefix = true;
    const node = this.node(words.join(' '));
    if (!node.values) {
      node.values = [];
      this.phraseCount++;
    }
    node.values.push(value);
  }

  get size(): number {
    return this.phraseCount;
  }

  /** Every phrase occurrence in the word sequence (overlapping ones included). */
  match(words: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < words.length; start++) {
      let key = words[start] as string;
      let node = this.nodes.get(key);
      for (let end = start; node !== undefined;) {
        if (node.values) for (const value of node.values) found.push({ value, start, end: end + 1 });
        if (!node.prefix || ++end >= words.length) break;
        key = `${key} ${words[end] as string}`;
        node = this.nodes.get(key);
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
