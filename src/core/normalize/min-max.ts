import { z } from 'zod';
import { countPresent, minMax as extent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, constantFallback, normalizeState } from './apply.js';

const params = z
  .object({
    range: z.tuple([z.number(), z.number()]).default([0, 100]).refine(([lo, hi]) => lo < hi, 'range must be [low, high] with low < high'),
    pooled: z.boolean().default(true),
    constant: z.enum(['error', 'midpoint']).default('error'),
  })
  .strict();

/**
 * Min-max normalisation 极差标准化 / min-max scaling: z = lo + (x − min)/(max − min) · (hi − lo).
 * Source: OECD/JRC Handbook on Constructing Composite Indicators (2008) §5; COINr `n_minmax`.
 * Edge cases: a constant column is an error CONSTANT_COLUMN, or with `constant: midpoint` every value
 * becomes (lo + hi)/2 with a note; missing stays missing. The result is written into `out` when given.
 *
 * @example minMaxKernel([1, 2, 3], [0, 100]) // => [0, 50, 100]
 */
export function minMaxKernel(values: ArrayLike<number>, range: [number, number], out: Float64Array = new Float64Array(values.length)): Float64Array {
  const [min, max] = extent(values);
  const [lo, hi] = range;
  for (let i = 0; i < values.length; i++) out[i] = ((values[i] - min) / (max - min)) * (hi - lo) + lo;
  return out;
}

export const minMax: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'min-max',
  title: { zh: '极差标准化', en: 'Min-max' },
  summary: { zh: '线性映射到 [lo, hi]', en: 'linear rescaling to [lo, hi]' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where, out) => {
      if (countPresent(values) === 0) throw allMissing(where);
      const [min, max] = extent(values);
      if (min === max) return constantFallback(values, p.constant, where, 'min-max', min, (p.range[0] + p.range[1]) / 2);
      return minMaxKernel(values, p.range, out);
    }),
};
