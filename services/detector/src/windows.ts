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
 * on which the aggregator hangs the key's open windows, so a complaint finds its window without
 * a lookup by name, and a closed window hands its key back. Make one per key and reuse it.
 */
export class WindowKey {
  // Up to three of the key's open windows, each with its start (undefined: a free place), so that
  // a complaint finds its window reading the key alone: a list through the windows cost a cache
  // miss per window passed (in the dense stream, most complaints are for the older of two
  // starts). With the default one-minute windows, 30 s of lateness and 30 s of grace, at most
  // three starts are open at once; a key's windows beyond three are found in their start's map.
  private start0: OpenStart | undefined = undefined;
  private start1: OpenStart | undefined = undefined;
  private start2: OpenStart | undefined = undefined;
  private window0: OpenWindow | undefined = undefined;
  private window1: OpenWindow | undefined = undefined;
  private window2: OpenWindow | undefined = undefined;

  constructor(
    readonly key: string,
    /**
     * False for a key whose windows only count distinct authors: their symptoms, languages and
     * sample post ids hold the first complaint's alone (the detector reads them only for
     * service|*, so its country keys skip keeping every later complaint's).
     */
    readonly keepsContents = true,
  ) {}

  /** The key's window at `open`, if any. */
  windowAt(open: OpenStart): OpenWindow | undefined {
    if (this.start0 === open) return this.window0;
    if (this.start1 === open) return this.window1;
    if (this.start2 === open) return this.window2;
    return open.overflowWindowOf(this);
  }

  /** Notes the key's new window at its start: false when its places are all taken. */
  noteWindow(window: OpenWindow): boolean {
    if (this.start0 === undefined) {
      this.start0 = window.openStart;
      this.window0 = window;
    } else if (this.start1 === undefined) {
      this.start1 = window.openStart;
      this.window1 = window;
    } else if (this.start2 === undefined) {
      this.start2 = window.openStart;
      this.window2 = window;
    } else return false;
    return true;
  }

  /** Forgets its window at `open` (which closes). */
  forgetWindow(open: OpenStart): void {
    if (this.start0 === open) this.start0 = this.window0 = undefined;
    else if (this.start1 === open) this.start1 = this.window1 = undefined;
    else if (this.start2 === open) this.start2 = this.window2 = undefined;
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

/** What a closed window says about one key. */
export interface ClosedWindow<K extends WindowKey = WindowKey> {
  key: K;
  start: number;
  end: number;
  /** Distinct authors. */
  count: number;
  /** Complaints per symptom and per language (complaints, not authors). */
  symptoms: Map<Symptom, number>;
  languages: Map<string, number>;
  /** The first few post ids, in arrival order. */
  samplePostIds: string[];
}

const SAMPLE_SIZE = 5;
/** The later complaints of a window whose key keeps no contents: none (shared, never written). */
const NOT_KEPT: string[] = [];

/**
 * A window, open and then closed: one object, because most windows see one complaint and live
 * a minute and a half (long enough to be promoted by the GC). The later complaints' symptoms,
 * languages and post ids are kept only when a second complaint comes, and tallied only if
 * someone reads them once it has closed (the detector reads them only for `service|*`). Once
 * it has a second complaint, its distinct authors are counted by its start's `OpenStart`.
 * Exported (not from the package) only because `WindowKey` names it.
 */
export class OpenWindow implements ClosedWindow {
  /** Distinct authors. */
  count = 1;
  /** Symptom and language of each complaint after the first, two entries each (`NOT_KEPT` if its key keeps no contents). */
  later: string[] | undefined = undefined;
  /**
   * The first `SAMPLE_SIZE` distinct post ids, once a second complaint came to a window that
   * keeps contents: the later ones are never read, so they are not kept (nor their strings alive).
   */
  private sample: string[] | undefined = undefined;
  private tallies: Tallies | undefined = undefined;

  constructor(
    readonly key: WindowKey,
    readonly openStart: OpenStart,
    /** Its place among its start's windows (`OpenStart.windows`), as the start's author table names it. */
    readonly number: number,
    readonly firstAuthor: string,
    readonly firstSymptom: Symptom,
    readonly firstLanguage: string,
    readonly firstPostId: string,
  ) {}

  // Read from its start: a number field would box a double per window.
  get start(): number {
    return this.openStart.start;
  }

  get end(): number {
    return this.openStart.end;
  }

  /** Whether a second complaint came (then its start's author table holds its authors). */
  get hasMore(): boolean {
    return this.later !== undefined;
  }

  add(postId: string, symptom: Symptom, language: string): void {
    if (!this.key.keepsContents) {
      this.later = NOT_KEPT;
      return;
    }
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

  private tally(): Tallies {
    this.tallies ??= {
      symptoms: countsOf(this.values(0, this.firstSymptom) as Symptom[]),
      languages: countsOf(this.values(1, this.firstLanguage)),
      samplePostIds: [...(this.sample ?? [this.firstPostId])],
    };
    return this.tallies;
  }
}

interface Tallies {
  symptoms: Map<Symptom, number>;
  languages: Map<string, number>;
  samplePostIds: string[];
}

/**
 * The open windows of one start, and the windows of more than one complaint each author has
 * been counted in (`AuthorTable`): one table per start rather than a set of authors per window,
 * because each complaint counts under two keys, so a window's distinct authors are a plain
 * count (and one look-up of the author serves both). A window of one complaint (most of them at
 * night or in a small country) knows its one author and stays out of the table.
 */
export class OpenStart {
  /** In the order they opened: a window's `number` is its place here. */
  readonly windows: OpenWindow[] = [];
  private readonly authors: AuthorTable;
  /** The windows of keys whose own places were taken (`WindowKey.noteWindow`). */
  private overflow: Map<WindowKey, OpenWindow> | undefined = undefined;

  constructor(
    readonly start: number,
    readonly end: number,
    /** The input position of its first complaint (the oldest: positions only grow). */
    readonly firstPosition: number,
    /** How many authors to make room for at first. */
    expectedAuthors = 0,
  ) {
    this.authors = new AuthorTable(expectedAuthors);
  }

  /** Distinct authors in its windows of more than one complaint. */
  get authorCount(): number {
    return this.authors.size;
  }

  open(key: WindowKey, authorKey: string, postId: string, symptom: Symptom, language: string): void {
    const window = new OpenWindow(key, this, this.windows.length, authorKey, symptom, language, postId);
    if (!key.noteWindow(window)) (this.overflow ??= new Map()).set(key, window);
    this.windows.push(window);
  }

  /** Adds a complaint to one or two of this start's windows that already have one. */
  add(window: OpenWindow, alsoWindow: OpenWindow | undefined, authorKey: string, postId: string, symptom: Symptom, language: string): void {
    this.addLater(window, postId, symptom, language);
    if (alsoWindow !== undefined) this.addLater(alsoWindow, postId, symptom, language);
    const added = this.authors.add(authorKey, window.number, alsoWindow === undefined ? NO_WINDOW : alsoWindow.number);
    if ((added & 1) !== 0) window.count++;
    if ((added & 2) !== 0) (alsoWindow as OpenWindow).count++;
  }

  /** The key's window here that its own places had no room for. */
  overflowWindowOf(key: WindowKey): OpenWindow | undefined {
    return this.overflow?.get(key);
  }

  /** Unhooks the windows from their keys (at close). */
  detach(): void {
    for (const window of this.windows) window.key.forgetWindow(this);
  }

  /** Keeps a complaint after a window's first; at the second, its first author goes into the table. */
  private addLater(window: OpenWindow, postId: string, symptom: Symptom, language: string): void {
    if (!window.hasMore) this.authors.add(window.firstAuthor, window.number, NO_WINDOW);
    window.add(postId, symptom, language);
  }
}

export type AddResult = 'counted' | 'late';

export class WindowAggregator<K extends WindowKey = WindowKey> {
  /** Open windows by start. Few starts are open at once (lateness + grace over size, plus one). */
  private readonly open = new Map<number, OpenStart>();
  /** The start `openStartAt` returned last, if still open. */
  private lastOpen: OpenStart | undefined = undefined;
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
    const window = key.windowAt(open);
    const alsoWindow = alsoKey === undefined ? undefined : alsoKey.windowAt(open);
    if (window === undefined) open.open(key, authorKey, postId, symptom, language);
    if (alsoKey !== undefined && alsoWindow === undefined) open.open(alsoKey, authorKey, postId, symptom, language);
    if (window !== undefined) open.add(window, alsoWindow, authorKey, postId, symptom, language);
    else if (alsoWindow !== undefined) open.add(alsoWindow, undefined, authorKey, postId, symptom, language);
    return 'counted';
  }

  /** The start's `OpenStart`, made if need be; the last one is kept at hand, as most complaints fall in the newest start. */
  private openStartAt(start: number, position: number): OpenStart {
    if (this.lastOpen?.start === start) return this.lastOpen;
    let open = this.open.get(start);
    if (!open) {
      // As many authors as the newest start has so far: with a steady stream, about what this one will have.
      open = new OpenStart(start, start + this.spec.sizeMs, position, this.lastOpen?.authorCount ?? 0);
      this.open.set(start, open);
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
    for (const open of this.open.values()) oldest = Math.min(oldest, open.firstPosition);
    return oldest;
  }

  /** Removes and returns the windows closed at the current watermark, grouped by start in start order, each in the order they opened. */
  takeClosed(): { start: number; windows: ClosedWindow<K>[] }[] {
    const starts: number[] = [];
    for (const start of this.open.keys()) if (this.isClosed(start)) starts.push(start);
    starts.sort((a, b) => a - b);
    return starts.map((start) => {
      const open = this.open.get(start) as OpenStart;
      this.open.delete(start);
      if (this.lastOpen === open) this.lastOpen = undefined;
      open.detach();
      // The open windows are the closed ones: their key is a K, as every key added here was.
      return { start, windows: open.windows as unknown as ClosedWindow<K>[] };
    });
  }

  /** Number of windows open now (for metrics and the state-size benchmark). */
  get openWindowCount(): number {
    let count = 0;
    for (const open of this.open.values()) count += open.windows.length;
    return count;
  }
}

/** Counts per value, in order of first appearance (as a map counted one by one would be). */
function countsOf<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
