import { z } from 'zod';
import { countPresent } from '../stats/summary.js';
import { rankMin } from '../stats/rank-min.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, constantFallback, normalizeState } from './apply.js';

const params = z
  .object({ pooled: z.boolean().default(true), constant: z.enum(['error', 'midpoint']).default('error') })
  .strict();

/**
 * Percentile rank 百分位秩: (rank − 1)/(n − 1) with minimum ranks for ties, in [0, 1]
 * (dplyr `percent_rank`, COINr `n_prank`). n counts non-missing values.
 * Edge cases: fewer than two values, or all equal, is CONSTANT_COLUMN (or the midpoint 0.5).
 *
 * @example percentileRankKernel([10, 30, 20]) // => [0, 1, 0.5]
 */
export function percentileRankKernel(values: ArrayLike<number>): Float64Array {
  const n = countPresent(values);
  return rankMin(values, false).map((r) => (r - 1) / (n - 1));
}

export const percentileRank: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'percentile-rank',
  title: { zh: '百分位秩', en: 'Percentile rank' },
  summary: { zh: '(秩 − 1)/(n − 1)', en: '(rank − 1)/(n − 1)' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      const n = countPresent(values);
      if (n === 0) throw allMissing(where);
      const ranks = rankMin(values, false);
      if (n < 2 || ranks.every((r) => Number.isNaN(r) || r === 1)) {
        return constantFallback(values, p.constant, where, 'percentile-rank', values.find((v) => !Number.isNaN(v))!, 0.5);
      }
      return percentileRankKernel(values);
    }),
};
