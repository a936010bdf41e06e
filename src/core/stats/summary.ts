import { preciseSum } from './precise-sum.js';

/** Small numeric helpers over Float64Array that skip NaN (missing). Exact loops, no allocation. */

export function countPresent(x: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < x.length; i++) if (!Number.isNaN(x[i])) n++;
  return n;
}

export function minMax(x: ArrayLike<number>): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < x.length; i++) {
    const v = x[i];
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return [lo, hi];
}

/** Mean of the present values, summed with compensation as R's mean() (long double, then refined). */
export function mean(x: ArrayLike<number>): number {
  const n = countPresent(x);
  if (n === 0) return NaN;
  const first = preciseSum(x) / n;
  const residuals = Float64Array.from(x as ArrayLike<number>, (v) => v - first);
  return first + preciseSum(residuals) / n;
}

/** Sample standard deviation (n − 1 denominator), as R's sd(): two passes, compensated sums. */
export function sampleSd(x: ArrayLike<number>): number {
  const n = countPresent(x);
  if (n < 2) return NaN;
  const m = mean(x);
  const squares = Float64Array.from(x as ArrayLike<number>, (v) => (v - m) * (v - m));
  return Math.sqrt(preciseSum(squares) / (n - 1));
}

export function median(x: ArrayLike<number>): number {
  const values = Array.from(x).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return NaN;
  return n % 2 === 1 ? values[(n - 1) / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}
