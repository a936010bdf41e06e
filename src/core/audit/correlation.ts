import { studentTTwoSided } from '../stats/student-t.js';

export interface Correlation {
  r: number;
  /** Pairs with both values present. */
  n: number;
  /** Two-sided p-value of r = 0: t = r √((n − 2)/(1 − r²)) with n − 2 degrees of freedom (R `cor.test`). */
  p: number;
}

/**
 * 皮尔逊相关系数 / Pearson correlation over the pairs with both values present (R `cor(use =
 * "pairwise.complete.obs")`), with the t-test p-value of R `cor.test`. NaN with fewer than 3 pairs or no spread.
 *
 * @example pearson([1, 2, 3, 4], [2, 4, 5, 9]).r // => 0.9621…
 */
export function pearson(x: ArrayLike<number>, y: ArrayLike<number>): Correlation {
  const [a, b] = completePairs(x, y);
  return withPValue(pearsonComplete(a, b), a.length);
}

/**
 * 斯皮尔曼等级相关 / Spearman rank correlation: Pearson on average ranks of the complete pairs; p-value from
 * the t approximation (R `cor.test(method = "spearman", exact = FALSE)`).
 *
 * @example spearman([1, 2, 3, 4], [1, 3, 2, 4]).r // => 0.8
 */
export function spearman(x: ArrayLike<number>, y: ArrayLike<number>): Correlation {
  const [a, b] = completePairs(x, y);
  return withPValue(pearsonComplete(averageRanks(a), averageRanks(b)), a.length);
}

function withPValue(r: number, n: number): Correlation {
  const t = r * Math.sqrt((n - 2) / (1 - r * r));
  return { r, n, p: n > 2 && Number.isFinite(r) ? studentTTwoSided(Math.abs(r) >= 1 ? Infinity : t, n - 2) : NaN };
}

export function completePairs(x: ArrayLike<number>, y: ArrayLike<number>): [Float64Array, Float64Array] {
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    a.push(x[i]);
    b.push(y[i]);
  }
  return [Float64Array.from(a), Float64Array.from(b)];
}

function pearsonComplete(a: Float64Array, b: Float64Array): number {
  const n = a.length;
  if (n < 3) return NaN;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += a[i];
    mb += b[i];
  }
  ma /= n;
  mb /= n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return saa > 0 && sbb > 0 ? sab / Math.sqrt(saa * sbb) : NaN;
}

/** Ranks 1..n with ties at their average (R `rank`, ties.method = "average"). */
export function averageRanks(x: Float64Array): Float64Array {
  const order = Array.from(x.keys()).sort((i, j) => x[i] - x[j]);
  const ranks = new Float64Array(x.length);
  for (let k = 0; k < order.length; ) {
    let end = k;
    while (end + 1 < order.length && x[order[end + 1]] === x[order[k]]) end++;
    for (let m = k; m <= end; m++) ranks[order[m]] = (k + end) / 2 + 1;
    k = end + 1;
  }
  return ranks;
}
