import { studentTTwoSided } from './student-t.js';

/** One coefficient with its standard error, t statistic and two-sided p-value. */
export interface Coefficient {
  estimate: number;
  standardError: number;
  t: number;
  p: number;
}

export interface SimpleRegressionResult {
  slope: Coefficient;
  /** Null when the model has no intercept (the within estimator). */
  intercept: Coefficient | null;
  rSquared: number;
  degreesOfFreedom: number;
  observations: number;
}

function coefficient(estimate: number, standardError: number, df: number): Coefficient {
  const t = estimate / standardError;
  return { estimate, standardError, t, p: studentTTwoSided(t, df) };
}

/**
 * 一元最小二乘回归 / Ordinary least squares of y on one regressor, with classical standard errors.
 *
 * With intercept: b = Sxy/Sxx, a = ȳ − b x̄, s² = RSS/(n − 2), se(b) = √(s²/Sxx), se(a) = √(s²(1/n + x̄²/Sxx)),
 * R² = 1 − RSS/TSS (as R `summary(lm(y ~ x))`). `absorbed` > 0 means y and x were already demeaned within groups
 * (the fixed-effects within estimator): no intercept, Sxx = Σx², df = n − absorbed − 1, and R² is the within R²
 * (as R `lm(y ~ x + factor(g))` for the slope; `plm` "within" for R²). t p-values from Student's t.
 *
 * Edge cases: callers validate (finite pairs, df ≥ 1); a constant regressor gives NaN coefficients, which the
 * caller reports as an error.
 *
 * @example
 * simpleRegression([1, 2, 3, 4], [3, 5, 7, 9.5]).slope.estimate; // => 2.15
 */
export function simpleRegression(x: ArrayLike<number>, y: ArrayLike<number>, absorbed = 0): SimpleRegressionResult {
  const n = x.length;
  let mx = 0;
  let my = 0;
  if (absorbed === 0) {
    for (let i = 0; i < n; i++) {
      mx += x[i];
      my += y[i];
    }
    mx /= n;
    my /= n;
  }
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxx += dx * dx;
    sxy += dx * dy;
    syy += dy * dy;
  }
  const slope = sxy / sxx;
  const rss = Math.max(0, syy - slope * sxy);
  const df = absorbed === 0 ? n - 2 : n - absorbed - 1;
  const s2 = rss / df;
  return {
    slope: coefficient(slope, Math.sqrt(s2 / sxx), df),
    intercept: absorbed === 0 ? coefficient(my - slope * mx, Math.sqrt(s2 * (1 / n + (mx * mx) / sxx)), df) : null,
    rSquared: syy > 0 ? 1 - rss / syy : 1,
    degreesOfFreedom: df,
    observations: n,
  };
}
