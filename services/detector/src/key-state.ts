/**
 * One key's memory (service|country or service|*): its seasonal baseline and the last few
 * windows' counts and expectations, which the score sums over. Scoring is split from
 * learning: `score` reads, `learn` writes, and the caller decides in between whether the
 * window belongs to an incident (and so should not teach the baseline).
 */
import { SeasonalBaseline, type BaselineSnapshot } from './baseline.js';
import { countSurprise } from './count-tail.js';
import type { DetectorParams } from './params.js';

/** A count is still "above normal" only when it is also unlikely by chance (p ≤ 1%): sparse keys jitter. */
const ABOVE_NORMAL_SURPRISE = 2;

export interface KeyWindowScore {
  count: number;
  expected: number;
  /** −log10 of the tail probability: the larger of the latest window alone and the sum over `scoreWindows`. */
  surprise: number;
  /** Beyond threshold, minimum count and minimum ratio. */
  anomalous: boolean;
  /** Still clearly above normal (for RECOVERING). */
  aboveNormal: boolean;
  /** Whether `expected` leans on a broader key because this one is young. */
  borrowed: boolean;
  /** Neither this key nor the key it borrows from has `warmUpMs` of history: it may not open an incident. */
  warmingUp: boolean;
}

export interface KeyStateSnapshot {
  baseline: BaselineSnapshot;
  /** Latest first. */
  recentCounts: number[];
  recentExpected: number[];
  lastScoredStart: number;
}

/** Expected count of a key, own history blended with a broader key's while young. */
export interface Expectation {
  expected: number;
  borrowed: boolean;
  /** Whether this expectation rests on `warmUpMs` of history (own, or the broader key's). */
  established: boolean;
}

/** What a broader key suggests for a young one. */
export interface Prior {
  expected: number;
  established: boolean;
}

export class KeyState {
  private constructor(
    private readonly params: DetectorParams,
    readonly baseline: SeasonalBaseline,
    private readonly recentCounts: number[],
    private readonly recentExpected: number[],
    private lastScoredStart: number,
  ) {}

  static empty(params: DetectorParams, firstWindowStart: number): KeyState {
    const zeros = () => new Array<number>(params.scoreWindows).fill(0);
    return new KeyState(params, SeasonalBaseline.empty(params, firstWindowStart), zeros(), zeros(), firstWindowStart - params.windowSizeMs);
  }

  static restore(params: DetectorParams, snapshot: KeyStateSnapshot): KeyState {
    const fit = (values: number[]) => Array.from({ length: params.scoreWindows }, (_, i) => values[i] ?? 0);
    return new KeyState(
      params,
      SeasonalBaseline.restore(params, snapshot.baseline),
      fit(snapshot.recentCounts),
      fit(snapshot.recentExpected),
      snapshot.lastScoredStart,
    );
  }

  snapshot(): KeyStateSnapshot {
    return {
      baseline: this.baseline.snapshot(),
      recentCounts: [...this.recentCounts],
      recentExpected: [...this.recentExpected],
      lastScoredStart: this.lastScoredStart,
    };
  }

  /**
   * Own expectation, blended with `prior` (what a broader key suggests) in proportion to how
   * much history this key lacks.
   */
  expectation(windowStart: number, prior: Prior | undefined): Expectation {
    const own = this.baseline.expected(windowStart);
    const trust = Math.min(1, this.baseline.windows / this.params.coldStartWindows);
    const established = this.baseline.windows * this.params.windowSizeMs >= this.params.warmUpMs;
    if (prior === undefined || trust >= 1) return { expected: own, borrowed: false, established };
    return {
      expected: Math.max(this.params.minExpected, trust * own + (1 - trust) * prior.expected),
      borrowed: true,
      established: established || prior.established,
    };
  }

  /** Scores a window (count may be 0) without changing anything. */
  score(windowStart: number, count: number, expectation: Expectation): KeyWindowScore {
    const p = this.params;
    const n = p.scoreWindows;
    const skipped = this.skippedBefore(windowStart);
    const sumCount = recentSum(count, 0, skipped, this.recentCounts);
    const sumExpected = recentSum(expectation.expected, expectation.expected, skipped, this.recentExpected);
    const size = this.baseline.size();
    const single = countSurprise(count, expectation.expected, size);
    const singleOk = single >= p.openSurprise && count >= p.minCount && count >= p.minRatio * expectation.expected;
    // A sum of n windows is over-dispersed about n times less in relative terms: its size grows with n.
    const summed = n > 1 ? countSurprise(sumCount, sumExpected, size * n) : 0;
    const summedOk = summed >= p.openSurprise && count > 0 && sumCount >= p.minCount && sumCount >= p.minRatio * sumExpected;
    return {
      count,
      expected: expectation.expected,
      surprise: Math.max(single, summed),
      anomalous: expectation.established && (singleOk || summedOk),
      aboveNormal: count > p.recoveringRatio * expectation.expected && single >= ABOVE_NORMAL_SURPRISE,
      borrowed: expectation.borrowed,
      warmingUp: !expectation.established,
    };
  }

  /** Records the window in the recent history and teaches the baseline with `weight`. */
  learn(windowStart: number, count: number, expected: number, weight: number): void {
    const skipped = this.skippedBefore(windowStart);
    shiftIn(this.recentCounts, count, 0, skipped);
    shiftIn(this.recentExpected, expected, expected, skipped);
    this.lastScoredStart = windowStart;
    this.baseline.learn(windowStart, count, expected, weight);
  }

  /** Windows between the last scored one and this one (at most `scoreWindows`): they count 0 at the current expectation. */
  private skippedBefore(windowStart: number): number {
    const gap = Math.round((windowStart - this.lastScoredStart) / this.params.windowSizeMs) - 1;
    return Math.min(this.params.scoreWindows, Math.max(0, gap));
  }
}

/**
 * The sum over the recent windows as they would be with `latest` added after `skipped` windows
 * of `filler`: latest first, then the fillers, then the kept recent values, added in that order
 * (the order a sum over the list would take, so the bits do not change).
 */
function recentSum(latest: number, filler: number, skipped: number, recent: readonly number[]): number {
  const n = recent.length;
  let sum = 0 + latest;
  const fillers = Math.min(skipped, n - 1);
  for (let i = 0; i < fillers; i++) sum += filler;
  for (let i = 0; i < n - 1 - fillers; i++) sum += recent[i] as number;
  return sum;
}

/** Puts `latest` first in `recent` after `skipped` windows of `filler`, in place: the oldest values fall off the end. */
function shiftIn(recent: number[], latest: number, filler: number, skipped: number): void {
  const n = recent.length;
  const fillers = Math.min(skipped, n - 1);
  for (let i = n - 1; i > fillers; i--) recent[i] = recent[i - 1 - fillers] as number;
  for (let i = 1; i <= fillers; i++) recent[i] = filler;
  if (n > 0) recent[0] = latest;
}
