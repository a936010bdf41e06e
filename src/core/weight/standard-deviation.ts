import { sampleSd } from '../stats/summary.js';
import { dataWeightMethod } from './data-driven.js';

/**
 * Standard-deviation weights 标准差法: w_j = σ_j / Σσ (σ the sample SD of the columns as given — normalise first
 * so units do not decide). Reference: pymcdm test_weights.py (Jahan & Edwards 2013): 0.35, 0.31, 0.34.
 * Edge cases: all columns constant is WEIGHTS_ZERO_SUM.
 *
 * @example standardDeviationWeights([[0, 2], [0, 6]]) // => [0.25, 0.75]
 */
export function standardDeviationWeights(columns: ArrayLike<number>[]): Float64Array {
  const sd = columns.map((c) => sampleSd(c));
  const total = sd.reduce((s, v) => s + v, 0);
  return Float64Array.from(sd, (v) => v / total);
}

export const standardDeviation = dataWeightMethod(
  'standard-deviation',
  { zh: '标准差法', en: 'Standard deviation' },
  { zh: '按标准差比例赋权', en: 'weights proportional to the standard deviation' },
  standardDeviationWeights,
);
