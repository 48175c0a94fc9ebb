/**
 * Tumbling event-time windows of complaints per key, counting distinct authors.
 *
 * Stream time: the watermark is the highest event time seen minus the allowed lateness
 * (`observe`), or later when the caller advances it (`advanceTo`: wall-clock idleness in the
 * live worker, never in a backtest). A window [start, start + size) closes when the watermark
 * passes its end plus the grace period; a complaint for a window already closed is late:
 * counted by the caller's metric and dropped. Closed windows come out in start order, keys
 * sorted within a start, so the same input gives the same output.
 */
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

/** What windows are keyed by: a key name, or an object that carries one (the detector's key entries, which a window then hands back without a lookup). */
export type WindowKey = string | { readonly key: string };

function nameOf(key: WindowKey): string {
  return typeof key === 'string' ? key : key.key;
}

/** One complaint as windows see it. */
export interface WindowedComplaint<K extends WindowKey = string> {
  key: K;
  eventTime: number;
  authorKey: string;
  postId: string;
  symptom: Symptom;
  language: string;
}

/** What a closed window says about one key. */
export interface ClosedWindow<K extends WindowKey = string> {
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

/**
 * An open window, kept to one object because most windows see one complaint and live a minute
 * and a half (long enough to be promoted by the GC): the set of authors is made only when a
 * second author comes, the later complaints' symptoms, languages and post ids only when a
 * second complaint comes, and they are tallied only if someone reads them (`TalliedWindow`).
 */
class OpenWindow {
  authors: Set<string> | undefined = undefined;
  /** Symptom, language and post id of each complaint after the first, three entries each. */
  later: string[] | undefined = undefined;

  constructor(
    readonly firstAuthor: string,
    readonly firstSymptom: Symptom,
    readonly firstLanguage: string,
    readonly firstPostId: string,
  ) {}

  add(authorKey: string, postId: string, symptom: Symptom, language: string): void {
    if (this.authors) this.authors.add(authorKey);
    else if (authorKey !== this.firstAuthor) this.authors = new Set([this.firstAuthor, authorKey]);
    (this.later ??= []).push(symptom, language, postId);
  }

  /** The complaints' values at `offset` (0 symptom, 1 language, 2 post id), in arrival order. */
  values(offset: number, first: string): string[] {
    const values = [first];
    const later = this.later ?? [];
    for (let i = offset; i < later.length; i += 3) values.push(later[i] as string);
    return values;
  }

  /** The first few distinct post ids, in arrival order. */
  samplePostIds(): string[] {
    const sample = [this.firstPostId];
    const later = this.later ?? [];
    for (let i = 2; i < later.length && sample.length < SAMPLE_SIZE; i += 3) {
      const postId = later[i] as string;
      if (!sample.includes(postId)) sample.push(postId);
    }
    return sample;
  }
}

export type AddResult = 'counted' | 'late';

export class WindowAggregator<K extends WindowKey = string> {
  /** Open windows by start, then by key. Few starts are open at once (lateness + grace over size, plus one). */
  private readonly open = new Map<number, Map<K, OpenWindow>>();
  private currentWatermark = -Infinity;

  constructor(private readonly spec: WindowSpec) {}

  get watermark(): number {
    return this.currentWatermark;
  }

  /** Start of the window holding this event time. */
  windowStartOf(eventTime: number): number {
    return Math.floor(eventTime / this.spec.sizeMs) * this.spec.sizeMs;
  }

  /** Whether the window starting at `start` has closed at the current watermark. */
  isClosed(start: number): boolean {
    return start + this.spec.sizeMs + this.spec.graceMs <= this.currentWatermark;
  }

  /** Adds a complaint to its window (before moving the watermark with its event time: see `observe`). */
  add(complaint: WindowedComplaint<K>): AddResult {
    const { key, eventTime, authorKey, postId, symptom, language } = complaint;
    return this.addTo(key, eventTime, authorKey, postId, symptom, language);
  }

  /** `add` without the complaint object, for the detector's hot path (it counts each complaint under two keys). */
  addTo(key: K, eventTime: number, authorKey: string, postId: string, symptom: Symptom, language: string): AddResult {
    const start = this.windowStartOf(eventTime);
    if (this.isClosed(start)) return 'late';
    let byKey = this.open.get(start);
    if (!byKey) {
      byKey = new Map();
      this.open.set(start, byKey);
    }
    const window = byKey.get(key);
    if (window) window.add(authorKey, postId, symptom, language);
    else byKey.set(key, new OpenWindow(authorKey, symptom, language, postId));
    return 'counted';
  }

  /** Moves the watermark for an event time seen (it never goes back). */
  observe(eventTime: number): void {
    this.advanceTo(eventTime - this.spec.allowedLatenessMs);
  }

  /** Moves the watermark to `watermark` if that is later (wall-clock idleness, restore). */
  advanceTo(watermark: number): void {
    if (watermark > this.currentWatermark) this.currentWatermark = watermark;
  }

  /** The start of the latest window that is closed at the current watermark (may have had no complaints). */
  latestClosedStart(): number {
    return this.windowStartOf(this.currentWatermark - this.spec.sizeMs - this.spec.graceMs);
  }

  /** Removes and returns the windows closed at the current watermark, grouped by start in start order, keys sorted. */
  takeClosed(): { start: number; windows: ClosedWindow<K>[] }[] {
    const starts: number[] = [];
    for (const start of this.open.keys()) if (this.isClosed(start)) starts.push(start);
    starts.sort((a, b) => a - b);
    return starts.map((start) => {
      const byKey = this.open.get(start) as Map<K, OpenWindow>;
      this.open.delete(start);
      const end = start + this.spec.sizeMs;
      const windows: TalliedWindow<K>[] = [];
      for (const [key, window] of byKey) windows.push(new TalliedWindow(key, start, end, window));
      return { start, windows: windows.sort(byKeyName) };
    });
  }

  /** Number of windows open now (for metrics and the state-size benchmark). */
  get openWindowCount(): number {
    let count = 0;
    for (const byKey of this.open.values()) count += byKey.size;
    return count;
  }
}

/** A closed window whose symptom and language counts are tallied when first read: the detector reads them only for `service|*`. */
class TalliedWindow<K extends WindowKey> implements ClosedWindow<K> {
  readonly count: number;
  /** The key's name, which windows are sorted by. */
  readonly name: string;
  private sample: string[] | undefined;
  private tallies: { symptoms: Map<Symptom, number>; languages: Map<string, number> } | undefined;

  constructor(
    readonly key: K,
    readonly start: number,
    readonly end: number,
    private readonly window: OpenWindow,
  ) {
    this.count = window.authors?.size ?? 1;
    this.name = nameOf(key);
  }

  get samplePostIds(): string[] {
    this.sample ??= this.window.samplePostIds();
    return this.sample;
  }

  get symptoms(): Map<Symptom, number> {
    return this.tally().symptoms;
  }

  get languages(): Map<string, number> {
    return this.tally().languages;
  }

  private tally(): { symptoms: Map<Symptom, number>; languages: Map<string, number> } {
    this.tallies ??= {
      symptoms: countsOf(this.window.values(0, this.window.firstSymptom) as Symptom[]),
      languages: countsOf(this.window.values(1, this.window.firstLanguage)),
    };
    return this.tallies;
  }
}

function byKeyName(a: TalliedWindow<WindowKey>, b: TalliedWindow<WindowKey>): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Counts per value, in order of first appearance (as a map counted one by one would be). */
function countsOf<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
