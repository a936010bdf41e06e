import { NqpfError } from '../errors/nqpf-error.js';
import { groupValues } from './grouping.js';

export interface TheilResult {
  groups: string[];
  /** Overall Theil T. */
  theil: number;
  /** Theil T within each group, T_g. */
  withinTheil: number[];
  /** Income shares s_g and population shares p_g. */
  incomeShares: number[];
  populationShares: number[];
  /** Σ s_g T_g and Σ s_g ln(s_g / p_g); they sum to T. */
  within: number;
  between: number;
  contribution: { within: number; between: number };
}

// (1/n) Σ (y/ȳ) ln(y/ȳ), with 0·ln 0 = 0.
function theilOf(values: Float64Array, mean: number): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    const r = values[i] / mean;
    if (r > 0) sum += r * Math.log(r);
  }
  return sum / values.length;
}

/**
 * 泰尔指数及组内组间分解 / Theil T index with its exact within/between-group decomposition.
 *
 * Theil H. (1967), Economics and Information Theory; Shorrocks A. F. (1980), Econometrica 48: 613–625:
 * T = (1/n) Σ (y/ȳ) ln(y/ȳ) = Σ_g s_g T_g + Σ_g s_g ln(s_g/p_g), s_g = income share, p_g = population share
 * (METHODS "Theil"). Groups are listed in order of first appearance.
 *
 * Edge cases: values must be finite and ≥ 0 with a positive total (`INEQUALITY_*`); zeros contribute 0 (the limit
 * of x ln x); a group whose values are all 0 has T_g = 0 and s_g = 0.
 *
 * @example
 * const r = theil([1, 2, 3, 4, 6, 2, 5, 8, 9], ['A', 'A', 'A', 'B', 'B', 'C', 'C', 'C', 'C']);
 * [r.theil, r.within, r.between].map((v) => +v.toFixed(6)); // => [0.178893, 0.08916, 0.089732]
 */
export function theil(values: ArrayLike<number>, groups: ArrayLike<string | number>): TheilResult {
  const g = groupValues(values, groups);
  const all = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) all[i] = values[i];
  const theilTotal = theilOf(all, g.total / g.count);
  const withinTheil = g.sorted.map((s, j) => (g.means[j] > 0 ? theilOf(s, g.means[j]) : 0));
  const incomeShares = g.sorted.map((s, j) => (s.length * g.means[j]) / g.total);
  const populationShares = g.sorted.map((s) => s.length / g.count);
  let within = 0;
  let between = 0;
  for (let j = 0; j < g.labels.length; j++) {
    within += incomeShares[j] * withinTheil[j];
    if (incomeShares[j] > 0) between += incomeShares[j] * Math.log(incomeShares[j] / populationShares[j]);
  }
  const rate = (x: number): number => (theilTotal > 0 ? x / theilTotal : 0);
  return {
    groups: g.labels,
    theil: theilTotal,
    withinTheil,
    incomeShares,
    populationShares,
    within,
    between,
    contribution: { within: rate(within), between: rate(between) },
  };
}

/**
 * 变异系数 / Coefficient of variation, SD / mean.
 *
 * `sample: true` (default) divides by n − 1 as R `sd()`; `sample: false` divides by n (population SD), the
 * form some regional-disparity studies use — state the choice in the output.
 *
 * Edge cases: NaN values are skipped; fewer than 2 values (sample) or 1 (population) → `CV_TOO_FEW_VALUES`;
 * a zero mean → `CV_ZERO_MEAN`.
 *
 * @example
 * coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9], { sample: false }); // => 0.4
 */
export function coefficientOfVariation(values: ArrayLike<number>, options: { sample?: boolean } = {}): number {
  const sample = options.sample ?? true;
  let n = 0;
  let sum = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(values[i])) {
      n++;
      sum += values[i];
    }
  }
  if (n < (sample ? 2 : 1)) throw new NqpfError('CV_TOO_FEW_VALUES', { count: n });
  const mean = sum / n;
  if (mean === 0) throw new NqpfError('CV_ZERO_MEAN', {});
  let ss = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) ss += (values[i] - mean) ** 2;
  return Math.sqrt(ss / (sample ? n - 1 : n)) / mean;
}
