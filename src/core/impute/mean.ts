import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { mean as meanOf } from '../stats/summary.js';
import { fillByYear, imputeState } from './apply.js';

const params = z.object({}).strict();

/**
 * Mean imputation 均值插补: a missing value becomes the mean of the indicator's present values in the same
 * year (COINr `i_mean`; R `mean(x, na.rm = TRUE)`, compensated as R's long-double sum).
 * Edge cases: a year with no present value stays missing. Present values never change; each filled cell is a note.
 *
 * @example [1, NaN, 5] // => [1, 3, 5]
 */
export const mean: MethodDefinition<z.infer<typeof params>> = {
  op: 'impute',
  method: 'mean',
  title: { zh: '均值插补', en: 'Mean' },
  summary: { zh: '以当年均值填补缺失', en: 'fill gaps with the year\'s mean' },
  params,
  run: (state, _p, ctx) => imputeState(state, ctx, 'mean', fillByYear((present) => meanOf(present))),
};
