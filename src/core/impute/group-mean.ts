import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { mean, median } from '../stats/summary.js';
import { fillByGroup, imputeState } from './apply.js';

const params = z.object({ group: z.string().min(1) }).strict();

/**
 * Group mean / median imputation 组内均值/中位数插补: a missing value becomes the mean (median) of the present
 * values of the regions in the same group (params.group names a key of Region.groups, e.g. `EurAsia_group`,
 * `region4`) in the same year. Source: COINr `i_mean_grp` / `i_median_grp` (skip_f_na = TRUE).
 * Edge cases: a region without a label for the group is left missing; a group with no present value stays
 * missing; an unknown group key is MISSING_GROUP. Present values never change; each filled cell is a note.
 *
 * @example groups (a, a, b, b), x = [1, NaN, 4, NaN] // => [1, 1, 4, 4]
 */
function grouped(method: 'group-mean' | 'group-median'): MethodDefinition<z.infer<typeof params>> {
  const statistic = method === 'group-mean' ? mean : median;
  return {
    op: 'impute',
    method,
    title: method === 'group-mean' ? { zh: '组内均值插补', en: 'Group mean' } : { zh: '组内中位数插补', en: 'Group median' },
    summary: method === 'group-mean'
      ? { zh: '以同组地区当年均值填补缺失', en: 'fill gaps with the mean of the region\'s group that year' }
      : { zh: '以同组地区当年中位数填补缺失', en: 'fill gaps with the median of the region\'s group that year' },
    params,
    run: (state, p, ctx) => imputeState(state, ctx, method, fillByGroup((present) => statistic(present), p.group, ctx)),
  };
}

export const groupMean = grouped('group-mean');
export const groupMedian = grouped('group-median');
