import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import type { MethodDefinition } from '../pipeline/types.js';

const params = z
  .object({
    /** Override the framework's weights for some nodes: { code: weight }. */
    weights: z.record(z.string(), z.number().positive()).default({}),
  })
  .strict();

/**
 * Fixed weights 固定权重: the framework's weights (expert or policy weights), optionally overridden per node.
 * Edge cases: an override for a code that is not in the framework is BAD_WEIGHTS_TABLE; one for a node the
 * build dropped (absent from the data, screened out) is ignored with a WEIGHT_OF_DROPPED_NODE note, so a
 * spec keeps working when a new data file lacks some indicators (`missing: drop`).
 */
export const fixed: MethodDefinition<z.infer<typeof params>> = {
  op: 'weight',
  method: 'fixed',
  title: { zh: '固定权重', en: 'Fixed' },
  summary: { zh: '使用指标体系文件中的权重', en: 'the weights written in the framework' },
  params,
  run: (state, p, ctx) => {
    const weights: Record<string, number> = {};
    for (const node of state.framework.nodes) if (node.parent !== null) weights[node.code] = node.weight;
    for (const [code, weight] of Object.entries(p.weights)) {
      if (!(code in weights) && ctx.dropped?.has(code)) {
        ctx.notes.push({ code: 'WEIGHT_OF_DROPPED_NODE', step: ctx.stepId, indicator: code, detail: 'weight ignored: the node was dropped' });
        continue;
      }
      if (!(code in weights)) {
        throw new NqpfError('BAD_WEIGHTS_TABLE', { code }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/weights/${code}` });
      }
      weights[code] = weight;
    }
    return { ...state, weights, scores: null, ranks: null };
  },
};
