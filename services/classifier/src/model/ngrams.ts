/**
 * Character n-grams of a post's words, hashed into a fixed number of buckets: the features of
 * the complaint model. A word is a run of letters, marks and digits: punctuation, emoji and
 * other symbols separate words and are not features (an emoji says more about who wrote a
 * post than whether it complains: the fixtures' jokes carry 😂, and so do real complaints).
 * Each word is padded with a space on each side
 * and every run of `MIN_NGRAM`..`MAX_NGRAM` characters in it is one feature, so the features
 * see word starts and ends ("down " / " cai") in every script without a tokenizer or a
 * vocabulary; each pair of neighbouring words is one more ("nahi chal", "not down"), which the
 * n-grams, stopping at word ends, cannot see.
 *
 * The hash is FNV-1a over the UTF-16 code units of the n-gram, its bucket the top bits of it
 * times 2³²/φ; collisions share a bucket, which the model learns around.
 */

export const NGRAM_BITS = 18;
export const MIN_NGRAM = 2;
export const MAX_NGRAM = 5;
/** Slots of a post's table at first (a power of two). */
const MIN_SLOTS = 4096;
const SPACE = 0x20;

/** A post's features: bucket numbers and their values (count / √(n-grams)), in first-seen order. */
export interface SparseFeatures {
  readonly indices: Int32Array;
  readonly values: Float32Array;
}

/**
 * Hashes texts into buckets. A feature's value is its count over √(the post's number of
 * n-grams and pairs): unit length when no bucket repeats, as in most posts, and so the model's
 * score is a plain sum of weights over the post's n-grams, with no table of counts (a table as
 * large as the buckets cost a cache miss per n-gram, a third of the classifier's time; a small
 * table of the post's own buckets, a sixth).
 */
export class NgramHasher {
  /** Training only: a post's distinct buckets and their counts, in an open-addressing table of the post's own. */
  private slots = new Int32Array(MIN_SLOTS);
  private slotCounts = new Int32Array(MIN_SLOTS);
  /** The slots in use, in first-seen order. */
  private used = new Int32Array(MIN_SLOTS / 2);
  private usedCount = 0;
  /** Scoring only: the weights summed over the post's n-grams (when set, `add` sums instead of counting). */
  private weights: Int8Array | undefined = undefined;
  private weightSum = 0;
  /** N-grams and pairs of the post so far. */
  private total = 0;
  /** A word's code units with its padding (`countWord`). */
  private padded = new Int32Array(64);

  /** The features of a text, copied out (for training). */
  features(text: string): SparseFeatures {
    this.weights = undefined;
    this.countAll(text);
    const n = this.usedCount;
    const indices = new Int32Array(n);
    const values = new Float32Array(n);
    const scale = 1 / Math.sqrt(this.total || 1);
    for (let i = 0; i < n; i++) {
      const slot = this.used[i] as number;
      indices[i] = (this.slots[slot] as number) - 1;
      values[i] = (this.slotCounts[slot] as number) * scale;
      this.slots[slot] = 0;
      this.slotCounts[slot] = 0;
    }
    this.usedCount = 0;
    return { indices, values };
  }

  /**
   * `bias` plus the dot product of the text's features with the weights, each
   * `weights[bucket] * scale` (8-bit weights: a table a quarter of the size of floats).
   */
  dot(text: string, weights: Int8Array, scale: number, bias: number): number {
    this.weights = weights;
    this.weightSum = 0;
    this.countAll(text);
    this.weights = undefined;
    return this.total === 0 ? bias : bias + (scale * this.weightSum) / Math.sqrt(this.total);
  }

  /** Counts the text's n-grams and word pairs (or sums their weights). */
  private countAll(text: string): void {
    this.total = 0;
    // At most MAX_NGRAM n-grams and a pair per character (and the padding): keep the table at most half full.
    const most = (MAX_NGRAM + 1) * (text.length + 2);
    if (this.weights === undefined && 2 * most > this.slots.length) this.resize(2 * most);
    let wordStart = -1;
    let previousWord = 0;
    for (let i = 0; i <= text.length; i++) {
      const boundary = i === text.length || WORD_UNITS[text.charCodeAt(i)] === 0;
      if (!boundary) {
        if (wordStart < 0) wordStart = i;
      } else if (wordStart >= 0) {
        const word = this.countWord(text, wordStart, i);
        // Pairs of words ("nahi chal", "not down"): the n-grams stop at word ends.
        if (previousWord !== 0) this.add(bucketOf(Math.imul(previousWord ^ 0x9e3779b9, 0x01000193) ^ word));
        previousWord = word;
        wordStart = -1;
      }
    }
  }

  /** Counts the n-grams of text[from, to) padded with a space on each side; returns the word's hash (FNV-1a, never 0). */
  private countWord(text: string, from: number, to: number): number {
    // The word padded with a space on each side, read once (and hashed as it is read).
    const length = to - from + 2;
    if (length > this.padded.length) this.padded = new Int32Array(2 * length);
    const padded = this.padded;
    padded[0] = SPACE;
    let word = 0x811c9dc5;
    for (let i = from; i < to; i++) {
      const unit = text.charCodeAt(i);
      padded[i - from + 1] = unit;
      word = Math.imul(word ^ unit, 0x01000193);
    }
    padded[length - 1] = SPACE;
    for (let first = 0; first < length; first++) {
      let hash = 0x811c9dc5;
      const last = Math.min(length, first + MAX_NGRAM);
      for (let at = first; at < last; at++) {
        hash = Math.imul(hash ^ (padded[at] as number), 0x01000193);
        if (at - first + 1 >= MIN_NGRAM) this.add(bucketOf(hash));
      }
    }
    return word | 1;
  }

  private add(bucket: number): void {
    this.total++;
    if (this.weights !== undefined) {
      this.weightSum += this.weights[bucket] as number;
      return;
    }
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

  /** Room for `slots` slots (a power of two), empty. */
  private resize(slots: number): void {
    let size = this.slots.length;
    while (size < slots) size *= 2;
    this.slots = new Int32Array(size);
    this.slotCounts = new Int32Array(size);
    this.used = new Int32Array(size / 2);
  }
}

/** A hash's bucket: its top bits after a multiplication by 2³²/φ (Fibonacci hashing mixes the low bits FNV leaves alike into them). */
function bucketOf(hash: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - NGRAM_BITS);
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
