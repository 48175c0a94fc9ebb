/**
 * Tumbling event-time windows of complaints per key, counting distinct authors.
 *
 * Stream time: the watermark is the highest event time seen minus the allowed lateness
 * (`observe`), or later when the caller advances it (`advanceTo`: wall-clock idleness in the
 * live worker, never in a backtest). A window [start, start + size) closes when the watermark
 * passes its end plus the grace period; a complaint for a window already closed is late:
 * counted by the caller's metric and dropped. Closed windows come out in start order and,
 * within a start, in the order they opened (a deterministic function of the input order): the
 * caller orders them as it needs (the detector by service, then country).
 */
import { AuthorTable, NO_WINDOW } from './author-table.js';
import type { Symptom } from './types.js';

export interface WindowSpec {
  sizeMs: number;
  graceMs: number;
  allowedLatenessMs: number;
}

/** Checks a window specification: no defaults here, each value is a decision the caller made. */
export function tumblingWindows(spec: WindowSpec): WindowSpec {
  if (!Number.isInteger(spec.sizeMs) || spec.sizeMs <= 0)
    throw new RangeError(`window size must be a positive integer of ms, got ${spec.sizeMs}`);
  if (!(spec.graceMs >= 0)) throw new RangeError(`grace must be ≥ 0 ms, got ${spec.graceMs}`);
  if (!(spec.allowedLatenessMs >= 0)) throw new RangeError(`allowed lateness must be ≥ 0 ms, got ${spec.allowedLatenessMs}`);
  return spec;
}

/**
 * What windows are keyed by: an object naming the key (the detector's key entries extend it),
 * which a closed window hands back. Make one per key and reuse it; each gets a number in the
 * `WindowKeys` of the aggregator it is added to (one aggregator per key).
 */
export class WindowKey {
  /** Its number in its `WindowKeys` (−1 until it has one). */
  windowId = -1;

  constructor(
    readonly key: string,
    /**
     * False for a key whose windows only count distinct authors: they keep no symptoms,
     * languages or post ids (the detector reads them only for service|*, so its country keys
     * skip them).
     */
    readonly keepsContents = true,
  ) {}
}

/**
 * The keys of an aggregator, numbered: each open start notes its windows by key number in a
 * typed array, so that a complaint finds its window from the number alone. The detector keeps
 * its keys' numbers beside their entries and never reads a country's entry to add a complaint:
 * with 100,000 keys that read was a cache miss per complaint.
 */
export class WindowKeys<K extends WindowKey = WindowKey> {
  /** By number. */
  readonly keys: K[] = [];
  /** By number: 1 if the key keeps contents. */
  keepsContents = new Uint8Array(64);

  /** The key's number, given on first sight. */
  idOf(key: K): number {
    if (key.windowId >= 0) return key.windowId;
    const id = this.keys.length;
    this.keys.push(key);
    if (id === this.keepsContents.length) {
      const grown = new Uint8Array(2 * id);
      grown.set(this.keepsContents);
      this.keepsContents = grown;
    }
    this.keepsContents[id] = key.keepsContents ? 1 : 0;
    key.windowId = id;
    return id;
  }

  get size(): number {
    return this.keys.length;
  }
}

/** One complaint as windows see it. */
export interface WindowedComplaint<K extends WindowKey = WindowKey> {
  key: K;
  eventTime: number;
  authorKey: string;
  postId: string;
  symptom: Symptom;
  language: string;
}

/** What a window's complaints were about: complaints per symptom and per language (complaints, not authors), and the first few post ids. */
export interface WindowTallies {
  symptoms: Map<Symptom, number>;
  languages: Map<string, number>;
  /** The first few post ids, in arrival order. */
  samplePostIds: string[];
}

/** What a closed window says about one key. */
export interface ClosedWindow<K extends WindowKey = WindowKey> extends WindowTallies {
  key: K;
  start: number;
  end: number;
  /** Distinct authors. */
  count: number;
}

const SAMPLE_SIZE = 5;

/**
 * The symptoms, languages and post ids of one window whose key keeps them (`keepsContents`):
 * the later complaints' are kept only when a second complaint comes, and tallied only if
 * someone reads them once it has closed.
 */
export class WindowContents implements WindowTallies {
  /** Symptom and language of each complaint after the first, two entries each. */
  private later: string[] | undefined = undefined;
  /**
   * The first `SAMPLE_SIZE` distinct post ids, once a second complaint came: the later ones are
   * never read, so they are not kept (nor their strings alive).
   */
  private sample: string[] | undefined = undefined;
  private tallies: WindowTallies | undefined = undefined;

  constructor(
    private readonly firstSymptom: Symptom,
    private readonly firstLanguage: string,
    private readonly firstPostId: string,
  ) {}

  add(postId: string, symptom: Symptom, language: string): void {
    (this.later ??= []).push(symptom, language);
    const sample = (this.sample ??= [this.firstPostId]);
    if (sample.length < SAMPLE_SIZE && !sample.includes(postId)) sample.push(postId);
  }

  get symptoms(): Map<Symptom, number> {
    return this.tally().symptoms;
  }

  get languages(): Map<string, number> {
    return this.tally().languages;
  }

  /** The first few distinct post ids, in arrival order. */
  get samplePostIds(): string[] {
    return this.tally().samplePostIds;
  }

  /** The complaints' values at `offset` (0 symptom, 1 language), in arrival order. */
  private values(offset: number, first: string): string[] {
    const values = [first];
    const later = this.later ?? [];
    for (let i = offset; i < later.length; i += 2) values.push(later[i] as string);
    return values;
  }

  private tally(): WindowTallies {
    this.tallies ??= {
      symptoms: countsOf(this.values(0, this.firstSymptom) as Symptom[]),
      languages: countsOf(this.values(1, this.firstLanguage)),
      samplePostIds: [...(this.sample ?? [this.firstPostId])],
    };
    return this.tallies;
  }
}

/**
 * The windows of one start, open and then closed, as columns: the keys in the order their
 * windows opened (a window's number is its place), the distinct authors per window in an
 * Int32Array, the contents of the windows whose key keeps them. No object per window: most
 * windows see one complaint and live a minute and a half, long enough that the garbage
 * collector promoted each window object and the author strings it held.
 *
 * Distinct authors are counted in one `AuthorTable` for the start rather than a set per
 * window: each complaint counts under two keys, so one look-up of the author serves both.
 */
export class OpenStart<K extends WindowKey = WindowKey> {
  /** The windows' keys, in the order they opened: a window's number is its place here. */
  readonly keys: K[] = [];
  /** By key number: the number of its window here + 1 (0: none). */
  private windowOf: Int32Array;
  /** By window number: its key's number. */
  private keyIds: Int32Array;
  /** Distinct authors per window, by number. */
  private counts: Int32Array;
  /** Per window, its contents if its key keeps them (else undefined). */
  private readonly contents: (WindowContents | undefined)[] = [];
  private readonly authors: AuthorTable;

  constructor(
    readonly start: number,
    readonly end: number,
    /** The input position of its first complaint (the oldest: positions only grow). */
    readonly firstPosition: number,
    private readonly windowKeys: WindowKeys<K>,
    /** An array of zeros for `windowOf` (a closed start's, reused), at least as long as there are keys. */
    windowOf: Int32Array,
    /** How many authors and windows to make room for at first. */
    expectedAuthors = 0,
    expectedWindows = 0,
  ) {
    this.authors = new AuthorTable(expectedAuthors);
    this.counts = new Int32Array(Math.max(64, expectedWindows));
    this.keyIds = new Int32Array(this.counts.length);
    this.windowOf = windowOf;
  }

  /** Number of windows. */
  get size(): number {
    return this.keys.length;
  }

  /** Distinct authors of all its windows. */
  get authorCount(): number {
    return this.authors.size;
  }

  /** Distinct authors in window `number`. */
  countAt(number: number): number {
    return this.counts[number] as number;
  }

  /** The contents of window `number`, if its key keeps them. */
  contentsAt(number: number): WindowContents | undefined {
    return this.contents[number];
  }

  /** The number of key `id`'s window here for a complaint, opened with it or kept in its contents. */
  windowFor(id: number, postId: string, symptom: Symptom, language: string): number {
    const number = id < this.windowOf.length ? (this.windowOf[id] as number) - 1 : NO_WINDOW;
    if (number === NO_WINDOW) return this.open(id, postId, symptom, language);
    if (this.windowKeys.keepsContents[id] === 1) (this.contents[number] as WindowContents).add(postId, symptom, language);
    return number;
  }

  /** Counts `author` in window `a` and, unless `NO_WINDOW`, in window `b` (distinct authors: only where it is new). */
  count(author: string, a: number, b: number): void {
    const added = this.authors.add(author, a, b);
    const counts = this.counts;
    if ((added & 1) !== 0) counts[a] = (counts[a] as number) + 1;
    if ((added & 2) !== 0) counts[b] = (counts[b] as number) + 1;
  }

  /** Its `windowOf` emptied (at close), for another start. */
  releaseWindowOf(): Int32Array {
    const windowOf = this.windowOf;
    for (let number = 0; number < this.keys.length; number++) windowOf[this.keyIds[number] as number] = 0;
    this.windowOf = EMPTY_WINDOW_OF;
    return windowOf;
  }

  /** The window as a `ClosedWindow` object (for callers that want one; the detector reads the columns). */
  closedWindow(number: number): ClosedWindow<K> {
    const contents = this.contents[number];
    return {
      key: this.keys[number] as K,
      start: this.start,
      end: this.end,
      count: this.countAt(number),
      symptoms: contents?.symptoms ?? new Map<Symptom, number>(),
      languages: contents?.languages ?? new Map<string, number>(),
      samplePostIds: contents?.samplePostIds ?? [],
    };
  }

  private open(id: number, postId: string, symptom: Symptom, language: string): number {
    const number = this.keys.length;
    if (number === this.counts.length) {
      this.counts = grownInts(this.counts, 2 * number);
      this.keyIds = grownInts(this.keyIds, 2 * number);
    }
    if (id >= this.windowOf.length) this.windowOf = grownInts(this.windowOf, Math.max(64, 2 * this.windowKeys.size));
    this.windowOf[id] = number + 1;
    this.keyIds[number] = id;
    this.keys.push(this.windowKeys.keys[id] as K);
    this.contents.push(this.windowKeys.keepsContents[id] === 1 ? new WindowContents(symptom, language, postId) : undefined);
    return number;
  }
}

/** A closed start's `windowOf`. */
const EMPTY_WINDOW_OF = new Int32Array(0);

/** A copy of `values` in an array of `length`, the places beyond them `fill`. */
export function grownInts(values: Int32Array, length: number, fill = 0): Int32Array {
  const grown = new Int32Array(length);
  if (fill !== 0) grown.fill(fill, values.length);
  grown.set(values);
  return grown;
}

export type AddResult = 'counted' | 'late';

export class WindowAggregator<K extends WindowKey = WindowKey> {
  /**
   * The open starts, in the order they opened. Few are open at once (lateness + grace over
   * size, plus one): a look through them compares numbers, where a map keyed by start made a
   * boxed number per look-up.
   */
  private readonly open: OpenStart<K>[] = [];
  /** The start `openStartAt` returned last, if still open. */
  private lastOpen: OpenStart<K> | undefined = undefined;
  private currentWatermark = -Infinity;
  /**
   * The start of the latest window closed at the watermark, kept as the watermark moves: every
   * complaint compares its start with it, and computing it there made a boxed number per call.
   */
  private latestClosed = -Infinity;

  /** The `windowOf` of the start closed last, emptied, for the next start. */
  private spareWindowOf: Int32Array | undefined = undefined;

  constructor(
    private readonly spec: WindowSpec,
    /** Its keys' numbers (the detector shares them with its key entries). */
    readonly keys = new WindowKeys<K>(),
  ) {}

  get watermark(): number {
    return this.currentWatermark;
  }

  /** Start of the window holding this event time. */
  windowStartOf(eventTime: number): number {
    return Math.floor(eventTime / this.spec.sizeMs) * this.spec.sizeMs;
  }

  /** Whether the window starting at `start` (a window start) has closed at the current watermark. */
  isClosed(start: number): boolean {
    return start <= this.latestClosed;
  }

  /** Adds a complaint to its window (before moving the watermark with its event time: see `observe`). */
  add(complaint: WindowedComplaint<K>, position = 0): AddResult {
    const { key, eventTime, authorKey, postId, symptom, language } = complaint;
    return this.addTo(this.keys.idOf(key), NO_WINDOW, eventTime, authorKey, postId, symptom, language, position);
  }

  /**
   * `add` without the complaint object, for the detector's hot path: the complaint counts under
   * key number `key` (`keys.idOf`) and, unless `NO_WINDOW`, under `alsoKey` too (another key:
   * the detector counts each complaint under service|* and service|country), with one look-up
   * of its author for both. `position` is the complaint's input position (its offset), for
   * `oldestOpenPosition`.
   */
  addTo(
    key: number,
    alsoKey: number,
    eventTime: number,
    authorKey: string,
    postId: string,
    symptom: Symptom,
    language: string,
    position: number,
  ): AddResult {
    const start = this.windowStartOf(eventTime);
    if (this.isClosed(start)) return 'late';
    const open = this.openStartAt(start, position);
    const window = open.windowFor(key, postId, symptom, language);
    const alsoWindow = alsoKey === NO_WINDOW ? NO_WINDOW : open.windowFor(alsoKey, postId, symptom, language);
    open.count(authorKey, window, alsoWindow);
    return 'counted';
  }

  /** The start's `OpenStart`, made if need be; the last one is kept at hand, as most complaints fall in the newest start. */
  private openStartAt(start: number, position: number): OpenStart<K> {
    if (this.lastOpen?.start === start) return this.lastOpen;
    let open: OpenStart<K> | undefined;
    for (const candidate of this.open) if (candidate.start === start) open = candidate;
    if (!open) {
      // As many authors and windows as the newest start has so far: with a steady stream, about what this one will have.
      const last = this.lastOpen;
      const windowOf = this.spareWindowOf ?? new Int32Array(Math.max(64, this.keys.size));
      this.spareWindowOf = undefined;
      open = new OpenStart<K>(start, start + this.spec.sizeMs, position, this.keys, windowOf, last?.authorCount ?? 0, last?.size ?? 0);
      this.open.push(open);
    }
    this.lastOpen = open;
    return open;
  }

  /** Moves the watermark for an event time seen (it never goes back). */
  observe(eventTime: number): void {
    this.advanceTo(eventTime - this.spec.allowedLatenessMs);
  }

  /** Moves the watermark to `watermark` if that is later (wall-clock idleness, restore). */
  advanceTo(watermark: number): void {
    if (!(watermark > this.currentWatermark)) return;
    this.currentWatermark = watermark;
    this.latestClosed = this.windowStartOf(watermark - this.spec.sizeMs - this.spec.graceMs);
  }

  /** The start of the latest window that is closed at the current watermark (may have had no complaints). */
  latestClosedStart(): number {
    return this.latestClosed;
  }

  /** The input position of the oldest complaint in a window still open, or `fallback` if none is open. */
  oldestOpenPosition(fallback: number): number {
    let oldest = fallback;
    for (const open of this.open) oldest = Math.min(oldest, open.firstPosition);
    return oldest;
  }

  /** Removes and returns the windows closed at the current watermark, grouped by start in start order, each in the order they opened. */
  takeClosed(): { start: number; windows: ClosedWindow<K>[] }[] {
    return this.takeClosedStarts().map((closed) => ({
      start: closed.start,
      windows: closed.keys.map((_, number) => closed.closedWindow(number)),
    }));
  }

  /**
   * `takeClosed` as the starts' columns (`OpenStart`: `keys`, `countAt`, `contentsAt`), in start
   * order, for the detector's hot path: no object per closed window.
   */
  takeClosedStarts(): OpenStart<K>[] {
    const closed = this.open.filter((open) => this.isClosed(open.start));
    if (closed.length === 0) return closed;
    const stillOpen = this.open.filter((open) => !this.isClosed(open.start));
    this.open.length = 0;
    this.open.push(...stillOpen);
    for (const open of closed) {
      if (this.lastOpen === open) this.lastOpen = undefined;
      this.spareWindowOf = open.releaseWindowOf();
    }
    return closed.sort((a, b) => a.start - b.start);
  }

  /** Number of windows open now (for metrics and the state-size benchmark). */
  get openWindowCount(): number {
    let count = 0;
    for (const open of this.open) count += open.size;
    return count;
  }
}

/** Counts per value, in order of first appearance (as a map counted one by one would be). */
function countsOf<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
