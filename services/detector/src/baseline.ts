/**
 * The seasonal baseline of one key: how many distinct authors complain about this service in
 * this country in a window at this time of day and day of week, when nothing is wrong.
 *
 * Use it for counts that are small and seasonal (people complain by day, more on weekdays).
 * The expected count is level × daily-profile[slot] × weekday[day], each learned online with
 * exponential forgetting (half-lives in `DetectorParams`); a running mean stands in for the
 * level until the forgetting horizon is reached, so a young key is not ruled by its first
 * window. Over-dispersion is estimated by the method of moments: (x − μ)² − μ averages
 * μ²/size for a negative binomial. What an outage must not teach it: each window teaches at
 * most `learnCapRatio` × expected, and windows of an open incident teach with
 * `anomalousLearnWeight` (0 by default).
 *
 * Empty windows are learned lazily: a key that sees no complaint for an hour catches up the
 * 60 zeros when it next needs to (`learnZeros`), in closed form per profile slot, so quiet
 * keys cost nothing.
 *
 * The arithmetic (`BaselineModel`) is apart from the numbers: a key's baseline is
 * `baselineLength(params)` numbers at some offset of a Float64Array, so a detector keeps every
 * key's in one array (`KeyStates`), about 0.5 KB a key. `SeasonalBaseline` is one key's
 * baseline in an array of its own.
 */
import { TIME, type DetectorParams } from './params.js';

// A key's numbers, from its offset: the scalars first (the ones every window reads, side by side), then the profile and weekday factors.
const LEVEL = 0;
const WINDOWS = 1;
const LAST_WINDOW_START = 2;
const DISPERSION_NUM = 3;
const DISPERSION_DEN = 4;
const PROFILE_SUM = 5;
const WEEKLY_SUM = 6;
const PROFILE = 7;

/** Over-dispersion (1/size) before there is evidence, and its bounds: 0.01 is near-Poisson, 10 very clumped. */
const DEFAULT_INVERSE_SIZE = 0.5;
const MIN_INVERSE_SIZE = 0.01;
const MAX_INVERSE_SIZE = 10;
/** The running mean behaves as if it had seen this many windows at the starting level. */
const RUNNING_MEAN_PSEUDO_WINDOWS = 10;
/** Profile and weekday factors never reach 0: a slot with no complaints yet is not impossible. */
const MIN_FACTOR = 1e-3;

export interface BaselineSnapshot {
  level: number;
  windows: number;
  lastWindowStart: number;
  dispersion: [number, number];
  profile: number[];
  weekly: number[];
  /** Running sums of profile and weekly, kept as learned (recomputing them would differ in the last bits). */
  sums: [number, number];
}

/** 0 = Sunday: 1 January 1970 was a Thursday. */
export function dayOfWeek(time: number): number {
  return (Math.floor(time / TIME.DAY) + 4) % 7;
}

/** How many numbers one key's baseline takes. */
export function baselineLength(params: DetectorParams): number {
  return PROFILE + params.profileSlotsPerDay + 7;
}

function rateFor(windowSizeMs: number, halfLifeMs: number): number {
  return 1 - Math.pow(2, -windowSizeMs / halfLifeMs);
}

/** The baseline's arithmetic for one parameter set, over a key's numbers at offset `at` of `s`. */
export class BaselineModel {
  private readonly slots: number;
  private readonly weeklyAt: number;
  private readonly levelRate: number;
  private readonly profileRate: number;
  private readonly weeklyRate: number;
  private readonly dispersionRate: number;
  /**
   * (1 − rate)^k for the rates a zero stretch decays at and k up to a stretch's longest (the
   * windows of one profile slot): catching up zero stretches was an eighth of the sparse bench's
   * time in a CPU profile, most of it four Math.pow per stretch (a third of that after). Made by
   * Math.pow with the same arguments, so the bits are the same.
   */
  private readonly levelKeep: Powers;
  private readonly profileKeep: Powers;
  private readonly weeklyKeep: Powers;
  private readonly dispersionKeep: Powers;
  /**
   * The time whose profile slot and weekday `slotIndex` and `weekdayIndex` worked out last, and
   * theirs: every key scored at a start asks for the same time several times (divisions that
   * were a few percent of the sparse bench's time).
   */
  private indexedTime = NaN;
  private indexedSlot = 0;
  private indexedWeekday = 0;

  constructor(private readonly params: DetectorParams) {
    this.slots = params.profileSlotsPerDay;
    this.weeklyAt = PROFILE + this.slots;
    const size = params.windowSizeMs;
    this.levelRate = rateFor(size, params.levelHalfLifeMs);
    // A slot is taught by one window in `slots`, a weekday by one in seven: scale so each forgets at its stated half-life.
    this.profileRate = Math.min(1, rateFor(size, params.profileHalfLifeMs) * this.slots);
    this.weeklyRate = Math.min(1, rateFor(size, params.weeklyHalfLifeMs) * 7);
    this.dispersionRate = rateFor(size, params.dispersionHalfLifeMs);
    const longestStretch = Math.ceil(TIME.DAY / this.slots / size);
    this.levelKeep = powersOf(1 - this.levelRate, longestStretch);
    this.profileKeep = powersOf(1 - this.profileRate, longestStretch);
    this.weeklyKeep = powersOf(1 - this.weeklyRate, longestStretch);
    this.dispersionKeep = powersOf(1 - this.dispersionRate, longestStretch);
  }

  /** A key with no history: flat profile, the floor level, first window to be learned is `firstWindowStart`. */
  initEmpty(s: Float64Array, at: number, firstWindowStart: number): void {
    s.fill(0, at, at + PROFILE);
    s[at + LEVEL] = this.params.minExpected;
    s[at + LAST_WINDOW_START] = firstWindowStart - this.params.windowSizeMs;
    s.fill(1, at + PROFILE, at + PROFILE + this.slots + 7);
    s[at + PROFILE_SUM] = this.slots;
    s[at + WEEKLY_SUM] = 7;
  }

  restore(s: Float64Array, at: number, snapshot: BaselineSnapshot): void {
    if (snapshot.profile.length !== this.slots || snapshot.weekly.length !== 7) {
      throw new Error(`baseline snapshot has ${snapshot.profile.length} profile slots, parameters say ${this.slots}`);
    }
    this.initEmpty(s, at, 0);
    s[at + LEVEL] = snapshot.level;
    s[at + WINDOWS] = snapshot.windows;
    s[at + LAST_WINDOW_START] = snapshot.lastWindowStart;
    s[at + DISPERSION_NUM] = snapshot.dispersion[0];
    s[at + DISPERSION_DEN] = snapshot.dispersion[1];
    s.set(snapshot.profile, at + PROFILE);
    s.set(snapshot.weekly, at + this.weeklyAt);
    s[at + PROFILE_SUM] = snapshot.sums[0];
    s[at + WEEKLY_SUM] = snapshot.sums[1];
  }

  snapshot(s: Float64Array, at: number): BaselineSnapshot {
    return {
      level: s[at + LEVEL] as number,
      windows: s[at + WINDOWS] as number,
      lastWindowStart: s[at + LAST_WINDOW_START] as number,
      dispersion: [s[at + DISPERSION_NUM] as number, s[at + DISPERSION_DEN] as number],
      profile: Array.from(s.subarray(at + PROFILE, at + this.weeklyAt)),
      weekly: Array.from(s.subarray(at + this.weeklyAt, at + this.weeklyAt + 7)),
      sums: [s[at + PROFILE_SUM] as number, s[at + WEEKLY_SUM] as number],
    };
  }

  /** Windows learned so far, zeros included. */
  windows(s: Float64Array, at: number): number {
    return s[at + WINDOWS] as number;
  }

  /** Start of the last window learned. */
  lastWindowStart(s: Float64Array, at: number): number {
    return s[at + LAST_WINDOW_START] as number;
  }

  /** Expected distinct authors in the window starting at `windowStart`, from this key's own history alone. */
  expected(s: Float64Array, at: number, windowStart: number): number {
    return Math.max(this.params.minExpected, (s[at + LEVEL] as number) * this.seasonalFactor(s, at, windowStart));
  }

  /** Profile × weekday factor at this time, each normalised to average 1. */
  seasonalFactor(s: Float64Array, at: number, windowStart: number): number {
    return this.profileFactor(s, at, windowStart) * this.weekdayFactor(s, at, windowStart);
  }

  /** The negative binomial size (variance = μ + μ²/size) the counts have shown. */
  size(s: Float64Array, at: number): number {
    const den = s[at + DISPERSION_DEN] as number;
    const inverse = den > 0 ? (s[at + DISPERSION_NUM] as number) / den : DEFAULT_INVERSE_SIZE;
    return 1 / Math.min(MAX_INVERSE_SIZE, Math.max(MIN_INVERSE_SIZE, inverse));
  }

  /**
   * Learns one window's count. `expected` is what the window was scored against (own or
   * borrowed): the count is capped relative to it. `weight` 0 learns nothing but the passage
   * of time (an incident's window).
   */
  learn(s: Float64Array, at: number, windowStart: number, count: number, expected: number, weight = 1): void {
    this.learnZerosUntil(s, at, windowStart);
    // Counts too small ever to open an incident are learned as they are.
    const capped = Math.min(count, Math.max(this.params.minCount, this.params.learnCapRatio * expected));
    const profile = this.profileFactor(s, at, windowStart);
    const weekday = this.weekdayFactor(s, at, windowStart);
    const level = s[at + LEVEL] as number;
    const mean = Math.max(this.params.minExpected, level * profile * weekday);
    if (weight > 0) {
      const levelRate = Math.max(this.levelRate, 1 / ((s[at + WINDOWS] as number) + RUNNING_MEAN_PSEUDO_WINDOWS)) * weight;
      s[at + LEVEL] = Math.max(this.params.minExpected, level + levelRate * (capped / (profile * weekday) - level));
      const windows = s[at + WINDOWS] as number;
      const profileRate = this.profileRateAt(windows);
      this.teachFactor(s, at, this.slotIndex(windowStart), PROFILE_SUM, this.slots, profileRate * weight, capped / (level * weekday));
      this.teachFactor(s, at, this.weekdayIndex(windowStart), WEEKLY_SUM, 7, this.weeklyRate * weight, capped / (level * profile));
      const dispersionRate = Math.max(this.dispersionRate, 1 / ((s[at + WINDOWS] as number) + RUNNING_MEAN_PSEUDO_WINDOWS)) * weight;
      s[at + DISPERSION_NUM] =
        (s[at + DISPERSION_NUM] as number) + dispersionRate * ((capped - mean) ** 2 - mean - (s[at + DISPERSION_NUM] as number));
      s[at + DISPERSION_DEN] = (s[at + DISPERSION_DEN] as number) + dispersionRate * (mean * mean - (s[at + DISPERSION_DEN] as number));
    }
    s[at + WINDOWS] = (s[at + WINDOWS] as number) + 1;
    s[at + LAST_WINDOW_START] = windowStart;
  }

  /**
   * The daily profile learns as a running mean of each slot's windows while it has few of
   * them, then at its forgetting rate: otherwise it would stay flat for the first week. It
   * starts only after the first day, when the level has settled: learnt together from the
   * first window, level and profile chase each other. (Weekday factors stay slow: in the first
   * week each weekday is seen once, and level and weekday cannot be told apart.)
   */
  private profileRateAt(windows: number): number {
    const windowsPerDay = TIME.DAY / this.params.windowSizeMs;
    if (windows < windowsPerDay) return this.profileRate;
    return Math.max(this.profileRate, 1 / ((windows - windowsPerDay) / this.slots + RUNNING_MEAN_PSEUDO_WINDOWS));
  }

  /**
   * Learns the empty windows between the last learned one and `windowStart` (exclusive), in
   * closed form per stretch of one profile slot.
   */
  learnZerosUntil(s: Float64Array, at: number, windowStart: number): void {
    const size = this.params.windowSizeMs;
    const slotMs = TIME.DAY / this.slots;
    let next = (s[at + LAST_WINDOW_START] as number) + size;
    while (next < windowStart) {
      const slotEnd = (Math.floor(next / slotMs) + 1) * slotMs;
      const count = Math.ceil((Math.min(windowStart, slotEnd) - next) / size);
      this.learnZeroStretch(s, at, next, count);
      next += count * size;
    }
  }

  private learnZeroStretch(s: Float64Array, at: number, firstStart: number, count: number): void {
    const windows = s[at + WINDOWS] as number;
    const mean = this.expected(s, at, firstStart);
    // x = 0 each time: the level, this slot and this weekday shrink geometrically.
    const levelKeep = this.runningDecay(windows, count, this.levelRate, this.levelKeep);
    s[at + LEVEL] = Math.max(this.params.minExpected, (s[at + LEVEL] as number) * levelKeep);
    const profileRate = this.profileRateAt(windows);
    // Past its first weeks a key's profile learns at the constant rate, whose powers are tabled.
    const profileKeep = profileRate === this.profileRate ? power(this.profileKeep, count) : Math.pow(1 - profileRate, count);
    this.shrinkFactor(s, at, this.slotIndex(firstStart), PROFILE_SUM, profileKeep);
    this.shrinkFactor(s, at, this.weekdayIndex(firstStart), WEEKLY_SUM, power(this.weeklyKeep, count));
    const keep = this.runningDecay(windows, count, this.dispersionRate, this.dispersionKeep);
    const target = mean * mean - mean;
    s[at + DISPERSION_NUM] = target + ((s[at + DISPERSION_NUM] as number) - target) * keep;
    s[at + DISPERSION_DEN] = mean * mean + ((s[at + DISPERSION_DEN] as number) - mean * mean) * keep;
    s[at + WINDOWS] = windows + count;
    s[at + LAST_WINDOW_START] = firstStart + (count - 1) * this.params.windowSizeMs;
  }

  /**
   * What is left of a quantity after `count` updates towards 0 at rate max(floorRate,
   * 1/(n + pseudo)) starting from n = `windows`: the running-mean part telescopes to
   * (n + pseudo − 1)/(n + pseudo − 1 + k), the rest is geometric. `keeps` are the powers of
   * (1 − floorRate).
   */
  private runningDecay(windows: number, count: number, floorRate: number, keeps: Powers): number {
    const pseudoWindows = windows + RUNNING_MEAN_PSEUDO_WINDOWS;
    const runningSteps = Math.min(count, Math.max(0, Math.ceil(1 / floorRate - pseudoWindows)));
    const running = (pseudoWindows - 1) / (pseudoWindows - 1 + runningSteps);
    return running * power(keeps, count - runningSteps);
  }

  private teachFactor(
    s: Float64Array,
    at: number,
    index: number,
    sumAt: number,
    count: number,
    rate: number,
    observedFactor: number,
  ): void {
    const old = s[at + index] as number;
    // The observed factor is relative to an average of 1; the stored factors average sum/count.
    const target = observedFactor * ((s[at + sumAt] as number) / count);
    const updated = Math.max(MIN_FACTOR, old + rate * (target - old));
    s[at + index] = updated;
    s[at + sumAt] = (s[at + sumAt] as number) + updated - old;
  }

  private shrinkFactor(s: Float64Array, at: number, index: number, sumAt: number, keep: number): void {
    const old = s[at + index] as number;
    const updated = Math.max(MIN_FACTOR, old * keep);
    s[at + index] = updated;
    s[at + sumAt] = (s[at + sumAt] as number) + updated - old;
  }

  private profileFactor(s: Float64Array, at: number, time: number): number {
    return ((s[at + this.slotIndex(time)] as number) * this.slots) / (s[at + PROFILE_SUM] as number);
  }

  private weekdayFactor(s: Float64Array, at: number, time: number): number {
    return ((s[at + this.weekdayIndex(time)] as number) * 7) / (s[at + WEEKLY_SUM] as number);
  }

  /** The offset of the profile slot of this time, from the key's offset. */
  private slotIndex(time: number): number {
    if (time !== this.indexedTime) this.index(time);
    return this.indexedSlot;
  }

  private weekdayIndex(time: number): number {
    if (time !== this.indexedTime) this.index(time);
    return this.indexedWeekday;
  }

  private index(time: number): void {
    const intoDay = time - Math.floor(time / TIME.DAY) * TIME.DAY;
    this.indexedSlot = PROFILE + Math.floor((intoDay * this.slots) / TIME.DAY);
    this.indexedWeekday = this.weeklyAt + dayOfWeek(time);
    this.indexedTime = time;
  }
}

/** A base and its powers base^0 … base^upTo, each made by Math.pow. */
interface Powers {
  readonly base: number;
  readonly table: Float64Array;
}

function powersOf(base: number, upTo: number): Powers {
  const table = new Float64Array(upTo + 1);
  for (let k = 0; k <= upTo; k++) table[k] = Math.pow(base, k);
  return { base, table };
}

/** base^k from the table when it goes that far, else by Math.pow (the same bits either way). */
function power(powers: Powers, k: number): number {
  return k < powers.table.length ? (powers.table[k] as number) : Math.pow(powers.base, k);
}

/** One key's baseline in an array of its own (tests, and anything that scores one series). */
export class SeasonalBaseline {
  private constructor(
    private readonly model: BaselineModel,
    private readonly state: Float64Array,
  ) {}

  /** A key with no history: flat profile, the floor level, first window to be learned is `firstWindowStart`. */
  static empty(params: DetectorParams, firstWindowStart: number): SeasonalBaseline {
    const baseline = new SeasonalBaseline(new BaselineModel(params), new Float64Array(baselineLength(params)));
    baseline.model.initEmpty(baseline.state, 0, firstWindowStart);
    return baseline;
  }

  static restore(params: DetectorParams, snapshot: BaselineSnapshot): SeasonalBaseline {
    const baseline = new SeasonalBaseline(new BaselineModel(params), new Float64Array(baselineLength(params)));
    baseline.model.restore(baseline.state, 0, snapshot);
    return baseline;
  }

  snapshot(): BaselineSnapshot {
    return this.model.snapshot(this.state, 0);
  }

  /** Windows learned so far, zeros included. */
  get windows(): number {
    return this.model.windows(this.state, 0);
  }

  /** Start of the last window learned. */
  get lastWindowStart(): number {
    return this.model.lastWindowStart(this.state, 0);
  }

  expected(windowStart: number): number {
    return this.model.expected(this.state, 0, windowStart);
  }

  seasonalFactor(windowStart: number): number {
    return this.model.seasonalFactor(this.state, 0, windowStart);
  }

  size(): number {
    return this.model.size(this.state, 0);
  }

  learn(windowStart: number, count: number, expected: number, weight = 1): void {
    this.model.learn(this.state, 0, windowStart, count, expected, weight);
  }

  learnZerosUntil(windowStart: number): void {
    this.model.learnZerosUntil(this.state, 0, windowStart);
  }
}
