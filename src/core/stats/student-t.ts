import { regularizedBeta } from './incomplete-beta.js';

/**
 * 学生 t 分布双侧 p 值 / Two-sided p-value of Student's t: P(|T_ν| ≥ |t|) = I_{ν/(ν+t²)}(ν/2, ½).
 *
 * Abramowitz & Stegun 26.7.1 via the regularized incomplete beta function; matches R `2 * pt(-abs(t), df)`.
 *
 * Edge cases: ν ≤ 0 or NaN t gives NaN; |t| = Infinity gives 0.
 *
 * @example
 * studentTTwoSided(2, 10); // => 0.07338803 (R 4.2.2: 2 * pt(-2, 10))
 */
export function studentTTwoSided(t: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0) || Number.isNaN(t)) return NaN;
  if (!Number.isFinite(t)) return 0;
  return regularizedBeta(degreesOfFreedom / (degreesOfFreedom + t * t), degreesOfFreedom / 2, 0.5);
}

/**
 * 学生 t 分布函数 / Student's t cumulative distribution function P(T_ν ≤ t).
 *
 * @example
 * studentTCdf(0, 5); // => 0.5
 */
export function studentTCdf(t: number, degreesOfFreedom: number): number {
  const tail = studentTTwoSided(t, degreesOfFreedom) / 2;
  return t > 0 ? 1 - tail : tail;
}
