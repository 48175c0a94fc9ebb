/**
 * Observed and expected counts per key and window, as the detector scored them, for the
 * backtest's charts. Only scored windows are kept (a key is scored in windows with complaints,
 * and in every window while its service has an open incident), so memory follows the
 * complaints, not keys × minutes.
 */
import type { DetectorHooks, KeyWindowScore } from '@spike/detector';

export interface KeySeries {
  key: string;
  starts: number[];
  observed: number[];
  expected: number[];
  /** Sum of observed over the series. */
  total: number;
}

export class SeriesRecorder {
  private readonly series = new Map<string, KeySeries>();

  /** The hook to hand the detectors. */
  readonly hooks: DetectorHooks = {
    onWindowScored: (key: string, start: number, score: KeyWindowScore) => this.record(key, start, score.count, score.expected),
  };

  record(key: string, start: number, observed: number, expected: number): void {
    let series = this.series.get(key);
    if (!series) {
      series = { key, starts: [], observed: [], expected: [], total: 0 };
      this.series.set(key, series);
    }
    series.starts.push(start);
    series.observed.push(observed);
    series.expected.push(expected);
    series.total += observed;
  }

  of(key: string): KeySeries | undefined {
    return this.series.get(key);
  }

  keys(): string[] {
    return [...this.series.keys()].sort();
  }
}

/** The part of a series from `from` (inclusive) to `to` (exclusive). */
export function sliceSeries(series: KeySeries, from: number, to: number): KeySeries {
  const out: KeySeries = { key: series.key, starts: [], observed: [], expected: [], total: 0 };
  series.starts.forEach((start, i) => {
    if (start < from || start >= to) return;
    out.starts.push(start);
    out.observed.push(series.observed[i] as number);
    out.expected.push(series.expected[i] as number);
    out.total += series.observed[i] as number;
  });
  return out;
}
