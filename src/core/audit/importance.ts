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
 * its nominal weight. E(y | x_i) is estimated by local-linear kernel regression (Gaussian kernel, bandwidth
 * h = 1.06 · sd(x) · n^(−1/5)), one of the smoothers the authors use; pairs with a missing value are left out.
 * Edge cases: fewer than 4 pairs or a constant x or y gives NaN.
 *
 * @example firstOrderEffect([1, 2, 3, 4, 5], [2, 4, 6, 8, 10]).correlationRatio // => 1
 */
export function firstOrderEffect(x: ArrayLike<number>, y: ArrayLike<number>): FirstOrderEffect {
  const [a, b] = completePairs(x, y);
  const n = a.length;
  const variance = (v: Float64Array | number[]) => {
    const m = v.reduce((s: number, t: number) => s + t, 0) / v.length;
    return v.reduce((s: number, t: number) => s + (t - m) ** 2, 0) / (v.length - 1);
  };
  const vx = variance(a);
  const vy = variance(b);
  if (n < 4 || !(vx > 0) || !(vy > 0)) return { correlationRatio: NaN, linear: NaN, n };
  const h = 1.06 * Math.sqrt(vx) * n ** -0.2;
  const fitted = new Float64Array(n);
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
    fitted[i] = (s2 * t0 - s1 * t1) / (s0 * s2 - s1 * s1);
  }
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
