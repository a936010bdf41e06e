import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { fillByYear, imputeState } from './apply.js';

const params = z.object({}).strict();

/**
 * Minimum / maximum imputation 最小值/最大值插补: a missing value becomes the smallest (largest) present value
 * of the indicator in the same year — a pessimistic (optimistic) assumption about unreported data.
 * Edge cases: a year with no present value stays missing. Present values never change; each filled cell is a note.
 *
 * @example min of [4, NaN, 2] // => [4, 2, 2]
 */
function extreme(method: 'min' | 'max'): MethodDefinition<z.infer<typeof params>> {
  const pick = method === 'min' ? Math.min : Math.max;
  return {
    op: 'impute',
    method,
    title: method === 'min' ? { zh: '最小值插补', en: 'Minimum' } : { zh: '最大值插补', en: 'Maximum' },
    summary: method === 'min' ? { zh: '以当年最小值填补缺失', en: 'fill gaps with the year\'s minimum' } : { zh: '以当年最大值填补缺失', en: 'fill gaps with the year\'s maximum' },
    params,
    run: (state, _p, ctx) => imputeState(state, ctx, method, fillByYear((present) => present.reduce((a, b) => pick(a, b)))),
  };
}

export const minimum = extreme('min');
export const maximum = extreme('max');
