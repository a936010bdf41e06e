import { preciseSum } from '../stats/precise-sum.js';
import { mean } from '../stats/summary.js';

function centredPowerSums(x: ArrayLike<number>): { n: number; s2: number; s3: number; s4: number } {
  const present = Array.from(x).filter((v) => !Number.isNaN(v));
  const m = mean(present);
  const d = present.map((v) => v - m);
  return {
    n: present.length,
    s2: preciseSum(d.map((v) => v * v)),
    s3: preciseSum(d.map((v) => v * v * v)),
    s4: preciseSum(d.map((v) => v * v * v * v)),
  };
}

/**
 * Sample skewness 偏度, Excel SKEW / e1071 type 2 (as COINr `skew`): √n Σd³ / (Σd²)^{3/2} · √(n(n−1))/(n−2),
 * d = x − x̄ over present values. NaN for fewer than 3 values or no spread.
 *
 * @example skewness([1,2,3,4,5,6,7,8,9,10,30,100]) // => 3.0632410342… (COINr 1.1.14 vignette treat.Rmd)
 */
export function skewness(x: ArrayLike<number>): number {
  const { n, s2, s3 } = centredPowerSums(x);
  if (n < 3 || !(s2 > 0)) return NaN;
  return ((Math.sqrt(n) * s3) / s2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
}

/**
 * Sample excess kurtosis 峰度, Excel KURT / e1071 type 2 (as COINr `kurt`): r = nΣd⁴/(Σd²)²,
 * ((n+1)(r−3)+6)(n−1)/((n−2)(n−3)). NaN for fewer than 4 values or no spread.
 *
 * @example kurtosis([1,2,3,4,5,6,7,8,9,10,30,100]) // => 9.7413908345… (COINr 1.1.14 vignette treat.Rmd)
 */
export function kurtosis(x: ArrayLike<number>): number {
  const { n, s2, s4 } = centredPowerSums(x);
  if (n < 4 || !(s2 > 0)) return NaN;
  const r = (n * s4) / (s2 * s2);
  return (((n + 1) * (r - 3) + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

export interface SkewKurtCheck {
  pass: boolean;
  skew: number;
  kurt: number;
}

/**
 * The JRC outlier rule (COINr `check_SkewKurt`): an indicator passes iff |skew| < skewLimit OR kurt < kurtLimit;
 * it needs treatment only when both are at or above their limits. NaN moments count as passing (nothing to treat).
 *
 * @example checkSkewKurt([1,2,3,4,5,6,7,8,9,10,100], 2, 3.5).pass // => false (COINr test-treat.R)
 */
export function checkSkewKurt(x: ArrayLike<number>, skewLimit: number, kurtLimit: number): SkewKurtCheck {
  const skew = skewness(x);
  const kurt = kurtosis(x);
  const fails = Math.abs(skew) >= skewLimit && kurt >= kurtLimit;
  return { pass: !fails, skew, kurt };
}
