/**
 * 克朗巴赫 α 系数 / Cronbach's alpha of a group of k columns: α = k² σ̄ / Σ_all, with Σ_all the sum of the
 * covariance matrix and σ̄ the mean off-diagonal covariance (COINr `get_cronbach`; Cronbach 1951), each
 * covariance over the rows where both columns are present (R `cov(use = "pairwise.complete.obs")`).
 * Edge cases: fewer than two columns gives NaN.
 *
 * @example cronbachAlpha([[1, 2, 3, 4], [2, 3, 3, 5]]) // => 0.9375
 */
export function cronbachAlpha(columns: ArrayLike<number>[]): number {
  const k = columns.length;
  if (k < 2) return NaN;
  let total = 0;
  let diagonal = 0;
  for (let i = 0; i < k; i++) {
    for (let j = i; j < k; j++) {
      const c = pairwiseCovariance(columns[i], columns[j]);
      if (Number.isNaN(c)) continue;
      if (i === j) diagonal += c;
      total += i === j ? c : 2 * c;
    }
  }
  const meanOffDiagonal = (total - diagonal) / (k * (k - 1));
  return (k * k * meanOffDiagonal) / total;
}

/** Sample covariance (n − 1) over the rows where both are present. */
export function pairwiseCovariance(x: ArrayLike<number>, y: ArrayLike<number>): number {
  let n = 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    n++;
    mx += x[i];
    my += y[i];
  }
  if (n < 2) return NaN;
  mx /= n;
  my /= n;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    s += (x[i] - mx) * (y[i] - my);
  }
  return s / (n - 1);
}
