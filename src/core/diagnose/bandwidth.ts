import { NqpfError } from '../errors/nqpf-error.js';
import { quantileSorted } from '../stats/quantile-sorted.js';

function spread(values: ArrayLike<number>): { n: number; sd: number; iqr: number; first: number } {
  const n = values.length;
  if (n < 2) throw new NqpfError('KDE_TOO_FEW_VALUES', { count: n });
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new NqpfError('KDE_BAD_VALUE', { value: values[i], unit: i });
    sum += values[i];
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (values[i] - mean) ** 2;
  const sorted = Float64Array.from(values).sort();
  return {
    n,
    sd: Math.sqrt(ss / (n - 1)),
    iqr: quantileSorted(sorted, 0.75) - quantileSorted(sorted, 0.25),
    first: values[0],
  };
}

/**
 * Silverman 经验带宽 / Silverman's rule-of-thumb bandwidth, R `bw.nrd0`.
 *
 * 0.9 · min(sd, IQR/1.34) · n^(−1/5) (Silverman 1986, eq. 3.31; R stats `bw.nrd0`), IQR from R's quantile type 7,
 * sd with n − 1. R's fallbacks when the minimum is 0: use sd; if that is 0 too, |x_1|; if that is 0, 1.
 *
 * Edge cases: fewer than 2 values → `KDE_TOO_FEW_VALUES`; a non-finite value → `KDE_BAD_VALUE`.
 *
 * @example
 * bandwidthNrd0([1, 2, 3, 4, 10]); // => 0.9735846228506357 (R 4.2.2: bw.nrd0(c(1, 2, 3, 4, 10)))
 */
export function bandwidthNrd0(values: ArrayLike<number>): number {
  const { n, sd, iqr, first } = spread(values);
  let lo = Math.min(sd, iqr / 1.34);
  if (!lo) lo = sd || Math.abs(first) || 1;
  return 0.9 * lo * n ** -0.2;
}

/**
 * Scott 带宽 / Scott's variation of the normal reference bandwidth, R `bw.nrd`.
 *
 * 1.06 · min(sd, IQR/1.34) · n^(−1/5) (Scott 1992; R stats `bw.nrd`). Unlike nrd0, R has no fallback here.
 *
 * Edge cases: as `bandwidthNrd0`; a zero result (IQR = 0) → `KDE_ZERO_BANDWIDTH`.
 *
 * @example
 * bandwidthNrd([1, 2, 3, 4, 10]); // => 1.1466663335796377 (R 4.2.2: bw.nrd(c(1, 2, 3, 4, 10)))
 */
export function bandwidthNrd(values: ArrayLike<number>): number {
  const { n, sd, iqr } = spread(values);
  const h = 1.06 * Math.min(sd, iqr / 1.34) * n ** -0.2;
  if (!(h > 0)) throw new NqpfError('KDE_ZERO_BANDWIDTH', { rule: 'nrd' });
  return h;
}
