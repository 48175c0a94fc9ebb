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
  /**
   * Three integers per slot: the word id + 1 (0 for an empty slot), the word's hash and a second,
   * independent hash. A probe that matches both is the word (64 bits of hash: a false match is
   * about one in 10^19 look-ups), so it never reads the word's string, which lies elsewhere in
   * the heap: one cache line a probe, not three.
   * Slot count a power of two, at most half full.
   */
  private slots = new Int32Array(SLOT_INTS * 1024);
  /**
   * FILTER_BITS_PER_SLOT bits per slot, a bit set for each word from other bits of its hash
   * than the slot's: a clear bit says a word is unknown from a table an eighth the size of
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
      const slotCount = this.slots.length / SLOT_INTS;
      if (this.words.length * 2 > slotCount) this.rehash(slotCount * 2);
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
    const mask = slots.length / SLOT_INTS - 1;
    let check = 0;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = SLOT_INTS * slot;
      const entry = slots[at] as number;
      if (entry === 0) return -1;
      if (slots[at + 1] !== hash) continue;
      if (check === 0) check = checkHash(word);
      if (slots[at + 2] === check) return entry - 1;
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

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(SLOT_INTS * slotCount);
    this.filter = new Int32Array((slotCount * FILTER_BITS_PER_SLOT) / 32);
    this.filterShift = 32 - Math.log2(slotCount * FILTER_BITS_PER_SLOT);
    for (let id = 0; id < this.words.length; id++) this.place(id);
  }

  private place(id: number): void {
    const mask = this.slots.length / SLOT_INTS - 1;
    const word = this.words[id] as string;
    const hash = wordHash(word);
    let slot = hash & mask;
    while (this.slots[SLOT_INTS * slot] !== 0) slot = (slot + 1) & mask;
    const at = SLOT_INTS * slot;
    this.slots[at] = id + 1;
    this.slots[at + 1] = hash;
    this.slots[at + 2] = checkHash(word);
    const bit = Math.imul(hash, FILTER_MIX) >>> this.filterShift;
    this.filter[bit >>> 5] = (this.filter[bit >>> 5] as number) | (1 << (bit & 31));
  }
}

/** Integers per slot: id + 1, hash, check hash. */
const SLOT_INTS = 3;
/** Filter bits per slot: with the table at most half full, 8 or more bits a word (about 1 in 12 unknown words gets past). */
const FILTER_BITS_PER_SLOT = 4;
/** Remixes the word hash for the filter, whose bit must not follow from the slot. */
const FILTER_MIX = 0x27d4eb2f;

/** FNV-1a over UTF-16 code units, as a signed 32-bit integer (a small integer to V8, never boxed). */
function wordHash(word: string): number {
  let hash = 0x811c9dc5 | 0;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** A second hash, independent of `wordHash` (another basis and multiplier, characters from the end), for the slot's check. */
function checkHash(word: string): number {
  let hash = 0x2c9277b5 | 0;
  for (let i = word.length - 1; i >= 0; i--) hash = Math.imul(hash ^ word.charCodeAt(i), 0x5bd1e995);
  return hash ^ (hash >>> 15);
}
