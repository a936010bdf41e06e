import { NqpfError } from '../errors/nqpf-error.js';
import { type SimpleRegressionResult, simpleRegression } from '../stats/simple-regression.js';

/** Panel values are year-major, as `Panel.columns`: region r in year index t at t · regionCount + r; NaN = missing. */
export interface SigmaConvergenceResult {
  years: number[];
  mean: (number | null)[];
  sd: (number | null)[];
  cv: (number | null)[];
  sample: boolean;
}

/**
 * σ 收敛 / Sigma convergence: the cross-regional standard deviation and coefficient of variation by year.
 *
 * σ_t = SD of x_rt over regions (Barro & Sala-i-Martin 1992); σ falling over time is σ convergence. `sample`
 * (default true) uses n − 1, as R `sd()`.
 *
 * Edge cases: missing values are skipped; a year with too few values (< 2, or < 1 for population) gives null;
 * a zero mean gives cv null. values.length must be regionCount × years.length (`CONVERGENCE_SHAPE`).
 *
 * @example
 * sigmaConvergence([1, 3, 2, 2], 2, [2020, 2021]).sd; // => [1.4142135623730951, 0]
 */
export function sigmaConvergence(
  values: ArrayLike<number>,
  regionCount: number,
  years: number[],
  options: { sample?: boolean } = {},
): SigmaConvergenceResult {
  if (values.length !== regionCount * years.length) {
    throw new NqpfError('CONVERGENCE_SHAPE', { values: values.length, regions: regionCount, years: years.length });
  }
  const sample = options.sample ?? true;
  const out: SigmaConvergenceResult = { years: years.slice(), mean: [], sd: [], cv: [], sample };
  for (let t = 0; t < years.length; t++) {
    let n = 0;
    let sum = 0;
    for (let r = 0; r < regionCount; r++) {
      const v = values[t * regionCount + r];
      if (!Number.isNaN(v)) {
        n++;
        sum += v;
      }
    }
    const mean = n > 0 ? sum / n : null;
    let ss = 0;
    for (let r = 0; r < regionCount; r++) {
      const v = values[t * regionCount + r];
      if (!Number.isNaN(v) && mean !== null) ss += (v - mean) ** 2;
    }
    const sd = n >= (sample ? 2 : 1) ? Math.sqrt(ss / (sample ? n - 1 : n)) : null;
    out.mean.push(mean);
    out.sd.push(sd);
    out.cv.push(sd !== null && mean ? sd / mean : null);
  }
  return out;
}

export interface BetaConvergenceResult extends SimpleRegressionResult {
  form: 'annual' | 'span';
  fixedEffects: boolean;
  /** Years the speed refers to: 1 for the annual form (growth is per year), T = last − first year for span. */
  horizon: number;
  /** λ = −ln(1 + β)/horizon; null when 1 + β ≤ 0. */
  speed: number | null;
  /** ln 2 / λ; null unless λ > 0. */
  halfLife: number | null;
}

/**
 * β 收敛 / Absolute and conditional (region fixed effects) beta convergence.
 *
 * Barro & Sala-i-Martin (1992), J. Political Economy 100: 223–251; METHODS "Convergence".
 * `form: 'annual'` (default) pools every consecutive pair: ln(x_{t+1}/x_t)/gap = α + β ln x_t + ε, the gap in years
 * annualising uneven steps; speed λ = −ln(1 + β). `form: 'span'` uses one cross-section: ln(x_T/x_0) = α + β ln x_0,
 * speed λ = −ln(1 + β)/T with T = last − first year. `fixedEffects: true` (annual form only) applies the within
 * transformation by region — conditional β — with df = N − regions − 1, as R `lm(g ~ ln_x + factor(region))`.
 * Half-life = ln 2/λ.
 *
 * Edge cases: pairs with a missing end are skipped; x ≤ 0 → `CONVERGENCE_NONPOSITIVE` (region, year); fewer than
 * 3 usable pairs, or df < 1 → `CONVERGENCE_TOO_FEW`; fixed effects with span → `CONVERGENCE_FE_NEEDS_PANEL`;
 * a constant ln x → `CONVERGENCE_CONSTANT_REGRESSOR`.
 *
 * @example
 * // x_{t+1} = e · √x_t exactly: β = −0.5, α = 1, λ = ln 2, half-life 1 year
 * const x = [1, 4, Math.E, Math.E * 2, Math.E ** 1.5, Math.E ** 1.5 * Math.SQRT2];
 * betaConvergence(x, 2, [2000, 2001, 2002]).slope.estimate; // => -0.5 (to 1e-12)
 */
export function betaConvergence(
  values: ArrayLike<number>,
  regionCount: number,
  years: number[],
  options: { form?: 'annual' | 'span'; fixedEffects?: boolean } = {},
): BetaConvergenceResult {
  const form = options.form ?? 'annual';
  const fixedEffects = options.fixedEffects ?? false;
  if (values.length !== regionCount * years.length) {
    throw new NqpfError('CONVERGENCE_SHAPE', { values: values.length, regions: regionCount, years: years.length });
  }
  if (fixedEffects && form === 'span') throw new NqpfError('CONVERGENCE_FE_NEEDS_PANEL', {});
  const at = (t: number, r: number): number => {
    const v = values[t * regionCount + r];
    if (v <= 0) throw new NqpfError('CONVERGENCE_NONPOSITIVE', { value: v, region: r, year: years[t] });
    return v;
  };
  const x: number[] = [];
  const y: number[] = [];
  const region: number[] = [];
  const pairs: [number, number][] = [];
  if (form === 'span') pairs.push([0, years.length - 1]);
  else for (let t = 0; t + 1 < years.length; t++) pairs.push([t, t + 1]);
  for (const [t0, t1] of pairs) {
    const gap = form === 'span' ? 1 : years[t1] - years[t0];
    for (let r = 0; r < regionCount; r++) {
      const a = at(t0, r);
      const b = at(t1, r);
      if (Number.isNaN(a) || Number.isNaN(b)) continue;
      x.push(Math.log(a));
      y.push(Math.log(b / a) / gap);
      region.push(r);
    }
  }
  let absorbed = 0;
  if (fixedEffects) {
    const sx = new Float64Array(regionCount);
    const sy = new Float64Array(regionCount);
    const count = new Float64Array(regionCount);
    region.forEach((r, i) => {
      sx[r] += x[i];
      sy[r] += y[i];
      count[r]++;
    });
    absorbed = count.filter((c) => c > 0).length;
    region.forEach((r, i) => {
      x[i] -= sx[r] / count[r];
      y[i] -= sy[r] / count[r];
    });
  }
  if (x.length < 3 || x.length - absorbed - (fixedEffects ? 1 : 2) < 1) {
    throw new NqpfError('CONVERGENCE_TOO_FEW', { count: x.length });
  }
  const fit = simpleRegression(x, y, absorbed);
  if (!Number.isFinite(fit.slope.estimate)) throw new NqpfError('CONVERGENCE_CONSTANT_REGRESSOR', {});
  const horizon = form === 'span' ? years[years.length - 1] - years[0] : 1;
  const beta = fit.slope.estimate;
  const speed = 1 + beta > 0 ? -Math.log(1 + beta) / horizon : null;
  return { ...fit, form, fixedEffects, horizon, speed, halfLife: speed !== null && speed > 0 ? Math.LN2 / speed : null };
}
