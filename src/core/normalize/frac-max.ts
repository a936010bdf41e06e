import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { countPresent, minMax as extent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z.object({ pooled: z.boolean().default(true) }).strict();

/**
 * Fraction of the maximum 最大值比例: z = x / max (COINr `n_fracmax`); the best region gets 1.
 * Edge cases: needs max > 0 (a negative-direction indicator is flipped first, so its values are ≤ 0 and it
 * cannot be used: NONPOSITIVE_INPUT names the indicator); missing stays missing.
 *
 * @example fracMaxKernel([1, 2, 4]) // => [0.25, 0.5, 1]
 */
export function fracMaxKernel(values: ArrayLike<number>): Float64Array {
  const max = extent(values)[1];
  return Float64Array.from(values, (v) => v / max);
}

export const fracMax: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'frac-max',
  title: { zh: '最大值比例', en: 'Fraction of maximum' },
  summary: { zh: 'x / max', en: 'x / max' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      const max = extent(values)[1];
      if (!(max > 0)) {
        throw new NqpfError(
          'NONPOSITIVE_INPUT',
          { method: 'frac-max', node: node.code, region: 'max', year: where.year ?? 'all', value: max, hint: { en: 'use min-max or dist-to-max for this indicator', zh: '该指标请改用 min-max 或 dist-to-max' } },
          { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/method` },
        );
      }
      return fracMaxKernel(values);
    }),
};
