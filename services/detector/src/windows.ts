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
 * An open window, kept small because most windows see one or two complaints: the set of
 * authors is made only when a second author comes, and symptoms and languages are listed per
 * complaint and tallied only if someone reads them (see `TalliedWindow`).
 */
interface OpenWindow {
  firstAuthor: string;
  authors: Set<string> | undefined;
  symptoms: Symptom[];
  languages: string[];
  samplePostIds: string[];
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
    if (!window) {
      byKey.set(key, { firstAuthor: authorKey, authors: undefined, symptoms: [symptom], languages: [language], samplePostIds: [postId] });
      return 'counted';
    }
    if (window.authors) window.authors.add(authorKey);
    else if (authorKey !== window.firstAuthor) window.authors = new Set([window.firstAuthor, authorKey]);
    window.symptoms.push(symptom);
    window.languages.push(language);
    if (window.samplePostIds.length < SAMPLE_SIZE && !window.samplePostIds.includes(postId)) window.samplePostIds.push(postId);
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
      const windows: ClosedWindow<K>[] = [];
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
  readonly samplePostIds: string[];
  private tallies: { symptoms: Map<Symptom, number>; languages: Map<string, number> } | undefined;

  constructor(
    readonly key: K,
    readonly start: number,
    readonly end: number,
    private readonly window: OpenWindow,
  ) {
    this.count = window.authors?.size ?? 1;
    this.samplePostIds = window.samplePostIds;
  }

  get symptoms(): Map<Symptom, number> {
    return this.tally().symptoms;
  }

  get languages(): Map<string, number> {
    return this.tally().languages;
  }

  private tally(): { symptoms: Map<Symptom, number>; languages: Map<string, number> } {
    this.tallies ??= { symptoms: countsOf(this.window.symptoms), languages: countsOf(this.window.languages) };
    return this.tallies;
  }
}

function byKeyName(a: ClosedWindow<WindowKey>, b: ClosedWindow<WindowKey>): number {
  const x = nameOf(a.key);
  const y = nameOf(b.key);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Counts per value, in order of first appearance (as a map counted one by one would be). */
function countsOf<T>(values: readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
