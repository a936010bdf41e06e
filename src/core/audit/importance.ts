import { completePairs } from './correlation.js';

export interface FirstOrderEffect {
  /** S_i = V(E(y | x_i)) / V(y), the correlation ratio, from a local-linear kernel fit of y on x_i. */
  correlationRatio: number;
  /** r², the linear special case (equal to S_i when E(y | x_i) is a straight line). */
  linear: number;
  n: number;
  /** True when E(y | x_i) was estimated on the binned grid (more than EXACT_PAIRS pairs). */
  binned: boolean;
}

/** Up to this many pairs the kernel sums are exact (O(n²) per bandwidth: ~0.1 s at 2,000 pairs); above, binned. */
export const EXACT_PAIRS = 2000;
/**
 * Grid points of the binned estimator. KernSmooth's `locpoly` defaults to 401; on a skewed x (lognormal,
 * 2,500 pairs) 401 points moved S by 0.02–0.03 from the exact value, 1,001 points by 0.0003–0.006 (linear,
 * quadratic and noisy cases: < 0.0005; test/core/audit/audit.test.ts).
 */
export const BINNED_GRID = 1001;

/**
 * 一阶效应（相关比）/ First-order effect of a component on the index, Paruolo, Saisana & Saltelli (2013,
 * J. R. Stat. Soc. A 176:609) "Ratings and rankings: voodoo or science?": S_i = V_{x_i}(E(y | x_i)) / V(y),
 * the share of the index's variance that component i explains alone — its actual importance, to compare with
 * its nominal weight. E(y | x_i) is estimated by local-linear kernel regression (Gaussian kernel; the
 * bandwidth, from 0.02 to 2 sd(x), chosen by leave-one-out cross-validation), one of the nonparametric
 * smoothers the authors use; pairs with a missing value are left out.
 * Edge cases: fewer than 4 pairs or a constant x or y gives NaN.
 *
 * At county scale (57,000 region-years) the exact kernel sums cost n² per bandwidth (hours for a 100-indicator
 * framework), so above `exactPairs` pairs the sums are taken over a linearly binned grid of BINNED_GRID points
 * (Fan & Marron 1994, "Fast implementations of nonparametric curve estimators", J. Comput. Graph. Stat. 3: 35–56;
 * the method of R's KernSmooth::locpoly): O(n + grid²) per bandwidth, every pair still counted. The audit's
 * report says when this was done (`binned`).
 *
 * @example firstOrderEffect([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]).correlationRatio // => 1
 */
export function firstOrderEffect(x: ArrayLike<number>, y: ArrayLike<number>, exactPairs = EXACT_PAIRS): FirstOrderEffect {
  const [a, b] = completePairs(x, y);
  const n = a.length;
  const variance = (v: Float64Array): number => {
    let m = 0;
    for (let i = 0; i < v.length; i++) m += v[i] / v.length;
    let s = 0;
    for (let i = 0; i < v.length; i++) s += (v[i] - m) ** 2;
    return s / (v.length - 1);
  };
  const vx = variance(a);
  const vy = variance(b);
  const binned = n > exactPairs;
  if (n < 4 || !(vx > 0) || !(vy > 0)) return { correlationRatio: NaN, linear: NaN, n, binned: false };
  const bins = binned ? linearBins(a, b) : null;
  let best: { error: number; fitted: Float64Array } = { error: Infinity, fitted: new Float64Array(n) };
  for (let g = 0; g < BANDWIDTHS; g++) {
    const h = Math.sqrt(vx) * 0.02 * 100 ** (g / (BANDWIDTHS - 1));
    const fit = bins ? binnedLocalLinear(bins, a, b, h) : localLinear(a, b, h);
    if (fit.error < best.error) best = fit;
  }
  const fitted = best.fitted;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += a[i] / n;
    my += b[i] / n;
  }
  let sxy = 0;
  for (let i = 0; i < n; i++) sxy += (a[i] - mx) * (b[i] - my);
  const r = sxy / (n - 1) / Math.sqrt(vx * vy);
  return { correlationRatio: Math.min(1, variance(fitted) / vy), linear: r * r, n, binned };
}

const BANDWIDTHS = 24;

/** The local-linear fit at a point from its kernel sums s_k = Σ w d^k and t_k = Σ w d^k y (Nadaraya–Watson where singular). */
function fitAt(s0: number, s1: number, s2: number, t0: number, t1: number): number {
  const determinant = s0 * s2 - s1 * s1;
  return determinant > 0 ? (s2 * t0 - s1 * t1) / determinant : t0 / s0;
}

/** The same fit without the point itself: its own weight is 1 at d = 0, so it only enters s0 and t0. */
function leaveOneOutAt(s0: number, s1: number, s2: number, t0: number, t1: number, y: number, fit: number): number {
  const d0 = (s0 - 1) * s2 - s1 * s1;
  return d0 > 1e-12 * s2 * s2 ? (s2 * (t0 - y) - s1 * t1) / d0 : fit;
}

/** Local-linear fit at every x_i with Gaussian kernel of bandwidth h, and its leave-one-out squared error. */
function localLinear(a: Float64Array, b: Float64Array, h: number): { error: number; fitted: Float64Array } {
  const n = a.length;
  const fitted = new Float64Array(n);
  let error = 0;
  for (let i = 0; i < n; i++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let t0 = 0;
    let t1 = 0;
    for (let j = 0; j < n; j++) {
      const d = a[j] - a[i];
      const w = Math.exp(-0.5 * (d / h) ** 2);
      s0 += w;
      s1 += w * d;
      s2 += w * d * d;
      t0 += w * b[j];
      t1 += w * d * b[j];
    }
    fitted[i] = fitAt(s0, s1, s2, t0, t1);
    error += (b[i] - leaveOneOutAt(s0, s1, s2, t0, t1, b[i], fitted[i])) ** 2;
  }
  return { error: Number.isFinite(error) ? error : Infinity, fitted };
}

interface Bins {
  low: number;
  step: number;
  /** Each pair's grid cell and its position in it (0..1): its weight goes 1 − f to the cell, f to the next. */
  cell: Int32Array;
  frac: Float64Array;
  /** Binned counts and binned sums of y at each grid point. */
  count: Float64Array;
  sumY: Float64Array;
}

/** Linear binning of the pairs onto BINNED_GRID equally spaced points from min(x) to max(x). */
function linearBins(a: Float64Array, b: Float64Array): Bins {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < a.length; i++) {
    if (a[i] < low) low = a[i];
    if (a[i] > high) high = a[i];
  }
  const step = (high - low) / (BINNED_GRID - 1);
  const cell = new Int32Array(a.length);
  const frac = new Float64Array(a.length);
  const count = new Float64Array(BINNED_GRID);
  const sumY = new Float64Array(BINNED_GRID);
  for (let i = 0; i < a.length; i++) {
    const position = (a[i] - low) / step;
    const k = Math.min(BINNED_GRID - 2, Math.floor(position));
    const f = position - k;
    cell[i] = k;
    frac[i] = f;
    count[k] += 1 - f;
    count[k + 1] += f;
    sumY[k] += (1 - f) * b[i];
    sumY[k + 1] += f * b[i];
  }
  return { low, step, cell, frac, count, sumY };
}

/**
 * localLinear on the binned pairs: the five kernel sums at every grid point (the Gaussian's weights cut where
 * they fall below 1e-16), interpolated linearly to each x_i, then the same fit and leave-one-out error.
 */
function binnedLocalLinear(bins: Bins, a: Float64Array, b: Float64Array, h: number): { error: number; fitted: Float64Array } {
  const { step, cell, frac, count, sumY } = bins;
  const G = BINNED_GRID;
  const reach = Math.min(G - 1, Math.ceil((8.6 * h) / step));
  const kernel = new Float64Array(reach + 1);
  for (let l = 0; l <= reach; l++) kernel[l] = Math.exp(-0.5 * ((l * step) / h) ** 2);
  const S0 = new Float64Array(G);
  const S1 = new Float64Array(G);
  const S2 = new Float64Array(G);
  const T0 = new Float64Array(G);
  const T1 = new Float64Array(G);
  for (let m = 0; m < G; m++) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let t0 = 0;
    let t1 = 0;
    const from = Math.max(0, m - reach);
    const to = Math.min(G - 1, m + reach);
    for (let k = from; k <= to; k++) {
      const d = (k - m) * step;
      const w = kernel[k > m ? k - m : m - k];
      const wc = w * count[k];
      const wy = w * sumY[k];
      s0 += wc;
      s1 += wc * d;
      s2 += wc * d * d;
      t0 += wy;
      t1 += wy * d;
    }
    S0[m] = s0;
    S1[m] = s1;
    S2[m] = s2;
    T0[m] = t0;
    T1[m] = t1;
  }
  const n = a.length;
  const fitted = new Float64Array(n);
  let error = 0;
  for (let i = 0; i < n; i++) {
    const k = cell[i];
    const f = frac[i];
    const s0 = (1 - f) * S0[k] + f * S0[k + 1];
    const s1 = (1 - f) * S1[k] + f * S1[k + 1];
    const s2 = (1 - f) * S2[k] + f * S2[k + 1];
    const t0 = (1 - f) * T0[k] + f * T0[k + 1];
    const t1 = (1 - f) * T1[k] + f * T1[k + 1];
    fitted[i] = fitAt(s0, s1, s2, t0, t1);
    error += (b[i] - leaveOneOutAt(s0, s1, s2, t0, t1, b[i], fitted[i])) ** 2;
  }
  return { error: Number.isFinite(error) ? error : Infinity, fitted };
}
