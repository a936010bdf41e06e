import { z } from 'zod';
import { countPresent } from '../stats/summary.js';
import { preciseSum } from '../stats/precise-sum.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, constantFallback, normalizeState } from './apply.js';

const params = z
  .object({ pooled: z.boolean().default(true), constant: z.enum(['error', 'midpoint']).default('error') })
  .strict();

/**
 * Vector normalisation 向量归一化: z = x / √Σx² over present values (Hwang & Yoon 1981, TOPSIS). A
 * negative-direction indicator is flipped first (−x/√Σx²); distances between regions equal those of
 * pymcdm's cost form 1 − x/√Σx², so TOPSIS results agree.
 * Edge cases: all zeros is CONSTANT_COLUMN (or 0 with `constant: midpoint`).
 *
 * @example vectorKernel([3, 4]) // => [0.6, 0.8]
 */
export function vectorKernel(values: ArrayLike<number>): Float64Array {
  const norm = Math.sqrt(preciseSum(Float64Array.from(values, (v) => v * v)));
  return Float64Array.from(values, (v) => v / norm);
}

export const vector: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'vector',
  title: { zh: '向量归一化', en: 'Vector' },
  summary: { zh: 'x / √Σx²', en: 'x / √Σx²' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      if (Array.from(values).every((v) => Number.isNaN(v) || v === 0)) return constantFallback(values, p.constant, where, 'vector', 0, 0);
      return vectorKernel(values);
    }),
};
