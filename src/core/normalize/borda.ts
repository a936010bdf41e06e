import { z } from 'zod';
import { countPresent } from '../stats/summary.js';
import { rankMin } from '../stats/rank-min.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z.object({ pooled: z.boolean().default(true) }).strict();

/**
 * Borda score 博尔达计分: rank − 1, smallest value 0, ties at the minimum rank (COINr `n_borda`): the number of
 * regions a region beats.
 *
 * @example bordaKernel([5, 1, 5, 3]) // => [2, 0, 2, 1]
 */
export function bordaKernel(values: ArrayLike<number>): Float64Array {
  return rankMin(values, false).map((r) => r - 1);
}

export const borda: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'borda',
  title: { zh: '博尔达计分', en: 'Borda' },
  summary: { zh: '秩次 − 1', en: 'rank − 1' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      return bordaKernel(values);
    }),
};
