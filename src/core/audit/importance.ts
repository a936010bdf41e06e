import { completePairs } from './correlation.js';

export interface FirstOrderEffect {
  /** S_i = V(E(y | x_i)) / V(y), the correlation ratio, from a local-linear kernel fit of y on x_i. */
  correlationRatio: number;
  /** r², the linear special case (equal to S_i when E(y | x_i) is a straight line). */
  linear: number;
  n: number;
}

/**
 * 一阶效应（相关比）/ First-order effect of a component on the index, Paruolo, Saisana & Saltelli (2013,
 * J. R. Stat. Soc. A 176:609) "Ratings and rankings: voodoo or science?": S_i = V_{x_i}(E(y | x_i)) / V(y),
 * the share of the index's variance that component i explains alone — its actual importance, to compare with
 * its nominal weight. E(y | x_i) is estimated by local-linear kernel regression (Gaussian kernel; the
 * bandwidth, from 0.02 to 2 sd(x), chosen by leave-one-out cross-validation), one of the nonparametric
 * smoothers the authors use; pairs with a missing value are left out.
 * Edge cases: fewer than 4 pairs or a constant x or y gives NaN.
 *
 * @example firstOrderEffect([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]).correlationRatio // => 1
 */
export function firstOrderEffect(x: ArrayLike<number>, y: ArrayLike<number>): FirstOrderEffect {
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
  if (n < 4 || !(vx > 0) || !(vy > 0)) return { correlationRatio: NaN, linear: NaN, n };
  let best: { error: number; fitted: Float64Array } = { error: Infinity, fitted: new Float64Array(n) };
  for (let g = 0; g < BANDWIDTHS; g++) {
    const h = Math.sqrt(vx) * 0.02 * 100 ** (g / (BANDWIDTHS - 1));
    const fit = localLinear(a, b, h);
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
  return { correlationRatio: Math.min(1, variance(fitted) / vy), linear: r * r, n };
}

const BANDWIDTHS = 24;

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
    const determinant = s0 * s2 - s1 * s1;
    fitted[i] = determinant > 0 ? (s2 * t0 - s1 * t1) / determinant : t0 / s0;
    // leave-one-out: the point's own weight is 1 at d = 0 (it only enters s0 and t0)
    const d0 = (s0 - 1) * s2 - s1 * s1;
    const loo = d0 > 1e-12 * s2 * s2 ? (s2 * (t0 - b[i]) - s1 * t1) / d0 : fitted[i];
    error += (b[i] - loo) ** 2;
  }
  return { error: Number.isFinite(error) ? error : Infinity, fitted };
}
