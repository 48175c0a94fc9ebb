/**
 * Character n-grams of a post's words, hashed into a fixed number of buckets: the features of
 * the complaint model. A word is a run of letters, marks and digits: punctuation, emoji and
 * other symbols separate words and are not features (an emoji says more about who wrote a
 * post than whether it complains: the fixtures' jokes carry 😂, and so do real complaints).
 * Each word is padded with a space on each side
 * and every run of `MIN_NGRAM`..`MAX_NGRAM` characters in it is one feature, so the features
 * see word starts and ends ("down " / " cai") in every script without a tokenizer or a
 * vocabulary; each pair of neighbouring words is one more ("nahi chal", "not down"), which the
 * n-grams, stopping at word ends, cannot see. Counts per bucket, scaled to unit length (a long post is not more of a complaint
 * for being long).
 *
 * The hash is FNV-1a over the UTF-16 code units of the n-gram, then MurmurHash3's finaliser
 * (similar n-grams land far apart); collisions share a bucket, which the model learns around.
 */

export const NGRAM_BITS = 18;
export const MIN_NGRAM = 2;
export const MAX_NGRAM = 5;
const MASK = (1 << NGRAM_BITS) - 1;
/** Slots of a post's table at first (a power of two). */
const MIN_SLOTS = 4096;
const SPACE = 0x20;

/** A post's features: bucket numbers and their values (unit length), in first-seen order. */
export interface SparseFeatures {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/**
 * Hashes texts into buckets. A post's distinct buckets and their counts go to a small
 * open-addressing table of its own (a few thousand slots, cleared after each post), which stays
 * in cache: a table of counts as large as the buckets cost a cache miss per n-gram, a third of
 * the classifier's time.
 */
export class NgramHasher {
  /** Per slot: a bucket + 1 (0: empty). */
  private slots = new Int32Array(MIN_SLOTS);
  /** Per slot: its bucket's count. */
  private slotCounts = new Int32Array(MIN_SLOTS);
  /** The slots in use, in first-seen order. */
  private used = new Int32Array(MIN_SLOTS / 2);
  private usedCount = 0;

  /** The features of a normalised text, copied out (for training). */
  features(normalised: string): SparseFeatures {
    this.countAll(normalised);
    const n = this.usedCount;
    const indices = new Int32Array(n);
    const values = new Float32Array(n);
    const scale = 1 / this.norm();
    for (let i = 0; i < n; i++) {
      const slot = this.used[i] as number;
      indices[i] = (this.slots[slot] as number) - 1;
      values[i] = (this.slotCounts[slot] as number) * scale;
    }
    this.clear();
    return { indices, values };
  }

  /**
   * `bias` plus the dot product of the text's unit-length features with the weights, each
   * `weights[bucket] * scale` (8-bit weights: a table a quarter of the size of floats).
   */
  dot(normalised: string, weights: Int8Array, scale: number, bias: number): number {
    this.countAll(normalised);
    let sum = 0;
    for (let i = 0; i < this.usedCount; i++) {
      const slot = this.used[i] as number;
      sum += (this.slotCounts[slot] as number) * (weights[(this.slots[slot] as number) - 1] as number);
    }
    const result = this.usedCount === 0 ? bias : bias + (scale * sum) / this.norm();
    this.clear();
    return result;
  }

  /** Counts the text's n-grams and word pairs. */
  private countAll(text: string): void {
    // At most MAX_NGRAM n-grams and a pair per character (and the padding): keep the table at most half full.
    const most = (MAX_NGRAM + 1) * (text.length + 2);
    if (2 * most > this.slots.length) this.resize(2 * most);
    let wordStart = -1;
    let previousWord = 0;
    for (let i = 0; i <= text.length; i++) {
      const boundary = i === text.length || WORD_UNITS[text.charCodeAt(i)] === 0;
      if (!boundary) {
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0) {
        this.countWord(text, wordStart, i);
        const word = wordHash(text, wordStart, i);
        // Pairs of words ("nahi chal", "not down"): the n-grams stop at word ends.
        if (previousWord !== 0) this.add(finalised(Math.imul(previousWord ^ 0x9e3779b9, 0x01000193) ^ word) & MASK);
        previousWord = word;
        wordStart = -1;
      }
    }
  }

  /** The n-grams of text[from, to) padded with a space on each side. */
  private countWord(text: string, from: number, to: number): void {
    // Padded positions run from −1 (the leading space) to `to` (the trailing one).
    for (let first = from - 1; first <= to; first++) {
      let hash = 0x811c9dc5;
      for (let n = 1; n <= MAX_NGRAM && first + n - 1 <= to; n++) {
        const at = first + n - 1;
        const unit = at < from || at >= to ? SPACE : text.charCodeAt(at);
        hash = Math.imul(hash ^ unit, 0x01000193);
        if (n >= MIN_NGRAM) this.add(finalised(hash) & MASK);
      }
    }
  }

  private add(bucket: number): void {
    const slots = this.slots;
    const mask = slots.length - 1;
    const key = bucket + 1;
    let slot = bucket & mask;
    for (;;) {
      const held = slots[slot] as number;
      if (held === key) break;
      if (held === 0) {
        slots[slot] = key;
        this.used[this.usedCount++] = slot;
        break;
      }
      slot = (slot + 1) & mask;
    }
    this.slotCounts[slot] = (this.slotCounts[slot] as number) + 1;
  }

  /** √(Σ count²) of the counted buckets (1 when none). */
  private norm(): number {
    let squares = 0;
    for (let i = 0; i < this.usedCount; i++) {
      const count = this.slotCounts[this.used[i] as number] as number;
      squares += count * count;
    }
    return Math.sqrt(squares) || 1;
  }

  private clear(): void {
    for (let i = 0; i < this.usedCount; i++) {
      const slot = this.used[i] as number;
      this.slots[slot] = 0;
      this.slotCounts[slot] = 0;
    }
    this.usedCount = 0;
  }

  /** Room for `slots` slots (a power of two), empty. */
  private resize(slots: number): void {
    let size = this.slots.length;
    while (size < slots) size *= 2;
    this.slots = new Int32Array(size);
    this.slotCounts = new Int32Array(size);
    this.used = new Int32Array(size / 2);
  }
}

/** FNV-1a of text[from, to), never 0. */
function wordHash(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash | 1;
}

/** MurmurHash3's 32-bit finaliser. */
function finalised(hash: number): number {
  let x = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/**
 * By UTF-16 code unit: 1 for a letter, mark or digit (`\p{L}`, `\p{M}`, `\p{N}`), else 0.
 * Surrogates are 0: the astral planes hold emoji, and the few letters there are not worth a
 * code-point decoder.
 */
const WORD_UNITS = wordUnits();

function wordUnits(): Uint8Array {
  const units = new Uint8Array(0x10000);
  const wordChar = /[\p{L}\p{M}\p{N}]/u;
  for (let unit = 0; unit < 0x10000; unit++) {
    if (unit >= 0xd800 && unit <= 0xdfff) continue;
    units[unit] = wordChar.test(String.fromCharCode(unit)) ? 1 : 0;
  }
  return units;
}
