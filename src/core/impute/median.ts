import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { median as medianOf } from '../stats/summary.js';
import { fillByYear, imputeState } from './apply.js';

const params = z.object({}).strict();

/**
 * Median imputation 中位数插补: a missing value becomes the median of the indicator's present values in
 * the same year (COINr `i_median`; R `median(x, na.rm = TRUE)`: the mean of the middle two for even n).
 * Edge cases: a year with no present value stays missing. Present values never change; each filled cell is a note.
 *
 * @example [1, NaN, 5, 4] // => [1, 4, 5, 4]
 */
export const median: MethodDefinition<z.infer<typeof params>> = {
  op: 'impute',
  method: 'median',
  title: { zh: '中位数插补', en: 'Median' },
  summary: { zh: '以当年中位数填补缺失', en: 'fill gaps with the year\'s median' },
  params,
  run: (state, _p, ctx) => imputeState(state, ctx, 'median', fillByYear((present) => medianOf(present))),
};
