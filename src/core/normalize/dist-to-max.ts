import { z } from 'zod';
import { countPresent, minMax as extent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, constantFallback, normalizeState } from './apply.js';

const params = z
  .object({ pooled: z.boolean().default(true), constant: z.enum(['error', 'midpoint']).default('error') })
  .strict();

/**
 * Distance to the maximum 距最大值距离: z = 1 − (max − x)/(max − min), in [0, 1] (COINr `n_dist2max`).
 * Edge cases: a constant column is CONSTANT_COLUMN (COINr returns NaN with a warning), or 0.5 with `constant: midpoint`.
 *
 * @example distToMaxKernel([2, 4, 6]) // => [0, 0.5, 1]
 */
export function distToMaxKernel(values: ArrayLike<number>): Float64Array {
  const [min, max] = extent(values);
  return Float64Array.from(values, (v) => 1 - (max - v) / (max - min));
}

export const distToMax: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'dist-to-max',
  title: { zh: '距最大值距离', en: 'Distance to maximum' },
  summary: { zh: '1 − (max − x)/(max − min)', en: '1 − (max − x)/(max − min)' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      const [min, max] = extent(values);
      if (min === max) return constantFallback(values, p.constant, where, 'dist-to-max', min, 0.5);
      return distToMaxKernel(values);
    }),
};
