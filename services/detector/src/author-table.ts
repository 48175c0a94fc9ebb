/**
 * Which windows of one window start each author has been counted in, for exact distinct-author
 * counts. Windows are numbered within their start (0, 1, …).
 *
 * Authors are found in an open-addressing hash table of our own: each slot holds the author's
 * 32-bit hash and first record in an Int32Array, and every hit is confirmed against a copy of
 * the author's text (so a hash collision costs a probe, never a wrong count). The text is
 * copied once, as it is hashed, to the end of `texts` (kept there if the author is new): a
 * string's characters cost more to read than the copy's, and reading them twice (to hash, then
 * to copy or compare) was a third of the table's time. The records are
 * four numbers each in one Int32Array: two window numbers, the next record of the same author
 * and where the first record's author text starts in `texts` (its length, then its UTF-16 code
 * units). Most authors are in one or two windows, so a complaint costs one probe and no
 * allocation, and the table holds no pointers: the author strings die young and the garbage
 * collector has nothing here to trace (an array of millions of strings cost more than it saved). A `Map` of author strings did two look-ups for a new author (get, then set),
 * read each colliding key's string for its hash, and with millions of authors at one start
 * (the dense stream) those cache misses were 40% of the time.
 *
 * An author in more than `WINDOWS_IN_RECORDS` windows (a bot complaining about everything)
 * moves to a set, so its look-ups stay O(1).
 */

/** No window, or no next record. */
export const NO_WINDOW = -1;
/** In a first record's next field: the author's windows are in `sets`. */
const IN_SET = -2;
/** Numbers per record: two windows, the next record and where the author's text starts. */
const RECORD = 4;
const NEXT = 2;
const TEXT = 3;
/** Code units of an author text's length. */
const LENGTH_UNITS = 2;
/** Past this many windows, an author's windows go to a set. */
const WINDOWS_IN_RECORDS = 8;
/** Fewest slots (a power of two); the table doubles when half full. */
const MIN_SLOTS = 64;
/** Code units of text a first guess allows per author. */
const GUESSED_AUTHOR_LENGTH = 24;

export class AuthorTable {
  /** Per slot: the author's hash and its first record + 1 (0: an empty slot). */
  private slots: Int32Array;
  /** The authors' texts, each its length (two code units: low, high) then its code units. */
  private texts: Uint16Array;
  private textLength = 0;
  /** The end of the text `staged` copied after `textLength` (not kept unless `keepStaged`). */
  private stagedEnd = 0;
  private mask: number;
  private authorCount = 0;
  private records: Int32Array;
  private recordCount = 0;
  /** The windows of authors with many, by their first record. */
  private readonly sets = new Map<number, Set<number>>();

  /**
   * Sized for `expectedAuthors` (the previous start's count, say), so that a stream of millions
   * of authors a window does not grow each start's table from nothing.
   */
  constructor(expectedAuthors = 0) {
    let size = MIN_SLOTS;
    while (size < 2 * expectedAuthors) size *= 2;
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    this.records = new Int32Array(RECORD * Math.max(64, expectedAuthors));
    this.texts = new Uint16Array(Math.max(1024, (LENGTH_UNITS + GUESSED_AUTHOR_LENGTH) * expectedAuthors));
  }

  /** Number of distinct authors. */
  get size(): number {
    return this.authorCount;
  }

  /**
   * Counts `author` in window `a` and, unless it is `NO_WINDOW`, in window `b` (another
   * window): returns which of them are new for the author, bit 1 for `a` and bit 2 for `b`.
   */
  add(author: string, a: number, b: number): number {
    const hash = this.staged(author);
    const slot = this.slotOf(hash);
    const found = this.slots[2 * slot + 1] as number;
    if (found === 0) {
      this.claim(slot, hash, this.newRecord(a, b, this.keepStaged()));
      return b === NO_WINDOW ? 1 : 3;
    }
    const first = found - 1;
    let added = 0;
    if (!this.holds(first, a)) {
      this.insert(first, a);
      added = 1;
    }
    if (b !== NO_WINDOW && !this.holds(first, b)) {
      this.insert(first, b);
      added |= 2;
    }
    return added;
  }

  /** The staged author's slot, or the empty slot where it would go (linear probing). */
  private slotOf(hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    for (;;) {
      const record = slots[2 * slot + 1] as number;
      if (record === 0 || (slots[2 * slot] === hash && this.isStagedAuthorOf(record - 1))) return slot;
      slot = (slot + 1) & mask;
    }
  }

  /** Puts a new author in its empty slot, then doubles the table if it is half full. */
  private claim(slot: number, hash: number, record: number): void {
    this.slots[2 * slot] = hash;
    this.slots[2 * slot + 1] = record + 1;
    if (++this.authorCount * 2 > this.mask + 1) this.grow();
  }

  /** Doubles the slots, moving each author by its stored hash. */
  private grow(): void {
    const oldSlots = this.slots;
    const size = 2 * (this.mask + 1);
    this.slots = new Int32Array(2 * size);
    this.mask = size - 1;
    for (let old = 0; old < size / 2; old++) {
      const record = oldSlots[2 * old + 1] as number;
      if (record === 0) continue;
      const hash = oldSlots[2 * old] as number;
      let slot = hash & this.mask;
      while (this.slots[2 * slot + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = hash;
      this.slots[2 * slot + 1] = record;
    }
  }

  /** Whether the author text of record `first` is the staged one (length included). */
  private isStagedAuthorOf(first: number): boolean {
    const texts = this.texts;
    const staged = this.textLength;
    const at = this.records[first * RECORD + TEXT] as number;
    const length = this.stagedEnd - staged;
    for (let i = 0; i < length; i++) if (texts[at + i] !== texts[staged + i]) return false;
    return true;
  }

  /**
   * Copies the author's text, after its length, to the end of `texts` without keeping it (see
   * `keepStaged`), and returns its hash: FNV-1a over the UTF-16 code units, then MurmurHash3's
   * finaliser (ids that differ in one digit land far apart).
   */
  private staged(author: string): number {
    const start = this.textLength;
    const end = start + LENGTH_UNITS + author.length;
    if (end > this.texts.length) {
      const grown = new Uint16Array(Math.max(end, 2 * this.texts.length));
      grown.set(this.texts);
      this.texts = grown;
    }
    const texts = this.texts;
    texts[start] = author.length & 0xffff;
    texts[start + 1] = author.length >>> 16;
    let hash = 0x811c9dc5;
    for (let i = 0, at = start + LENGTH_UNITS; i < author.length; i++, at++) {
      const unit = author.charCodeAt(i);
      texts[at] = unit;
      hash = Math.imul(hash ^ unit, 0x01000193);
    }
    this.stagedEnd = end;
    hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
    hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
    return hash ^ (hash >>> 16);
  }

  /** Keeps the staged text (a new author's) and returns where it starts. */
  private keepStaged(): number {
    const start = this.textLength;
    this.textLength = this.stagedEnd;
    return start;
  }

  private holds(first: number, window: number): boolean {
    const records = this.records;
    if (records[first * RECORD + NEXT] === IN_SET) return (this.sets.get(first) as Set<number>).has(window);
    for (let r = first; r !== NO_WINDOW; r = records[r * RECORD + NEXT] as number) {
      if (records[r * RECORD] === window || records[r * RECORD + 1] === window) return true;
    }
    return false;
  }

  /** Adds a window known to be new for the author of record `first`. */
  private insert(first: number, window: number): void {
    if (this.records[first * RECORD + NEXT] === IN_SET) {
      (this.sets.get(first) as Set<number>).add(window);
      return;
    }
    // Only an author's last record may have a free place.
    let last = first;
    let held = 2;
    for (let next = this.records[first * RECORD + NEXT] as number; next !== NO_WINDOW; held += 2) {
      last = next;
      next = this.records[next * RECORD + NEXT] as number;
    }
    if (this.records[last * RECORD + 1] === NO_WINDOW) this.records[last * RECORD + 1] = window;
    else if (held < WINDOWS_IN_RECORDS) {
      // Made before `this.records` is read: making it may replace the array.
      const record = this.newRecord(window, NO_WINDOW, NO_WINDOW);
      this.records[last * RECORD + NEXT] = record;
    } else this.toSet(first, window);
  }

  /** Moves the author of record `first` (its records full) to a set, with `window`. */
  private toSet(first: number, window: number): void {
    const windows = new Set<number>();
    const records = this.records;
    for (let r = first; r !== NO_WINDOW; r = records[r * RECORD + NEXT] as number) {
      windows.add(records[r * RECORD] as number).add(records[r * RECORD + 1] as number);
    }
    this.sets.set(first, windows.add(window));
    records[first * RECORD + NEXT] = IN_SET;
  }

  private newRecord(a: number, b: number, text: number): number {
    const at = this.recordCount * RECORD;
    if (at + RECORD > this.records.length) {
      const grown = new Int32Array(this.records.length * 2);
      grown.set(this.records);
      this.records = grown;
    }
    this.records[at] = a;
    this.records[at + 1] = b;
    this.records[at + NEXT] = NO_WINDOW;
    this.records[at + TEXT] = text;
    return this.recordCount++;
  }
}
