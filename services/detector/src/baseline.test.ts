import { describe, expect, it } from 'vitest';
import { dayOfWeek, SeasonalBaseline, type BaselineSnapshot } from './baseline.js';
import { detectorParams } from './params.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONDAY = Date.UTC(2022, 9, 24);

describe('SeasonalBaseline', () => {
  const params = detectorParams();

  it('learnsAConstantRate', () => {
    const baseline = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY; t < MONDAY + 2 * DAY; t += MINUTE) baseline.learn(t, 3, baseline.expected(t));
    expect(baseline.expected(MONDAY + 2 * DAY)).toBeGreaterThan(2.85);
    expect(baseline.expected(MONDAY + 2 * DAY)).toBeLessThan(3.15);
  });

  it('learnsThatDaysAreBusierThanNights', () => {
    const baseline = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY; t < MONDAY + 7 * DAY; t += MINUTE) {
      const hour = Math.floor((t % DAY) / HOUR);
      baseline.learn(t, hour >= 8 && hour < 20 ? 4 : 1, baseline.expected(t));
    }
    const noon = baseline.expected(MONDAY + 7 * DAY + 12 * HOUR);
    const night = baseline.expected(MONDAY + 7 * DAY + 2 * HOUR);
    expect(noon / night).toBeGreaterThan(2.5);
  });

  it('learnsEmptyWindowsLazilyAlmostAsIfOneByOne', () => {
    const lazy = SeasonalBaseline.empty(params, MONDAY);
    const eager = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY; t < MONDAY + DAY; t += MINUTE) {
      const count = t % (10 * MINUTE) === 0 ? 2 : 0;
      eager.learn(t, count, eager.expected(t));
      if (count > 0) lazy.learn(t, count, lazy.expected(t));
    }
    lazy.learnZerosUntil(MONDAY + DAY);
    expect(lazy.windows).toBe(eager.windows);
    expect(lazy.expected(MONDAY + DAY)).toBeCloseTo(eager.expected(MONDAY + DAY), 2);
  });

  it('capsWhatOneBurstCanTeach', () => {
    const baseline = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY; t < MONDAY + 7 * DAY; t += MINUTE) baseline.learn(t, 1, baseline.expected(t));
    const before = baseline.expected(MONDAY + 7 * DAY);
    baseline.learn(MONDAY + 7 * DAY, 10_000, before);
    expect(baseline.expected(MONDAY + 7 * DAY + MINUTE)).toBeLessThan(before * 1.1);
  });

  it('learnsNothingButTimeWithWeightZero', () => {
    const baseline = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY; t < MONDAY + DAY; t += MINUTE) baseline.learn(t, 1, baseline.expected(t));
    const before = baseline.snapshot();
    baseline.learn(MONDAY + DAY, 50, 1, 0);
    expect(baseline.snapshot()).toEqual({ ...before, windows: before.windows + 1, lastWindowStart: MONDAY + DAY });
  });

  it('restoresFromItsSnapshotExactly', () => {
    const baseline = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY; t < MONDAY + DAY; t += 7 * MINUTE) baseline.learn(t, (t / MINUTE) % 5, baseline.expected(t));
    const copy = SeasonalBaseline.restore(params, JSON.parse(JSON.stringify(baseline.snapshot())) as BaselineSnapshot);
    copy.learn(MONDAY + DAY, 3, 1);
    baseline.learn(MONDAY + DAY, 3, 1);
    expect(copy.snapshot()).toEqual(baseline.snapshot());
  });

  it('estimatesMoreDispersionForClumpedCounts', () => {
    const steady = SeasonalBaseline.empty(params, MONDAY);
    const clumped = SeasonalBaseline.empty(params, MONDAY);
    for (let t = MONDAY, i = 0; t < MONDAY + DAY; t += MINUTE, i++) {
      steady.learn(t, 2, steady.expected(t));
      clumped.learn(t, i % 4 === 0 ? 8 : 0, clumped.expected(t));
    }
    expect(clumped.size()).toBeLessThan(steady.size());
  });

  it('numbersWeekdaysFromSunday', () => {
    expect(dayOfWeek(MONDAY)).toBe(1);
    expect(dayOfWeek(Date.UTC(2022, 9, 30))).toBe(0);
  });
});
