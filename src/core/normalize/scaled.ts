import { z } from 'zod';
import { countPresent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z
  .object({
    /** [a, b]: the values mapped to 0 and `factor` (fixed, not taken from the data). */
    range: z.tuple([z.number(), z.number()]).default([0, 100]).refine(([a, b]) => a !== b, 'range needs two different values'),
    factor: z.number().default(100),
    pooled: z.boolean().default(true),
  })
  .strict();

/**
 * Scaling by fixed bounds 定界缩放 / scaled: z = (x − a)/(b − a) · factor, with a and b given, not estimated
 * (COINr `n_scaled`, npara = c(a, b), scale_factor). Applied after the direction flip (x → −x for direction −1),
 * as COINr does, so bounds of a negative indicator are given in flipped units.
 * Edge cases: none data-dependent; missing stays missing.
 *
 * @example scaledKernel([0, 5, 10], [0, 10], 100) // => [0, 50, 100]
 */
export function scaledKernel(values: ArrayLike<number>, [a, b]: [number, number], factor: number): Float64Array {
  return Float64Array.from(values, (v) => ((v - a) / (b - a)) * factor);
}

export const scaled: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'scaled',
  title: { zh: '定界缩放', en: 'Scaled' },
  summary: { zh: '(x − a)/(b − a) × 系数，a、b 为给定值', en: '(x − a)/(b − a) × factor with given a, b' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      return scaledKernel(values, p.range, p.factor);
    }),
};
