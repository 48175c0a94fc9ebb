import { describe, expect, it } from 'vitest';
import { createPacer } from './pacing.js';

describe('createPacer', () => {
  it('makesPostIDueAtWallStartPlusItsEventOffsetOverTheSpeed', () => {
    const pacer = createPacer(4, 0);
    expect(pacer.waitMs(10_000, 500)).toBe(0); // the first post fixes t0 = 10 s and wallStart = 500
    expect(pacer.waitMs(12_000, 500)).toBe(500); // 2 s of event time at 4× is 500 ms
    expect(pacer.waitMs(14_000, 800)).toBe(700); // due at 500 + 4000 / 4 = 1500
    expect(pacer.waitMs(14_000, 1_500)).toBe(0);
  });

  it('sendsPostsDueWithinTheMinimumSleepAtOnce', () => {
    const pacer = createPacer(1, 20);
    pacer.waitMs(0, 0);
    expect(pacer.waitMs(19, 0)).toBe(0);
    expect(pacer.waitMs(20, 0)).toBe(20);
  });

  it('sendsOutOfOrderPostsAtOnce', () => {
    const pacer = createPacer(1, 0);
    pacer.waitMs(5_000, 0);
    expect(pacer.waitMs(1_000, 10)).toBe(0);
  });

  it('neverWaitsAtMax', () => {
    const pacer = createPacer('max');
    pacer.waitMs(0, 0);
    expect(pacer.waitMs(3_600_000, 0)).toBe(0);
  });

  it('refusesSpeedsThatAreNotPositive', () => {
    expect(() => createPacer(0)).toThrow(/positive.*got 0/);
    expect(() => createPacer(-2)).toThrow(/got -2/);
    expect(() => createPacer(Number.NaN)).toThrow(/got NaN/);
    expect(() => createPacer(Number.POSITIVE_INFINITY)).toThrow(/got Infinity/);
  });
});
