/**
 * How surprising a count is under a count model: the upper-tail probability P(X ≥ x) of a
 * negative binomial with mean `mean` and variance mean + mean²/size, reported as a surprise
 * −log10 P (0 = unremarkable, 3 = one in a thousand, 10 = one in ten billion).
 *
 * Complaint counts per key and minute are small and bursty (mostly 0–2, clumped: one viral
 * post brings friends), so a Gaussian z-score is wrong twice: it has no mass at 0 and too thin
 * a tail. The negative binomial is the usual over-dispersed count model (Poisson as size → ∞).
 * P(X ≥ x) = I_p(x, size) with p = mean / (mean + size), the regularised incomplete beta
 * function, evaluated with the continued fraction of Numerical Recipes §6.4 (modified Lentz);
 * log Γ comes from simple-statistics.
 */
import { gammaln } from 'simple-statistics';

/** Above this, the tail is far beyond any threshold: stop computing. */
export const MAX_SURPRISE = 300;

/** −log10 P(X ≥ count) for X ~ NB(mean, size); 0 when count ≤ mean (never surprising from below). */
export function countSurprise(count: number, mean: number, size: number): number {
  if (count <= 0 || count <= mean) return 0;
  if (mean <= 0) return MAX_SURPRISE;
  const p = mean / (mean + size);
  const logTail = logRegularisedBeta(p, count, size);
  return Math.min(MAX_SURPRISE, -logTail / Math.LN10);
}

/** ln I_x(a, b), the log of the regularised incomplete beta function, for 0 < x < 1 and a, b > 0. */
export function logRegularisedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return -Infinity;
  if (x >= 1) return 0;
  const logFront = gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log1p(-x);
  // The continued fraction converges fast on this side; use the symmetry I_x(a,b) = 1 − I_{1−x}(b,a) on the other.
  if (x < (a + 1) / (a + b + 2)) return logFront + Math.log(betaContinuedFraction(a, b, x) / a);
  const complement = (Math.exp(logFront) * betaContinuedFraction(b, a, 1 - x)) / b;
  return Math.log1p(-Math.min(complement, 1 - 1e-16));
}

const TINY = 1e-300;
const TOLERANCE = 1e-10;
const MAX_TERMS = 200;

function betaContinuedFraction(a: number, b: number, x: number): number {
  const guard = (v: number) => (Math.abs(v) < TINY ? TINY : v);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let result = d;
  for (let m = 1; m <= MAX_TERMS; m++) {
    const m2 = 2 * m;
    const even = (m * (b - m) * x) / ((a - 1 + m2) * (a + m2));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    result *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + m2) * (a + 1 + m2));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const step = d * c;
    result *= step;
    if (Math.abs(step - 1) < TOLERANCE) break;
  }
  return result;
}
