import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { countPresent, minMax as extent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z
  .object({
    /** Cap scores beyond the target at 1 (COINr dist2targ_cap_max). */
    cap: z.boolean().default(false),
    /** Targets overriding the framework's: { indicator: target } in the indicator's own units. */
    targets: z.record(z.string(), z.number()).default({}),
    pooled: z.boolean().default(true),
  })
  .strict();

/**
 * Distance to target 目标距离法: z = (x − min)/(t − min), t the indicator's target (FrameworkNode.target,
 * COINr iMeta `Target`), after the direction flip (t → −t for direction −1, as COINr get_iMeta_norm_paras),
 * so for a negative indicator z = (max − x)/(max − t). With `cap`, z > 1 becomes 1 (COINr `n_dist2targ`).
 * Edge cases: an indicator without a target is MISSING_TARGET; a target equal to the minimum is CONSTANT_COLUMN.
 *
 * @example distToTargetKernel([0, 5, 20], 10, true) // => [0, 0.5, 1]
 */
export function distToTargetKernel(values: ArrayLike<number>, target: number, cap: boolean): Float64Array {
  const min = extent(values)[0];
  return Float64Array.from(values, (v) => {
    const z = (v - min) / (target - min);
    return cap && z > 1 ? 1 : z;
  });
}

export const distToTarget: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'dist-to-target',
  title: { zh: '目标距离法', en: 'Distance to target' },
  summary: { zh: '(x − min)/(目标 − min)，可封顶为 1', en: '(x − min)/(target − min), optionally capped at 1' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      const given = p.targets[node.code] ?? node.target;
      if (given === undefined) throw new NqpfError('MISSING_TARGET', { indicator: node.code, field: 'target' }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/targets` });
      const target = given * node.direction;
      const min = extent(values)[0];
      if (target === min) throw new NqpfError('CONSTANT_COLUMN', { indicator: node.code, detail: `target = min = ${min}`, method: 'dist-to-target' }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/targets` });
      return distToTargetKernel(values, target, p.cap);
    }),
};
