import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import type { MethodDefinition, PipelineState, StepContext } from '../pipeline/types.js';

const params = z
  .object({
    /** The member weightings, each a weight method of the registry with its own params. */
    methods: z.array(z.object({ method: z.string(), params: z.record(z.string(), z.unknown()).default({}) }).strict()).min(2),
    /** multiplicative: w ∝ Π w_k^α_k; linear: w ∝ Σ α_k w_k. */
    rule: z.enum(['multiplicative', 'linear']).default('multiplicative'),
    /** One α per member; default 1 each (multiplicative: the plain product) or 1/K each (linear). */
    alpha: z.array(z.number().min(0)).optional(),
  })
  .strict();

type Params = z.infer<typeof params>;

/**
 * Combine member weight vectors of one sibling group (each already scaled to sum 1 within the group).
 * multiplicative: w_j = Π_k w_jk^α_k / Σ_j Π_k w_jk^α_k; linear: w_j = Σ_k α_k w_jk / Σ_j Σ_k α_k w_jk.
 *
 * @example combineWeights([[0.2, 0.8], [0.6, 0.4]], 'multiplicative', [1, 1]) // => [0.2727…, 0.7272…] (0.12/0.44, 0.32/0.44)
 */
export function combineWeights(members: ArrayLike<number>[], rule: Params['rule'], alpha: ArrayLike<number>): Float64Array {
  const n = members[0].length;
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    out[j] = rule === 'multiplicative' ? members.reduce((p, w, k) => p * w[j] ** alpha[k], 1) : members.reduce((s, w, k) => s + alpha[k] * w[j], 0);
  }
  const total = out.reduce((s, v) => s + v, 0);
  return out.map((v) => v / total);
}

/**
 * Combined weights 组合赋权 (e.g. 熵权–AHP 组合, subjective × objective): every member weighting runs on the same
 * input state through the registry; then, node by node within each sibling group, each member's weights are
 * scaled to sum 1 and combined by `combineWeights`: multiplicative (乘法合成) w_j = Π_k w_jk^α_k / Σ_j Π_k w_jk^α_k
 * (α = 1: the common w = w¹w²/Σ w¹w²), or linear (线性加权) w_j = Σ_k α_k w_jk / Σ_j Σ_k α_k w_jk.
 * Source: 苏为华 (2000) 多指标综合评价理论与方法问题研究; the product rule as in 熵权-AHP studies (e.g. 郭显光 1998).
 * Params: methods (≥ 2 weight methods with params), rule = multiplicative, alpha = 1 each (multiplicative) or 1/K
 * each (linear).
 * Edge cases: an unknown member method is UNKNOWN_METHOD and bad member params SPEC_SCHEMA, located at
 * /steps/k/params/methods/i; alpha of the wrong length is COMBINED_ALPHA; a group whose combined weights sum to 0
 * (a zero weight in every node under the product) is WEIGHTS_ZERO_SUM. Member notes are kept, prefixed by method.
 *
 * @example combined entropy (0.2, 0.8) × AHP (0.6, 0.4), multiplicative // => 0.2727, 0.7273
 */
export function combinedMethod(lookup: (method: string) => MethodDefinition | undefined): MethodDefinition<Params> {
  return {
    op: 'weight',
    method: 'combined',
    title: { zh: '组合赋权', en: 'Combined weights' },
    summary: { zh: '多种权重的乘法合成或线性组合', en: 'product or linear combination of several weightings' },
    params,
    run: (state, p, ctx) => {
      const pointer = `/steps/${ctx.stepIndex}/params`;
      const alpha = p.alpha ?? p.methods.map(() => (p.rule === 'multiplicative' ? 1 : 1 / p.methods.length));
      if (alpha.length !== p.methods.length) {
        throw new NqpfError('COMBINED_ALPHA', { count: alpha.length, members: p.methods.length }, { step: ctx.stepId, pointer: `${pointer}/alpha` });
      }
      const members = p.methods.map((member, i) => memberWeights(state, member, lookup, ctx, `${pointer}/methods/${i}`));
      const weights: Record<string, number> = { ...state.weights };
      for (const siblings of siblingGroups(state)) {
        const scaled = members.map((w) => unitScaled(siblings.map((code) => w[code])));
        const combined = combineWeights(scaled, p.rule, alpha);
        if (!combined.every(Number.isFinite)) {
          throw new NqpfError('WEIGHTS_ZERO_SUM', { parent: siblings.join(', ') }, { step: ctx.stepId, pointer: `${pointer}/rule` });
        }
        siblings.forEach((code, j) => (weights[code] = combined[j]));
      }
      return { ...state, weights, scores: null, ranks: null };
    },
  };
}

function memberWeights(
  state: PipelineState,
  member: Params['methods'][number],
  lookup: (method: string) => MethodDefinition | undefined,
  ctx: StepContext,
  pointer: string,
): Record<string, number> {
  const definition = member.method === 'combined' ? undefined : lookup(member.method);
  if (!definition) throw new NqpfError('UNKNOWN_METHOD', { op: 'weight', method: member.method, known: 'the weight methods except combined' }, { step: ctx.stepId, pointer: `${pointer}/method` });
  const parsed = definition.params.safeParse(member.params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NqpfError('SPEC_SCHEMA', { detail: issue.message, detailZh: issue.message }, { step: ctx.stepId, pointer: `${pointer}/params${issue.path.map((s) => `/${String(s)}`).join('')}` });
  }
  const notes: StepContext['notes'] = [];
  const out = definition.run(state, parsed.data, { ...ctx, notes });
  ctx.notes.push(...notes.map((n) => ({ ...n, method: n.method ?? member.method })));
  return out.weights;
}

/** The children of every parent, in framework order. */
function siblingGroups(state: PipelineState): string[][] {
  const groups = new Map<string, string[]>();
  for (const node of state.framework.nodes) if (node.parent !== null) groups.set(node.parent, [...(groups.get(node.parent) ?? []), node.code]);
  return [...groups.values()];
}

function unitScaled(values: number[]): Float64Array {
  const total = values.reduce((s, v) => s + v, 0);
  return Float64Array.from(values, (v) => v / total);
}
