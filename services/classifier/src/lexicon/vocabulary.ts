/**
 * Interns the words of every lexicon, alias and place name as small integers. A post's
 * words are looked up once each and every index after that walks on integers: no phrase
 * keys are built by concatenation, and per-word tables are arrays.
 *
 * Lookup is an open-addressing table over a hash computed here rather than a Map: a post's
 * words are new strings, and V8 hashes a new string key in a runtime call that cost more
 * (about a tenth of all classification time) than this loop over its characters.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Word id + 1 per slot, 0 for empty; size a power of two, at most half full. */
  private slots = new Int32Array(1024);
  /** The hash of each slot's word: a probe compares strings only when hashes agree. */
  private slotHashes = new Int32Array(1024);

  /** The id of a word, adding it when new (build time). */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      if (this.words.length * 2 > this.slots.length) this.rehash(this.slots.length * 2);
      else this.place(id);
    }
    return id;
  }

  /** The id of a word, or -1 when no index knows it. */
  idOf(word: string): number {
    const hash = wordHash(word);
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = this.slots[slot] as number;
      if (entry === 0) return -1;
      if (this.slotHashes[slot] === hash && this.words[entry - 1] === word) return entry - 1;
    }
  }

  /** Ids of a post's words, -1 for words no index knows (they match nothing). */
  encode(words: readonly string[]): number[] {
    // A plain array of small integers: cheaper to allocate than a typed array for a dozen words.
    const out: number[] = [];
    for (let i = 0; i < words.length; i++) out.push(this.idOf(words[i] as string));
    return out;
  }

  get size(): number {
    return this.words.length;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    this.slotHashes = new Int32Array(capacity);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    const hash = wordHash(this.words[id] as string);
    let slot = hash & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
    this.slotHashes[slot] = hash;
  }
}

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (a small integer to V8, never boxed). */
function wordHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}
