import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { countPresent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z
  .object({
    /** Multiply by this (COINr gposts[3]); 100 gives 0–100 scores. */
    scale: z.number().positive().default(100),
    /** Clip to [0, 1] before scaling (COINr trunc2posts). */
    truncate: z.boolean().default(true),
    /** Goalposts overriding the framework's: { indicator: [low, high] } in the indicator's own units. */
    goalposts: z.record(z.string(), z.tuple([z.number(), z.number()])).default({}),
    pooled: z.boolean().default(true),
  })
  .strict();

/**
 * Goalposts 目标阈值法 (UNDP HDI, COINr `n_goalposts`): z = clip((x − lo)/(hi − lo), 0, 1) · scale with
 * [lo, hi] the node's goalposts (FrameworkNode.goalposts). For direction −1 (data flipped) the posts become
 * [−hi, −lo], i.e. z = (hi − x)/(hi − lo), as COINr get_iMeta_norm_paras.
 * Edge cases: no goalposts for an indicator is MISSING_TARGET; lo = hi is CONSTANT_COLUMN.
 *
 * @example goalpostsKernel([0, 5, 20], [0, 10], 100, true) // => [0, 50, 100]
 */
export function goalpostsKernel(values: ArrayLike<number>, [lo, hi]: [number, number], scale: number, truncate: boolean): Float64Array {
  return Float64Array.from(values, (v) => {
    const z = (v - lo) / (hi - lo);
    return (truncate ? Math.min(1, Math.max(0, z)) : z) * scale;
  });
}

export const goalposts: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'goalposts',
  title: { zh: '目标阈值法', en: 'Goalposts' },
  summary: { zh: '按上下阈值线性映射并截断', en: 'linear between goalposts, clipped' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      const posts = p.goalposts[node.code] ?? node.goalposts;
      const pointer = `/steps/${ctx.stepIndex}/params/goalposts`;
      if (!posts) throw new NqpfError('MISSING_TARGET', { indicator: node.code, field: 'goalposts' }, { step: ctx.stepId, pointer });
      if (posts[0] === posts[1]) throw new NqpfError('CONSTANT_COLUMN', { indicator: node.code, detail: `goalposts ${posts[0]} = ${posts[1]}`, method: 'goalposts' }, { step: ctx.stepId, pointer });
      const flipped: [number, number] = node.direction === 1 ? posts : [-posts[1], -posts[0]];
      return goalpostsKernel(values, flipped, p.scale, p.truncate);
    }),
};
