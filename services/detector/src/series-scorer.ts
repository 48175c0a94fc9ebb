/**
 * An anomaly score for one regular count series, point by point: the detector's own seasonal
 * baseline and negative-binomial tail, run over a single key with no windows to aggregate, no
 * broader key to borrow from and no incident lifecycle.
 *
 * Use it to score a series that is already counted per bin (the NAB benchmark's 5-minute tweet
 * counts, a backtest of one `service|country` key): `score(timeMs, value)` returns a number in
 * [0, 1] for each row in time order, strictly online (it sees only the rows so far), in O(1)
 * time and about 0.6 KB of state. Each row is first scored by `KeyState.score` against what the
 * baseline expected (surprise = −log10 P(X ≥ x), latest bin and the sum of the last
 * `scoreWindows` bins), then learnt by `KeyState.learn` with the detector's rule: an anomalous
 * row, and an above-normal row right after one, teaches the baseline with
 * `anomalousLearnWeight`, every other row with weight 1.
 *
 * Without options the score is the detector's own, surprise / (surprise + 10). Two options,
 * both off by default, turn it into a score for a benchmark that counts every row above a
 * threshold as a detection and rewards only the first one of an event:
 *
 * - `recordHalfLifeMs` (record novelty): how a count compares with the largest count seen
 *   recently. The record is the running maximum of the raw counts, decaying with this
 *   half-life; the score is ratio / (1 + ratio) with ratio = (x + c) / (record + c),
 *   c = `recordPseudoCount`, when the row is at least `recordMinSurprise` surprising under the
 *   baseline, and 0 otherwise. A burst scores high on its first rows (a new record) and low
 *   once it has set the record, so it raises one alarm, not one per row; a burst far smaller
 *   than last week's does not alarm at all. The surprise gate keeps a new record that the
 *   season explains (a busy Monday after a quiet weekend) from scoring.
 *   `recordRiseHalfLifeMs` makes the record climb towards a higher count instead of jumping to
 *   it: a burst that lasts sets the record, a lone spike of one bin only nudges it, so one
 *   freak bin does not silence every burst of the following week.
 * - `holdHalfLifeMs` (refractory hold): a row scores only when it beats the highest recent
 *   score, which decays with this half-life; otherwise it scores 0. One event, one alarm (a
 *   burst whose score keeps rising keeps scoring: the hold is one number, not a sliding max).
 *
 * The first `warmUpMs` of the series score 0 (flagged `warmingUp` by `scoreRow`): the baseline
 * has not seen a day yet, so a count's surprise says nothing. Deterministic: no clock, no
 * randomness; the same rows give the same scores.
 */
import { z } from 'zod';
import { scoreOf } from './incidents.js';
import { KeyState } from './key-state.js';
import type { DetectorParams } from './params.js';

export const SERIES_SCORER_OPTIONS_SCHEMA = z
  .object({
    recordHalfLifeMs: z
      .number()
      .int()
      .nonnegative()
      .default(0)
      .describe(
        'Half-life of the decaying record (running maximum of the counts) that record novelty compares each count with; 0 = off, the score is the surprise score alone. A week on NAB realTweets: a burst is news when it beats the largest burst of the last week or so.',
      ),
    recordPseudoCount: z
      .number()
      .positive()
      .default(5)
      .describe(
        'Added to the count and to the record before taking their ratio, so that on a quiet series 2 against a record of 1 is not a doubling. In counts per bin.',
      ),
    recordMinSurprise: z
      .number()
      .nonnegative()
      .default(2)
      .describe(
        'With record novelty on, a row scores 0 unless its surprise (−log10 P under the baseline) is at least this: 2 = at most a 1% chance. A new record that the time of day explains is not an anomaly.',
      ),
    recordRiseHalfLifeMs: z
      .number()
      .int()
      .nonnegative()
      .default(0)
      .describe(
        'How fast the record climbs to a higher count: each row closes half the gap to a higher count in this half-life. 0 = at once, the record is the running maximum. 15 min on NAB realTweets: a sustained burst sets the record within an hour, a single-bin spike only lifts it a fifth of the way, so the next burst the week after is still news.',
      ),
    holdHalfLifeMs: z
      .number()
      .int()
      .nonnegative()
      .default(0)
      .describe(
        'Refractory hold: a row scores only when it beats the highest recent score, which decays with this half-life, else 0. 0 = off. Turns the rows of one event into one alarm.',
      ),
  })
  .strict();

export type SeriesScorerOptions = z.infer<typeof SERIES_SCORER_OPTIONS_SCHEMA>;

/** The record after a higher count `value`, `dt` after the last row: `value` itself when `riseHalfLifeMs` is 0. */
function raisedRecord(record: number, value: number, dt: number, riseHalfLifeMs: number): number {
  if (riseHalfLifeMs <= 0) return value;
  return record + (1 - Math.pow(2, -dt / riseHalfLifeMs)) * (value - record);
}

/** The defaults, complete: record novelty and hold off, the detector's own score. */
export function seriesScorerOptions(overrides: Partial<SeriesScorerOptions> = {}): SeriesScorerOptions {
  return SERIES_SCORER_OPTIONS_SCHEMA.parse(overrides);
}

/** What one row looked like to the scorer, for inspection and tests. */
export interface SeriesRowScore {
  score: number;
  expected: number;
  surprise: number;
  /** The decayed record the row was compared with, before the row updated it. */
  record: number;
  anomalous: boolean;
  /** Less than `warmUpMs` of history: the baseline is not yet trusted, the score is 0 and the row only teaches. */
  warmingUp: boolean;
}

export class SeriesScorer {
  private state: KeyState | undefined;
  private lastTime = -Infinity;
  private inOutage = false;
  private record = 0;
  private hold = 0;

  constructor(
    private readonly params: DetectorParams,
    private readonly options: SeriesScorerOptions = seriesScorerOptions(),
  ) {}

  /** The anomaly score in [0, 1] of the next row; `timeMs` must increase from row to row. */
  score(timeMs: number, value: number): number {
    return this.scoreRow(timeMs, value).score;
  }

  /** `score`, with what the baseline expected and how the score came about. */
  scoreRow(timeMs: number, value: number): SeriesRowScore {
    if (!Number.isFinite(timeMs) || timeMs <= this.lastTime) {
      throw new RangeError(`series rows must come in increasing time order: ${timeMs} after ${this.lastTime}`);
    }
    if (!Number.isFinite(value) || value < 0) throw new RangeError(`a count must be finite and non-negative, got ${value}`);
    const dt = this.lastTime === -Infinity ? 0 : timeMs - this.lastTime;
    this.lastTime = timeMs;
    this.state ??= KeyState.empty(this.params, timeMs);
    const state = this.state;

    const judged = state.score(timeMs, value, state.expectation(timeMs, undefined));
    const outage = judged.anomalous || (this.inOutage && judged.aboveNormal);
    state.learn(timeMs, value, judged.expected, outage ? this.params.anomalousLearnWeight : 1);
    this.inOutage = outage;

    const o = this.options;
    let score = scoreOf(judged.surprise);
    const record = (this.record *= o.recordHalfLifeMs > 0 ? Math.pow(2, -dt / o.recordHalfLifeMs) : 0);
    if (o.recordHalfLifeMs > 0) {
      const ratio = (value + o.recordPseudoCount) / (record + o.recordPseudoCount);
      score = judged.surprise >= o.recordMinSurprise ? ratio / (1 + ratio) : 0;
      if (value > record) this.record = raisedRecord(record, value, dt, o.recordRiseHalfLifeMs);
    }
    // A baseline still warming up knows nothing yet: its surprise would be noise, not news.
    if (judged.warmingUp) score = 0;
    if (o.holdHalfLifeMs > 0) {
      this.hold *= Math.pow(2, -dt / o.holdHalfLifeMs);
      const held = this.hold;
      this.hold = Math.max(held, score);
      if (score <= held) score = 0;
    }
    return {
      score,
      expected: judged.expected,
      surprise: judged.surprise,
      record,
      anomalous: judged.anomalous,
      warmingUp: judged.warmingUp,
    };
  }
}
