import { describe, expect, it } from 'vitest';
import { detectorParams, TIME } from './params.js';
import { SeriesScorer, seriesScorerOptions, type SeriesScorerOptions } from './series-scorer.js';

const BIN = 5 * TIME.MINUTE;
const PARAMS = detectorParams({ windowSizeMs: BIN });
/** Monday 2 March 2015, 00:00 UTC. */
const START = Date.UTC(2015, 2, 2);
const DAYS = 8;
const SPIKE_AT = 6 * 288 + 150; // day 7, 12:30
const SECOND_SPIKE_AT = SPIKE_AT + 60; // five hours later, a little smaller

/** A seasonal count series (quiet nights, busy days), deterministic noise, and two spikes on day 7. */
function seasonalSeries(): { times: number[]; values: number[] } {
  let seed = 12345;
  const noise = () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 2 ** 32;
  };
  const times: number[] = [];
  const values: number[] = [];
  for (let i = 0; i < DAYS * 288; i++) {
    const time = START + i * BIN;
    const hour = (time % TIME.DAY) / TIME.HOUR;
    const mean = 20 + 15 * Math.sin(((hour - 6) / 24) * 2 * Math.PI);
    let value = Math.round(mean * (0.8 + 0.4 * noise()));
    if (i === SPIKE_AT) value = 200;
    if (i === SECOND_SPIKE_AT) value = 150;
    times.push(time);
    values.push(value);
  }
  return { times, values };
}

function scoreAll(options: Partial<SeriesScorerOptions> = {}, rows = seasonalSeries()): number[] {
  const scorer = new SeriesScorer(PARAMS, seriesScorerOptions(options));
  return rows.times.map((time, i) => scorer.score(time, rows.values[i] as number));
}

const NAB_LIKE: Partial<SeriesScorerOptions> = {
  recordHalfLifeMs: 14 * TIME.DAY,
  recordRiseHalfLifeMs: 15 * TIME.MINUTE,
  recordMinSurprise: 4,
  holdHalfLifeMs: 12 * TIME.HOUR,
};

describe('SeriesScorer', () => {
  it('isStrictlyOnlineAPrefixScoresTheSameWhateverFollows', () => {
    const series = seasonalSeries();
    for (const options of [{}, NAB_LIKE]) {
      const whole = scoreAll(options, series);
      const half = Math.floor(series.times.length / 2);
      const prefix = scoreAll(options, { times: series.times.slice(0, half), values: series.values.slice(0, half) });
      expect(prefix).toEqual(whole.slice(0, half));
    }
  });

  it('isDeterministic', () => {
    expect(scoreAll(NAB_LIKE)).toEqual(scoreAll(NAB_LIKE));
  });

  it('scoresInTheUnitIntervalAndZeroWhileWarmingUp', () => {
    const scorer = new SeriesScorer(PARAMS, seriesScorerOptions(NAB_LIKE));
    const { times, values } = seasonalSeries();
    const rows = times.map((time, i) => scorer.scoreRow(time, values[i] as number));
    for (const row of rows) expect(row.score >= 0 && row.score <= 1).toBe(true);
    const warmUpRows = PARAMS.warmUpMs / BIN;
    expect(rows.slice(0, warmUpRows).every((r) => r.warmingUp && r.score === 0)).toBe(true);
    expect(rows.slice(warmUpRows + 1).some((r) => r.warmingUp)).toBe(false);
  });

  it('scoresASpikeInASeasonalSeriesAboveEveryOrdinaryRow', () => {
    for (const options of [{}, NAB_LIKE]) {
      const scores = scoreAll(options);
      const ordinary = scores.filter((_, i) => i !== SPIKE_AT && i !== SECOND_SPIKE_AT);
      expect(scores[SPIKE_AT]).toBeGreaterThan(Math.max(...ordinary));
    }
  });

  it('recordNoveltyScoresASmallerSecondSpikeBelowTheFirst', () => {
    const plain = scoreAll({});
    const novelty = scoreAll({ recordHalfLifeMs: 7 * TIME.DAY });
    // The surprise score still rates the second spike as highly as the first; record novelty does not.
    expect(plain[SECOND_SPIKE_AT]).toBeGreaterThan(0.5 * (plain[SPIKE_AT] as number));
    expect(novelty[SECOND_SPIKE_AT]).toBeLessThan(0.5);
    expect(novelty[SPIKE_AT]).toBeGreaterThan(0.5);
  });

  it('changesItsScoresWithEachOption', () => {
    const base = { recordHalfLifeMs: 7 * TIME.DAY, recordPseudoCount: 5, recordMinSurprise: 2, holdHalfLifeMs: 0 };
    const variants: Partial<SeriesScorerOptions>[] = [
      { recordHalfLifeMs: 0 },
      { recordHalfLifeMs: 12 * TIME.HOUR },
      { recordPseudoCount: 50 },
      { recordRiseHalfLifeMs: 15 * TIME.MINUTE },
      { recordMinSurprise: 0 },
      { holdHalfLifeMs: 6 * TIME.HOUR },
    ];
    const reference = scoreAll(base);
    for (const variant of variants) expect(scoreAll({ ...base, ...variant }), JSON.stringify(variant)).not.toEqual(reference);
  });

  it('recordRiseLetsALoneSpikeNudgeTheRecordButABurstThatLastsSetIt', () => {
    const series = seasonalSeries();
    const BURST_AT = SPIKE_AT - 288; // day 6: twelve bins of 200, an hour
    for (let i = BURST_AT; i < BURST_AT + 12; i++) series.values[i] = 200;
    const recordsOf = (options: Partial<SeriesScorerOptions>) => {
      const scorer = new SeriesScorer(PARAMS, seriesScorerOptions(options));
      return series.times.map((time, i) => scorer.scoreRow(time, series.values[i] as number).record);
    };
    const rising = recordsOf({ recordHalfLifeMs: 7 * TIME.DAY, recordRiseHalfLifeMs: 15 * TIME.MINUTE });
    const jumping = recordsOf({ recordHalfLifeMs: 7 * TIME.DAY });
    // `record` is what a row is compared with, before the row updates it.
    expect(jumping[BURST_AT + 1]).toBeCloseTo(200 * Math.pow(2, -BIN / (7 * TIME.DAY)), 9);
    const afterOneBin = rising[BURST_AT + 1] as number;
    const before = rising[BURST_AT] as number;
    // One 5-minute bin closes 1 − 2^(−5/15) ≈ 21% of the gap (then decays a bin's worth).
    const decay = Math.pow(2, -BIN / (7 * TIME.DAY));
    expect(afterOneBin).toBeCloseTo((before + (1 - Math.pow(2, -1 / 3)) * (200 - before)) * decay, 9);
    expect(afterOneBin).toBeLessThan(before + 0.25 * (200 - before));
    expect(rising[BURST_AT + 12] as number).toBeGreaterThan(180);
    expect(rising[BURST_AT + 12] as number).toBeLessThan(200);
  });

  it('recordRiseKeepsABurstAfterALoneSpikeNews', () => {
    const series = seasonalSeries();
    // A lone spike of 200, then five hours later a burst of 150 that lasts half an hour.
    for (let i = SECOND_SPIKE_AT; i < SECOND_SPIKE_AT + 6; i++) series.values[i] = 150;
    const novelty = { recordHalfLifeMs: 7 * TIME.DAY, recordMinSurprise: 4 };
    const jumping = scoreAll(novelty, series);
    const rising = scoreAll({ ...novelty, recordRiseHalfLifeMs: 15 * TIME.MINUTE }, series);
    expect(jumping[SECOND_SPIKE_AT]).toBeLessThan(0.5);
    // Above 0.6: the burst beats the record by half again.
    expect(rising[SECOND_SPIKE_AT]).toBeGreaterThan(0.6);
    expect(Math.min(rising[SPIKE_AT] as number, jumping[SPIKE_AT] as number)).toBeGreaterThan(0.7);
  });

  it('holdSilencesTheRowsOfABurstAfterItsFirst', () => {
    const series = seasonalSeries();
    // A burst of six equal rows instead of one: record novelty rates rows 2-6 at ratio 1 (0.5).
    for (let i = SPIKE_AT; i < SPIKE_AT + 6; i++) series.values[i] = 200;
    const novelty = { recordHalfLifeMs: 7 * TIME.DAY };
    const free = scoreAll(novelty, series).slice(SPIKE_AT, SPIKE_AT + 6);
    const held = scoreAll({ ...novelty, holdHalfLifeMs: 6 * TIME.HOUR }, series).slice(SPIKE_AT, SPIKE_AT + 6);
    expect(held[0]).toBe(free[0]);
    expect(free.slice(1).every((s) => s >= 0.5)).toBe(true);
    expect(held.slice(1)).toEqual([0, 0, 0, 0, 0]);
  });

  it('rejectsRowsOutOfTimeOrderAndNegativeCounts', () => {
    const scorer = new SeriesScorer(PARAMS);
    scorer.score(START, 3);
    expect(() => scorer.score(START, 3)).toThrow(/increasing time order/);
    expect(() => scorer.score(START + BIN, -1)).toThrow(/non-negative/);
    expect(() => scorer.score(START + BIN, Number.NaN)).toThrow(/non-negative/);
  });

  it('rejectsUnknownOptions', () => {
    expect(() => seriesScorerOptions({ recordHalfLife: 3 } as Partial<SeriesScorerOptions>)).toThrow();
  });
});
