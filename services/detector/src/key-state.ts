/**
 * One key's memory (service|country or service|*): its seasonal baseline and the last few
 * windows' counts and expectations, which the score sums over. Scoring is split from
 * learning: `score` reads, `learn` writes, and the caller decides in between whether the
 * window belongs to an incident (and so should not teach the baseline).
 *
 * Layout: a detector keeps every key's numbers in one Float64Array (`KeyStates`), key k's at
 * k × stride, rather than a few objects and arrays per key: scoring a start touches thousands
 * of keys in no useful order, and with 100,000 keys each pointer followed was a cache miss.
 * The numbers each window reads (last scored start, recent counts and expectations, the
 * baseline's scalars) sit side by side at the front. `KeyStateModel` is the arithmetic over
 * them; `KeyState` is one key in an array of its own (the series scorer, tests).
 */
import { BaselineModel, baselineLength, type BaselineSnapshot } from './baseline.js';
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

// A key's numbers, from its offset: then `scoreWindows` recent counts, as many recent expectations (latest first), then the baseline.
const LAST_SCORED_START = 0;
const RECENT = 1;

/** An expectation for `KeyStateModel.expectation` to write into (the detector reuses a few rather than make one per window). */
export function blankExpectation(): Expectation {
  return { expected: 0, borrowed: false, established: false };
}

/** A score for `KeyStateModel.score` to write into (the detector reuses them rather than make one per window). */
export function blankScore(): KeyWindowScore {
  return { count: 0, expected: 0, surprise: 0, anomalous: false, aboveNormal: false, borrowed: false, warmingUp: false };
}

/** The key-state arithmetic for one parameter set, over a key's numbers at offset `at` of `s`. */
export class KeyStateModel {
  readonly baseline: BaselineModel;
  /** Numbers per key, rounded up to a multiple of 8 (64 bytes, a cache line). */
  readonly stride: number;
  private readonly recentExpectedAt: number;
  private readonly baselineAt: number;

  constructor(private readonly params: DetectorParams) {
    this.baseline = new BaselineModel(params);
    this.recentExpectedAt = RECENT + params.scoreWindows;
    this.baselineAt = RECENT + 2 * params.scoreWindows;
    this.stride = Math.ceil((this.baselineAt + baselineLength(params)) / 8) * 8;
  }

  initEmpty(s: Float64Array, at: number, firstWindowStart: number): void {
    s.fill(0, at, at + this.baselineAt);
    s[at + LAST_SCORED_START] = firstWindowStart - this.params.windowSizeMs;
    this.baseline.initEmpty(s, at + this.baselineAt, firstWindowStart);
  }

  restore(s: Float64Array, at: number, snapshot: KeyStateSnapshot): void {
    const n = this.params.scoreWindows;
    this.baseline.restore(s, at + this.baselineAt, snapshot.baseline);
    for (let i = 0; i < n; i++) {
      s[at + RECENT + i] = snapshot.recentCounts[i] ?? 0;
      s[at + this.recentExpectedAt + i] = snapshot.recentExpected[i] ?? 0;
    }
    s[at + LAST_SCORED_START] = snapshot.lastScoredStart;
  }

  snapshot(s: Float64Array, at: number): KeyStateSnapshot {
    const n = this.params.scoreWindows;
    return {
      baseline: this.baseline.snapshot(s, at + this.baselineAt),
      recentCounts: Array.from(s.subarray(at + RECENT, at + RECENT + n)),
      recentExpected: Array.from(s.subarray(at + this.recentExpectedAt, at + this.recentExpectedAt + n)),
      lastScoredStart: s[at + LAST_SCORED_START] as number,
    };
  }

  /** Whether the key has history enough that its expectation ignores any prior (so the caller need not work one out). */
  needsNoPrior(s: Float64Array, at: number): boolean {
    return this.baseline.windows(s, at + this.baselineAt) >= this.params.coldStartWindows;
  }

  /**
   * Own expectation, blended with `prior` (what a broader key suggests) in proportion to how
   * much history this key lacks.
   */
  expectation(s: Float64Array, at: number, windowStart: number, prior: Prior | undefined, into = blankExpectation()): Expectation {
    const baselineAt = at + this.baselineAt;
    const own = this.baseline.expected(s, baselineAt, windowStart);
    const windows = this.baseline.windows(s, baselineAt);
    const trust = Math.min(1, windows / this.params.coldStartWindows);
    const established = windows * this.params.windowSizeMs >= this.params.warmUpMs;
    if (prior === undefined || trust >= 1) {
      into.expected = own;
      into.borrowed = false;
      into.established = established;
    } else {
      into.expected = Math.max(this.params.minExpected, trust * own + (1 - trust) * prior.expected);
      into.borrowed = true;
      into.established = established || prior.established;
    }
    return into;
  }

  /**
   * Scores a window (count may be 0) without changing anything. With `decisionOnly`, a window
   * too small to be anomalous whatever its tail probability (fewer than `minCount` authors or
   * less than `minRatio` × expected, alone and summed: most windows of a sparse key) gets
   * `anomalous` false without computing its tails, and `surprise` NaN and `aboveNormal` false
   * in place of theirs: for a caller that reads nothing else unless a window is anomalous.
   */
  score(
    s: Float64Array,
    at: number,
    windowStart: number,
    count: number,
    expectation: Expectation,
    into = blankScore(),
    decisionOnly = false,
  ): KeyWindowScore {
    const p = this.params;
    const n = p.scoreWindows;
    const expected = expectation.expected;
    const skipped = this.skippedBefore(s, at, windowStart);
    const sumCount = recentSum(count, 0, skipped, s, at + RECENT, n);
    const sumExpected = recentSum(expected, expected, skipped, s, at + this.recentExpectedAt, n);
    const singleLarge = count >= p.minCount && count >= p.minRatio * expected;
    const summedLarge = n > 1 && count > 0 && sumCount >= p.minCount && sumCount >= p.minRatio * sumExpected;
    into.count = count;
    into.expected = expected;
    into.borrowed = expectation.borrowed;
    into.warmingUp = !expectation.established;
    if (decisionOnly && !(expectation.established && (singleLarge || summedLarge))) {
      into.surprise = NaN;
      into.anomalous = false;
      into.aboveNormal = false;
      return into;
    }
    const size = this.baseline.size(s, at + this.baselineAt);
    const single = countSurprise(count, expected, size);
    // A sum of n windows is over-dispersed about n times less in relative terms: its size grows with n.
    const summed = n > 1 ? countSurprise(sumCount, sumExpected, size * n) : 0;
    into.surprise = Math.max(single, summed);
    into.anomalous = expectation.established && ((single >= p.openSurprise && singleLarge) || (summed >= p.openSurprise && summedLarge));
    into.aboveNormal = count > p.recoveringRatio * expected && single >= ABOVE_NORMAL_SURPRISE;
    return into;
  }

  /** Records the window in the recent history and teaches the baseline with `weight`. */
  learn(s: Float64Array, at: number, windowStart: number, count: number, expected: number, weight: number): void {
    const n = this.params.scoreWindows;
    const skipped = this.skippedBefore(s, at, windowStart);
    shiftIn(s, at + RECENT, n, count, 0, skipped);
    shiftIn(s, at + this.recentExpectedAt, n, expected, expected, skipped);
    s[at + LAST_SCORED_START] = windowStart;
    this.baseline.learn(s, at + this.baselineAt, windowStart, count, expected, weight);
  }

  /** Windows between the last scored one and this one (at most `scoreWindows`): they count 0 at the current expectation. */
  private skippedBefore(s: Float64Array, at: number, windowStart: number): number {
    const gap = Math.round((windowStart - (s[at + LAST_SCORED_START] as number)) / this.params.windowSizeMs) - 1;
    return Math.min(this.params.scoreWindows, Math.max(0, gap));
  }
}

/** Every key's state of one detector: key k's numbers at k × stride of one Float64Array that grows by doubling. */
export class KeyStates {
  readonly model: KeyStateModel;
  /** The numbers; replaced when it grows, so read it afresh after `add`. */
  values: Float64Array;
  private count = 0;

  constructor(params: DetectorParams) {
    this.model = new KeyStateModel(params);
    this.values = new Float64Array(this.model.stride * 16);
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /** Offset of key `index`'s numbers in `values`. */
  offsetOf(index: number): number {
    return index * this.model.stride;
  }

  /** A new key's index, with no history yet (its first window to learn is `firstWindowStart`). */
  addEmpty(firstWindowStart: number): number {
    const index = this.claim();
    this.model.initEmpty(this.values, this.offsetOf(index), firstWindowStart);
    return index;
  }

  /** A new key's index, with the state of `snapshot`. */
  addRestored(snapshot: KeyStateSnapshot): number {
    const index = this.claim();
    this.model.restore(this.values, this.offsetOf(index), snapshot);
    return index;
  }

  snapshot(index: number): KeyStateSnapshot {
    return this.model.snapshot(this.values, this.offsetOf(index));
  }

  private claim(): number {
    const stride = this.model.stride;
    if ((this.count + 1) * stride > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    return this.count++;
  }
}

/** One key's state in an array of its own (the series scorer, tests). */
export class KeyState {
  private constructor(
    private readonly model: KeyStateModel,
    private readonly state: Float64Array,
  ) {}

  static empty(params: DetectorParams, firstWindowStart: number): KeyState {
    const model = new KeyStateModel(params);
    const key = new KeyState(model, new Float64Array(model.stride));
    model.initEmpty(key.state, 0, firstWindowStart);
    return key;
  }

  static restore(params: DetectorParams, snapshot: KeyStateSnapshot): KeyState {
    const model = new KeyStateModel(params);
    const key = new KeyState(model, new Float64Array(model.stride));
    model.restore(key.state, 0, snapshot);
    return key;
  }

  snapshot(): KeyStateSnapshot {
    return this.model.snapshot(this.state, 0);
  }

  expectation(windowStart: number, prior: Prior | undefined): Expectation {
    return this.model.expectation(this.state, 0, windowStart, prior);
  }

  score(windowStart: number, count: number, expectation: Expectation): KeyWindowScore {
    return this.model.score(this.state, 0, windowStart, count, expectation);
  }

  learn(windowStart: number, count: number, expected: number, weight: number): void {
    this.model.learn(this.state, 0, windowStart, count, expected, weight);
  }
}

/**
 * The sum over the recent windows (`n` numbers of `s` from `at`, latest first) as they would be
 * with `latest` added after `skipped` windows of `filler`: latest first, then the fillers, then
 * the kept recent values, added in that order (the order a sum over the list would take, so the
 * bits do not change).
 */
function recentSum(latest: number, filler: number, skipped: number, s: Float64Array, at: number, n: number): number {
  let sum = 0 + latest;
  const fillers = Math.min(skipped, n - 1);
  for (let i = 0; i < fillers; i++) sum += filler;
  for (let i = 0; i < n - 1 - fillers; i++) sum += s[at + i] as number;
  return sum;
}

/** Puts `latest` first in the `n` recent numbers of `s` from `at` after `skipped` windows of `filler`, in place: the oldest fall off the end. */
function shiftIn(s: Float64Array, at: number, n: number, latest: number, filler: number, skipped: number): void {
  const fillers = Math.min(skipped, n - 1);
  for (let i = n - 1; i > fillers; i--) s[at + i] = s[at + i - 1 - fillers] as number;
  for (let i = 1; i <= fillers; i++) s[at + i] = filler;
  if (n > 0) s[at] = latest;
}
