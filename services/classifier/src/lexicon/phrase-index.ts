/**
 * Multi-word phrase lookup over tokens: a trie keyed by interned word ids. Matching walks
 * from each token while some phrase continues, so a post costs about one integer Map lookup
 * per token whatever the number of phrases.
 *
 * Chosen over an Aho–Corasick package: matching must respect word boundaries ("down" must
 * not fire inside "download" or "lockdown"), which a token-level hash walk gives for free,
 * and it measured faster than the character automata on posts of this size.
 */
import { normaliseVariants } from '../text/normalise.js';
import { tokenize } from '../text/tokens.js';
import { Vocabulary } from './vocabulary.js';

export interface PhraseMatch<T> {
  value: T;
  /** First token index, inclusive. */
  start: number;
  /** Last token index, exclusive. */
  end: number;
}

interface TrieNode<T> {
  /** Values of the phrase that ends here. */
  values?: T[];
  /** Next word id → longer phrases. */
  next?: Map<number, TrieNode<T>>;
}

export class PhraseIndex<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  private phraseCount = 0;

  /** @param vocabulary shared by every index a post is matched against, so its words are looked up once. */
  constructor(readonly vocabulary: Vocabulary = new Vocabulary()) {}

  /** Adds a phrase written naturally; it is normalised and tokenised like posts are (in each form it may take). */
  add(phrase: string, value: T): void {
    for (const form of normaliseVariants(phrase)) this.addForm(form, value);
  }

  private addForm(form: string, value: T): void {
    const words = tokenize(form).map((t) => t.text);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      const id = this.vocabulary.intern(word);
      node.next ??= new Map();
      let child = node.next.get(id);
      if (!child) {
        child = {};
        node.next.set(id, child);
      }
      node = child;
    }
    if (!node.values) {
      node.values = [];
      this.phraseCount++;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  get size(): number {
    return this.phraseCount;
  }

  /** Every phrase occurrence in the words (overlapping ones included). */
  match(words: readonly string[]): PhraseMatch<T>[] {
    return this.matchIds(this.vocabulary.encode(words));
  }

  /** The same over word ids from this index's vocabulary (`vocabulary.encode`). */
  matchIds(ids: Int32Array): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    const top = this.root.next as Map<number, TrieNode<T>>;
    for (let start = 0; start < ids.length; start++) {
      let node = top.get(ids[start] as number);
      let end = start;
      while (node !== undefined) {
        if (node.values) for (const value of node.values) found.push({ value, start, end: end + 1 });
        if (!node.next || ++end >= ids.length) break;
        node = node.next.get(ids[end] as number);
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
  /** Entries by their first character: a post is scanned once, trying only entries that can start at each position. */
  private readonly byFirstChar = new Map<string, { text: string; value: T }[]>();

  add(phrase: string, value: T): void {
    for (const form of normaliseVariants(phrase)) {
      const text = form.trim();
      if (text.length === 0) continue;
      const bucket = this.byFirstChar.get(text[0] as string) ?? [];
      if (!bucket.some((e) => e.text === text && e.value === value)) bucket.push({ text, value });
      this.byFirstChar.set(text[0] as string, bucket);
    }
  }

  /** Every entry found in the normalised text, with its character offset (first occurrence of each). */
  match(normalised: string): { value: T; at: number; length: number }[] {
    const found: { value: T; at: number; length: number }[] = [];
    const seen = new Set<{ text: string; value: T }>();
    for (let at = 0; at < normalised.length; at++) {
      const bucket = this.byFirstChar.get(normalised[at] as string);
      if (!bucket) continue;
      for (const entry of bucket) {
        if (!seen.has(entry) && normalised.startsWith(entry.text, at)) {
          seen.add(entry);
          found.push({ value: entry.value, at, length: entry.text.length });
        }
      }
    }
    return found;
  }
}
