import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';

const params = z.object({}).strict();

/** Equal weights 等权: every node weighs 1 among its siblings (COINr's default framework weights). */
export const equal: MethodDefinition<z.infer<typeof params>> = {
  op: 'weight',
  method: 'equal',
  title: { zh: '等权', en: 'Equal' },
  summary: { zh: '同级节点权重相等', en: 'siblings weigh the same' },
  params,
  run: (state) => {
    const weights: Record<string, number> = {};
    for (const node of state.framework.nodes) if (node.parent !== null) weights[node.code] = 1;
    return { ...state, weights, scores: null, ranks: null };
  },
};
