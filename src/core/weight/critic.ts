import { minMax, sampleSd } from '../stats/summary.js';
import { dataWeightMethod } from './data-driven.js';
import { pearson } from './pearson.js';

/**
 * CRITIC weights 指标相关性权重法 (Diakoulaki, Mavrotas & Papayannakis 1995): z_j min-max scaled to [0, 1],
 * σ_j its sample SD, r_jk Pearson; C_j = σ_j Σ_k (1 − r_jk); w = C/ΣC. Complete cases only.
 * Reference: pymcdm test_weights.py (Tuş & Adalı 2019), METHODS.md R5.
 * Edge cases: a constant column has σ = 0 and weight 0 (its correlations count as 0).
 *
 * @example criticWeights(R5 matrix) // => 0.157, 0.249, 0.168, 0.121, 0.154, 0.151
 */
export function criticWeights(columns: ArrayLike<number>[]): Float64Array {
  const z = columns.map((c) => {
    const [lo, hi] = minMax(c);
    return Float64Array.from(c, (v) => (hi > lo ? (v - lo) / (hi - lo) : 0));
  });
  const information = z.map((zj) => sampleSd(zj) * z.reduce((s, zk) => s + (1 - pearson(zj, zk)), 0));
  const total = information.reduce((s, c) => s + c, 0);
  return Float64Array.from(information, (c) => c / total);
}

export const critic = dataWeightMethod(
  'critic',
  { zh: 'CRITIC 法', en: 'CRITIC' },
  { zh: '对比强度 × 冲突性', en: 'contrast intensity × conflict' },
  criticWeights,
);
