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

/** Integers per edge-table slot. */
const SLOT_WIDTH = 3;

/**
 * The trie's edges, (parent node, word id) → child node, in one open-addressing table of
 * integers. A Map keyed by parent × 2^24 + id held keys beyond the small-integer range, which
 * V8 boxes as heap numbers: each lookup allocated and hashed a double, and matching cost a
 * seventh of classification time. Here a lookup is a few typed-array reads, and one slot's
 * three integers sit side by side, so a probe reads one cache line rather than three.
 */
class EdgeTable {
  /** Per slot: parent node + 1 (0 for an empty slot), word id, child node. */
  private slots = new Int32Array(SLOT_WIDTH * 1024);
  /**
   * A bit set over other bits of the edge hash than the slot's, FILTER_BITS_PER_SLOT bits per
   * slot, a bit set for each edge. Most lookups are for an
   * edge that is absent (the next word of a post continues no phrase); a clear bit says so
   * from 32 KB that stay in the CPU's near caches, where the probe reads a line of a table of
   * the cues' 768 KB at a random place.
   */
  private filter = new Int32Array((1024 * FILTER_BITS_PER_SLOT) / 32);
  private filterShift = 32 - Math.log2(1024 * FILTER_BITS_PER_SLOT);
  private count = 0;

  get(parent: number, wordId: number): number {
    const hash = edgeHash(parent, wordId);
    const bit = Math.imul(hash, FILTER_MIX) >>> this.filterShift;
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = slots.length / SLOT_WIDTH - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_WIDTH;
      const stored = slots[at] as number;
      if (stored === 0) return -1;
      if (stored === parent + 1 && slots[at + 1] === wordId) return slots[at + 2] as number;
    }
  }

  /** Adds an edge known to be absent. */
  set(parent: number, wordId: number, child: number): void {
    if ((this.count + 1) * 2 > this.slots.length / SLOT_WIDTH) this.grow();
    this.place(parent, wordId, child);
    this.count++;
  }

  private place(parent: number, wordId: number, child: number): void {
    const mask = this.slots.length / SLOT_WIDTH - 1;
    const hash = edgeHash(parent, wordId);
    let slot = hash & mask;
    while (this.slots[slot * SLOT_WIDTH] !== 0) slot = (slot + 1) & mask;
    this.slots.set([parent + 1, wordId, child], slot * SLOT_WIDTH);
    const bit = Math.imul(hash, FILTER_MIX) >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2);
    const filterBits = (this.slots.length / SLOT_WIDTH) * FILTER_BITS_PER_SLOT;
    this.filter = new Int32Array(filterBits / 32);
    this.filterShift = 32 - Math.log2(filterBits);
    for (let at = 0; at < old.length; at += SLOT_WIDTH) {
      if (old[at] !== 0) this.place((old[at] as number) - 1, old[at + 1] as number, old[at + 2] as number);
    }
  }
}

/** Filter bits per slot of the edge table: with the table at most half full, over 8 bits an edge (about 1 in 10 absent edges gets past). */
const FILTER_BITS_PER_SLOT = 4;
/** Remixes the edge hash for the filter, whose bit must not follow from the slot. */
const FILTER_MIX = 0x27d4eb2f;

function edgeHash(parent: number, wordId: number): number {
  return Math.imul(parent, 0x9e3779b1) ^ Math.imul(wordId, 0x85ebca6b);
}

/** Node flags: a phrase ends at the node; a longer phrase continues from it; it has more than one value. */
const ENDS_PHRASE = 1;
const CONTINUES = 2;
const MORE_VALUES = 4;

export class PhraseIndex<T> {
  /** The trie below the first word; node 0 is the root. */
  private readonly edges = new EdgeTable();
  /**
   * The root's children by word id (-1: no phrase starts with it): every token of a post is
   * looked up here, so a dense array read rather than a hash probe.
   */
  private firstWords = new Int32Array(0);
  /**
   * The (first) value of the phrase ending at each node, by node id: the value itself, not a
   * list of one, so a match reads one pointer where a list cost two more dependent reads
   * (the list, its elements) at cold places in the heap, a sixth of the time of every post.
   */
  private readonly values: (T | undefined)[] = [undefined];
  /** The second and later values of the few nodes that have several (MORE_VALUES), in the order added. */
  private readonly moreValues = new Map<number, T[]>();
  /**
   * Per node, ENDS_PHRASE, CONTINUES and MORE_VALUES bits: one byte a node, so a walk reads
   * the values array (of pointers) only at nodes where a phrase ends.
   */
  private nodeFlags = new Uint8Array(1024);
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
      this.setFlag(node, CONTINUES);
      let child = this.childOf(node, id);
      if (child < 0) {
        child = this.values.length;
        this.values.push(undefined);
        this.addChild(node, id, child);
      }
      node = child;
    }
    if (((this.nodeFlags[node] as number) & ENDS_PHRASE) === 0) {
      this.values[node] = value;
      this.setFlag(node, ENDS_PHRASE);
      this.phraseCount++;
      return;
    }
    if (this.values[node] === value) return;
    const more = this.moreValues.get(node);
    if (more === undefined) {
      this.moreValues.set(node, [value]);
      this.setFlag(node, MORE_VALUES);
    } else if (!more.includes(value)) more.push(value);
  }

  get size(): number {
    return this.phraseCount;
  }

  private setFlag(node: number, flag: number): void {
    if (node >= this.nodeFlags.length) {
      const grown = new Uint8Array(Math.max(node + 1, this.nodeFlags.length * 2));
      grown.set(this.nodeFlags);
      this.nodeFlags = grown;
    }
    this.nodeFlags[node] = (this.nodeFlags[node] as number) | flag;
  }

  private childOf(node: number, wordId: number): number {
    if (node !== 0) return this.edges.get(node, wordId);
    return wordId < this.firstWords.length ? (this.firstWords[wordId] as number) : -1;
  }

  private addChild(node: number, wordId: number, child: number): void {
    if (node !== 0) return this.edges.set(node, wordId, child);
    if (wordId >= this.firstWords.length) {
      const grown = new Int32Array(Math.max(wordId + 1, this.firstWords.length * 2)).fill(-1);
      grown.set(this.firstWords);
      this.firstWords = grown;
    }
    this.firstWords[wordId] = child;
  }

  /** Every phrase occurrence in the words, given as ids of this index's vocabulary (`vocabulary.encode`); overlapping ones included. */
  matchIds(ids: readonly number[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let start = 0; start < ids.length; start++) {
      const first = ids[start] as number;
      if (first < 0 || first >= this.firstWords.length) continue;
      let node = this.firstWords[first] as number;
      let end = start;
      while (node >= 0) {
        const flags = this.nodeFlags[node] as number;
        if ((flags & ENDS_PHRASE) !== 0) {
          found.push({ value: this.values[node] as T, start, end: end + 1 });
          if ((flags & MORE_VALUES) !== 0) for (const value of this.moreValues.get(node) as T[]) found.push({ value, start, end: end + 1 });
        }
        if ((flags & CONTINUES) === 0 || ++end >= ids.length) break;
        const next = ids[end] as number;
        node = next < 0 ? -1 : this.edges.get(node, next);
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
  /** Entries by the code unit they start with: a post is scanned once, trying only entries that can start at each position. */
  private readonly byFirstCode = new Map<number, SubstringEntry<T>[]>();
  /**
   * The same entries by their first two code units, each list with the one-unit entries of its
   * first unit, in the order they were added: Thai writes many entries after the same leading
   * vowel (เ starts a hundred), and the second unit rules out nearly all of them. Built at the
   * first match after an `add`.
   */
  private byFirstPair: Map<number, SubstringEntry<T>[]> | undefined;
  /** The one-unit entries of each first code unit, for positions whose pair starts no entry. */
  private singles = new Map<number, SubstringEntry<T>[]>();
  /**
   * 1 for the code units some entry starts with: most characters of a post start none, and
   * a typed-array read says so where a Map lookup per character cost a few percent of the
   * time of every Thai, Japanese and Chinese post.
   */
  private readonly firstCodes = new Uint8Array(0x10000);

  add(phrase: string, value: T): void {
    for (const form of normaliseVariants(phrase)) {
      const text = form.trim();
      if (text.length === 0) continue;
      const first = text.charCodeAt(0);
      this.firstCodes[first] = 1;
      const bucket = this.byFirstCode.get(first) ?? [];
      if (!bucket.some((e) => e.text === text && e.value === value)) bucket.push({ text, value });
      this.byFirstCode.set(first, bucket);
      this.byFirstPair = undefined;
    }
  }

  /** Every entry found in the normalised text, with its character offset (first occurrence of each). */
  match(normalised: string): { value: T; at: number; length: number }[] {
    const byPair = (this.byFirstPair ??= this.pairIndex());
    const found: { value: T; at: number; length: number }[] = [];
    let seen: Set<SubstringEntry<T>> | undefined;
    for (let at = 0; at < normalised.length; at++) {
      const code = normalised.charCodeAt(at);
      if (this.firstCodes[code] === 0) continue;
      const next = at + 1 < normalised.length ? normalised.charCodeAt(at + 1) : -1;
      const bucket = (next >= 0 ? byPair.get(code * 0x10000 + next) : undefined) ?? this.singles.get(code);
      if (!bucket) continue;
      for (const entry of bucket) {
        if (seen?.has(entry) !== true && normalised.startsWith(entry.text, at)) {
          (seen ??= new Set()).add(entry);
          found.push({ value: entry.value, at, length: entry.text.length });
        }
      }
    }
    return found;
  }

  private pairIndex(): Map<number, SubstringEntry<T>[]> {
    const byPair = new Map<number, SubstringEntry<T>[]>();
    this.singles = new Map();
    for (const [first, bucket] of this.byFirstCode) {
      const singles = bucket.filter((e) => e.text.length === 1);
      if (singles.length > 0) this.singles.set(first, singles);
      const seconds = new Set(bucket.filter((e) => e.text.length > 1).map((e) => e.text.charCodeAt(1)));
      for (const second of seconds) {
        byPair.set(
          first * 0x10000 + second,
          bucket.filter((e) => e.text.length === 1 || e.text.charCodeAt(1) === second),
        );
      }
    }
    return byPair;
  }
}

interface SubstringEntry<T> {
  text: string;
  value: T;
}
