import { describe, expect, it } from 'vitest';
import { countSurprise, logRegularisedBeta } from './count-tail.js';

/** P(X ≥ x) for NB(mean, size) by summing the probability mass below x: the slow, obvious way. */
function bruteTail(x: number, mean: number, size: number): number {
  const p = size / (size + mean);
  let pmf = Math.pow(p, size); // P(X = 0)
  let below = 0;
  for (let k = 0; k < x; k++) {
    below += pmf;
    pmf *= ((k + size) / (k + 1)) * (1 - p);
  }
  return 1 - below;
}

describe('countSurprise', () => {
  it('matchesTheNegativeBinomialTailSummedByHand', () => {
    for (const [x, mean, size] of [
      [3, 0.5, 2],
      [5, 1, 0.5],
      [10, 2, 5],
      [40, 10, 3],
      [2, 0.2, 100],
    ] as const) {
      expect(countSurprise(x, mean, size)).toBeCloseTo(-Math.log10(bruteTail(x, mean, size)), 6);
    }
  });

  it('approachesThePoissonTailAsOverDispersionVanishes', () => {
    // P(X ≥ 4) for Poisson(1) = 1 − e^-1 (1 + 1 + 1/2 + 1/6)
    const poisson = 1 - Math.exp(-1) * (1 + 1 + 0.5 + 1 / 6);
    expect(countSurprise(4, 1, 1e7)).toBeCloseTo(-Math.log10(poisson), 4);
  });

  it('isZeroAtOrBelowTheMeanAndGrowsWithTheCount', () => {
    expect(countSurprise(0, 1, 2)).toBe(0);
    expect(countSurprise(2, 2, 2)).toBe(0);
    const surprises = [3, 5, 10, 20, 50].map((x) => countSurprise(x, 1, 2));
    for (let i = 1; i < surprises.length; i++) expect(surprises[i]).toBeGreaterThan(surprises[i - 1] as number);
  });

  it('saysOverDispersedCountsAreLessSurprising', () => {
    expect(countSurprise(10, 2, 0.5)).toBeLessThan(countSurprise(10, 2, 50));
  });

  it('staysFiniteForHugeCounts', () => {
    expect(countSurprise(100_000, 1, 2)).toBe(300);
  });
});

describe('logRegularisedBeta', () => {
  it('isZeroAndMinusInfinityAtTheEnds', () => {
    expect(logRegularisedBeta(1, 2, 3)).toBe(0);
    expect(logRegularisedBeta(0, 2, 3)).toBe(-Infinity);
  });

  it('gives I_x(1, 1) = x', () => {
    expect(Math.exp(logRegularisedBeta(0.3, 1, 1))).toBeCloseTo(0.3, 10);
    expect(Math.exp(logRegularisedBeta(0.8, 1, 1))).toBeCloseTo(0.8, 10);
  });
});
