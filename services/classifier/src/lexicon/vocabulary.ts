/**
 * Interns the words of every lexicon, alias and place name as small integers. A post's
 * words are looked up once each and every index after that walks on integers: no phrase
 * keys are built by concatenation, and per-word tables are arrays.
 *
 * Lookup is an open-addressing table over a hash computed here rather than a Map: a post's
 * words are new strings, and V8 hashes a new string key in a runtime call that cost more
 * (about a tenth of all classification time) than this loop over its characters.
 *
 * The words' characters are kept again, end to end, in one array of code units, and a slot
 * says where its word's run starts: a probe that finds its hash compares against that run
 * (one cache line) rather than reading `words` and then the string object (two cache misses,
 * and the string comparison was half the lookup's time).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** Every word's code units, end to end, in order of id. */
  private chars = new Uint16Array(16 * 1024);
  /** Where each word's code units start in `chars`, by id. */
  private readonly charStarts: number[] = [];
  private charCount = 0;
  /**
   * SLOT_WIDTH integers per slot: the word id + 1 (0 for an empty slot), the word's hash (a
   * probe compares words only when hashes agree), where its code units start in `chars` and
   * how many. Interleaved, a probe reads one cache line where parallel arrays cost a miss
   * each; 16 bytes, so a slot never straddles a line. Slot count a power of two, at most
   * three quarters full (linear probing stays short there, and the table stays 512 KB).
   */
  private slots = new Int32Array(SLOT_WIDTH * 1024);
  /**
   * FILTER_BITS_PER_SLOT bits per slot, a bit set for each word from other bits of its hash
   * than the slot's: a clear bit says a word is unknown from a table a sixteenth the size of
   * the slots. A fifth of a post's words are in no lexicon, and nearly all of them are in no
   * gazetteer, whose slot table is 1 MB, as large as the CPU's L2 cache.
   */
  private filter = new Int32Array((1024 * FILTER_BITS_PER_SLOT) / 32);
  private filterShift = 32 - Math.log2(1024 * FILTER_BITS_PER_SLOT);

  /** The id of a word, adding it when new (build time). */
  intern(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.words.length;
      this.ids.set(word, id);
      this.words.push(word);
      this.keepChars(word);
      const slotCount = this.slots.length / SLOT_WIDTH;
      if (this.words.length * 4 > slotCount * 3) this.rehash(slotCount * 2);
      else this.place(id);
    }
    return id;
  }

  /** The id of a word, or -1 when no index knows it. */
  idOf(word: string): number {
    const hash = wordHash(word);
    const bit = Math.imul(hash, FILTER_MIX) >>> this.filterShift;
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    const mask = slots.length / SLOT_WIDTH - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_WIDTH;
      const entry = slots[at] as number;
      if (entry === 0) return -1;
      if (slots[at + 1] === hash && slots[at + 3] === word.length && this.charsEqual(word, slots[at + 2] as number)) return entry - 1;
    }
  }

  /** Whether the code units from `start` in `chars` are the word's (its length already equal). */
  private charsEqual(word: string, start: number): boolean {
    const chars = this.chars;
    for (let i = 0; i < word.length; i++) if (chars[start + i] !== word.charCodeAt(i)) return false;
    return true;
  }

  private keepChars(word: string): void {
    if (this.charCount + word.length > this.chars.length) {
      const grown = new Uint16Array(Math.max(this.chars.length * 2, this.charCount + word.length));
      grown.set(this.chars);
      this.chars = grown;
    }
    this.charStarts.push(this.charCount);
    for (let i = 0; i < word.length; i++) this.chars[this.charCount++] = word.charCodeAt(i);
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

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(SLOT_WIDTH * slotCount);
    this.filter = new Int32Array((slotCount * FILTER_BITS_PER_SLOT) / 32);
    this.filterShift = 32 - Math.log2(slotCount * FILTER_BITS_PER_SLOT);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length / SLOT_WIDTH - 1;
    const word = this.words[id] as string;
    const hash = wordHash(word);
    let slot = hash & mask;
    while (this.slots[slot * SLOT_WIDTH] !== 0) slot = (slot + 1) & mask;
    this.slots.set([id + 1, hash, this.charStarts[id] as number, word.length], slot * SLOT_WIDTH);
    const bit = Math.imul(hash, FILTER_MIX) >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
  }
}

/** Integers per slot of the vocabulary table: id + 1, hash, start and length of the word's code units. */
const SLOT_WIDTH = 4;

/**
 * Filter bits per slot: with the table at most three quarters full, over 10 bits a word (about
 * 1 in 12 unknown words gets past); 32 KB for today's vocabulary, as before the slots widened.
 */
const FILTER_BITS_PER_SLOT = 8;
/** Remixes the word hash for the filter, whose bit must not follow from the slot. */
const FILTER_MIX = 0x27d4eb2f;

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (a small integer to V8, never boxed). */
function wordHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}
