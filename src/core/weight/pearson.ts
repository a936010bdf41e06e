import { mean } from '../stats/summary.js';

/** Pearson correlation of two equal-length complete columns; 0 when either is constant (no information). */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x === y) return 1;
  const mx = mean(x);
  const my = mean(y);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < x.length; i++) {
    sxy += (x[i] - mx) * (y[i] - my);
    sxx += (x[i] - mx) ** 2;
    syy += (y[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}
