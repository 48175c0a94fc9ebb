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

/** Room for word ids in an edge key (parent node × this + word id stays below 2^53). */
const WORD_ID_LIMIT = 2 ** 24;

export class PhraseIndex<T> {
  /**
   * The trie as one flat map: (parent node, word id) → child node. One Map entry per edge
   * instead of a Map object per node keeps tens of thousands of place names and cues to a
   * few megabytes. Node 0 is the root.
   */
  private readonly edges = new Map<number, number>();
  /** Values of the phrase ending at each node, by node id. */
  private readonly values: (T[] | undefined)[] = [undefined];
  /** Nodes some longer phrase continues from, by node id. */
  private readonly continues: boolean[] = [false];
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
    let node = 0;
    for (const word of words) {
      const id = this.vocabulary.intern(word);
      if (id >= WORD_ID_LIMIT) throw new Error(`vocabulary over ${WORD_ID_LIMIT} words`);
      this.continues[node] = true;
      const key = node * WORD_ID_LIMIT + id;
      let child = this.edges.get(key);
      if (child === undefined) {
        child = this.values.length;
        this.values.push(undefined);
        this.continues.push(false);
        this.edges.set(key, child);
      }
      node = child;
    }
    let list = this.values[node];
    if (!list) {
      list = [];
      this.values[node] = list;
      this.phraseCount++;
    }
    if (!list.includes(value)) list.push(value);
  }

  get size(): number {
    return this.phraseCount;
  }

  /** Every phrase occurrence in the words, given as ids of this index's vocabulary (`vocabulary.encode`); overlapping ones included. */
  matchIds(ids: Int32Array): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < ids.length; start++) {
      const first = ids[start] as number;
      if (first < 0) continue;
      let node = this.edges.get(first);
      let end = start;
      while (node !== undefined) {
        const here = this.values[node];
        if (here) for (const value of here) found.push({ value, start, end: end + 1 });
        if (!this.continues[node] || ++end >= ids.length) break;
        const next = ids[end] as number;
        node = next < 0 ? undefined : this.edges.get(node * WORD_ID_LIMIT + next);
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
