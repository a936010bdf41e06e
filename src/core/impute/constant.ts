import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { imputeState } from './apply.js';

const params = z.object({ value: z.number() }).strict();

/**
 * Constant imputation 常数插补: every missing value becomes `params.value` (e.g. 0 where a blank means
 * "none reported"; COINr `Impute(f_i = function(x) replace(x, is.na(x), v))`).
 * Present values never change; each filled cell is a note.
 *
 * @example value 0, x = [2, NaN] // => [2, 0]
 */
export const constant: MethodDefinition<z.infer<typeof params>> = {
  op: 'impute',
  method: 'constant',
  title: { zh: '常数插补', en: 'Constant' },
  summary: { zh: '以给定常数填补缺失', en: 'fill gaps with a given constant' },
  params,
  run: (state, p, ctx) => imputeState(state, ctx, 'constant', (column) => column.map((v) => (Number.isNaN(v) ? p.value : v))),
};
