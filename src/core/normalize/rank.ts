import { z } from 'zod';
import { countPresent } from '../stats/summary.js';
import { rankMin } from '../stats/rank-min.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z.object({ pooled: z.boolean().default(true) }).strict();

/**
 * Rank normalisation 排序标准化: the value's rank, smallest = 1, ties at the minimum rank
 * (R `rank(x, ties.method = "min")`, COINr `n_rank`), so the best region gets the highest number.
 *
 * @example rank of [5, 1, 5, 3] // => [3, 1, 3, 2]
 */
export const rank: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'rank',
  title: { zh: '排序标准化', en: 'Rank' },
  summary: { zh: '以秩次代替数值（并列取最小秩）', en: 'values replaced by their ranks (ties: minimum)' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      return rankMin(values, false);
    }),
};
