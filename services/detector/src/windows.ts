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
 * on which the aggregator notes the numbers of the key's open windows, so a complaint finds its
 * window without a lookup by name, and a closed window hands its key back. Make one per key and
 * reuse it.
 */
export class WindowKey {
  // Up to three of the key's open windows: each its start (undefined: a free place) and its
  // number there, so that a complaint finds its window reading the key alone (a list through
  // the windows cost a cache miss per window passed). With the default one-minute windows, 30 s
  // of lateness and 30 s of grace, at most three starts are open at once; a key's windows
  // beyond three are found in their start's map. Numbers, not window objects: a window is a
  // place in its start's columns (`OpenStart`), so opening one allocates nothing.
  private start0: OpenStart | undefined = undefined;
  private start1: OpenStart | undefined = undefined;
  private start2: OpenStart | undefined = undefined;
  private number0 = NO_WINDOW;
  private number1 = NO_WINDOW;
  private number2 = NO_WINDOW;

  constructor(
    readonly key: string,
    /**
     * False for a key whose windows only count distinct authors: they keep no symptoms,
     * languages or post ids (the detector reads them only for service|*, so its country keys
     * skip them).
     */
    readonly keepsContents = true,
  ) {}

  /** The number of the key's window at `open`, or `NO_WINDOW`. */
  windowAt(open: OpenStart): number {
    if (this.start0 === open) return this.number0;
    if (this.start1 === open) return this.number1;
    if (this.start2 === open) return this.number2;
    return open.overflowWindowOf(this);
  }

  /** Notes the key's new window `number` at `open`: false when its places are all taken. */
  noteWindow(open: OpenStart, number: number): boolean {
    if (this.start0 === undefined) {
      this.start0 = open;
      this.number0 = number;
    } else if (this.start1 === undefined) {
      this.start1 = open;
      this.number1 = number;
    } else if (this.start2 === undefined) {
      this.start2 = open;
      this.number2 = number;
    } else return false;
    return true;
  }

  /** Forgets its window at `open` (which closes). */
  forgetWindow(open: OpenStart): void {
    if (this.start0 === open) this.start0 = undefined;
    else if (this.start1 === open) this.start1 = undefined;
    else if (this.start2 === open) this.start2 = undefined;
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
  /** Distinct authors per window, by number. */
  private counts: Int32Array;
  /** Per window, its contents if its key keeps them (else undefined). */
  private readonly contents: (WindowContents | undefined)[] = [];
  private readonly authors: AuthorTable;
  /** The window numbers of keys whose own places were taken (`WindowKey.noteWindow`). */
  private overflow: Map<WindowKey, number> | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    /** The input position of its first complaint (the oldest: positions only grow). */
    readonly firstPosition: number,
    /** How many authors and windows to make room for at first. */
    expectedAuthors = 0,
    expectedWindows = 0,
  ) {
    this.authors = new AuthorTable(expectedAuthors);
    this.counts = new Int32Array(Math.max(64, expectedWindows));
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

  /** The number of the key's window here for a complaint, opened with it or kept in its contents. */
  windowFor(key: K, postId: string, symptom: Symptom, language: string): number {
    const number = key.windowAt(this);
    if (number === NO_WINDOW) return this.open(key, postId, symptom, language);
    if (key.keepsContents) (this.contents[number] as WindowContents).add(postId, symptom, language);
    return number;
  }

  /** Counts `author` in window `a` and, unless `NO_WINDOW`, in window `b` (distinct authors: only where it is new). */
  count(author: string, a: number, b: number): void {
    const added = this.authors.add(author, a, b);
    const counts = this.counts;
    if ((added & 1) !== 0) counts[a] = (counts[a] as number) + 1;
    if ((added & 2) !== 0) counts[b] = (counts[b] as number) + 1;
  }

  /** The key's window here that its own places had no room for. */
  overflowWindowOf(key: WindowKey): number {
    return this.overflow?.get(key) ?? NO_WINDOW;
  }

  /** Unhooks the windows from their keys (at close). */
  detach(): void {
    for (const key of this.keys) key.forgetWindow(this);
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

  private open(key: K, postId: string, symptom: Symptom, language: string): number {
    const number = this.keys.length;
    if (number === this.counts.length) {
      const grown = new Int32Array(2 * number);
      grown.set(this.counts);
      this.counts = grown;
    }
    if (!key.noteWindow(this, number)) (this.overflow ??= new Map()).set(key, number);
    this.keys.push(key);
    this.contents.push(key.keepsContents ? new WindowContents(symptom, language, postId) : undefined);
    return number;
  }
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

  constructor(private readonly spec: WindowSpec) {}

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
    return this.addTo(key, undefined, eventTime, authorKey, postId, symptom, language, position);
  }

  /**
   * `add` without the complaint object, for the detector's hot path: the complaint counts under
   * `key` and, when given, under `alsoKey` too (another key: the detector counts each complaint
   * under service|* and service|country), with one look-up of its author for both. `position`
   * is the complaint's input position (its offset), for `oldestOpenPosition`.
   */
  addTo(
    key: K,
    alsoKey: K | undefined,
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
    const alsoWindow = alsoKey === undefined ? NO_WINDOW : open.windowFor(alsoKey, postId, symptom, language);
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
      open = new OpenStart<K>(start, start + this.spec.sizeMs, position, last?.authorCount ?? 0, last?.size ?? 0);
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
      open.detach();
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
