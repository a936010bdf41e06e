import { mean, sampleSd } from '../stats/summary.js';
import { dataWeightMethod } from './data-driven.js';

/**
 * Coefficient-of-variation weights 变异系数法: v_j = σ_j / |x̄_j| (sample SD), w = v/Σv; read on raw (positive)
 * data or a normalisation that keeps ratios (frac-max), as min-max would set the means arbitrarily.
 * Edge cases: a column with mean 0 gives a non-finite weight: WEIGHTS_ZERO_SUM names the group.
 *
 * @example coefficientOfVariationWeights([[1, 3], [10, 20]]) // => v = (0.7071, 0.4714) → [0.6, 0.4]
 */
export function coefficientOfVariationWeights(columns: ArrayLike<number>[]): Float64Array {
  const v = columns.map((c) => sampleSd(c) / Math.abs(mean(c)));
  const total = v.reduce((s, x) => s + x, 0);
  return Float64Array.from(v, (x) => x / total);
}

export const coefficientOfVariation = dataWeightMethod(
  'coefficient-of-variation',
  { zh: '变异系数法', en: 'Coefficient of variation' },
  { zh: '按变异系数比例赋权', en: 'weights proportional to the coefficient of variation' },
  coefficientOfVariationWeights,
);
