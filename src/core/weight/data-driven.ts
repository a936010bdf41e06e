import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import type { MethodDefinition, PipelineState, StepContext } from '../pipeline/types.js';
import { indicatorColumns, setGlobalIndicatorWeights, setGroupIndicatorWeights } from './apply.js';

export const scopeParams = z
  .object({
    /** all: weights over all indicators together (parents get their sums); group: within each parent. */
    scope: z.enum(['all', 'group']).default('group'),
  })
  .strict();

/** Rows (cells) where every column is present: data-driven weights use complete cases. */
export function completeCases(columns: ArrayLike<number>[]): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  const keep: number[] = [];
  for (let i = 0; i < n; i++) if (columns.every((c) => !Number.isNaN(c[i]))) keep.push(i);
  return columns.map((c) => Float64Array.from(keep, (i) => c[i]));
}

/**
 * Install weights computed from indicator columns (the shared run of CRITIC, SD, CV, PCA…): within each parent
 * (`group`) or over all indicators (`all`). Non-finite weights (all columns constant) are WEIGHTS_ZERO_SUM.
 */
export function applyDataWeights(
  state: PipelineState,
  ctx: StepContext,
  scope: 'all' | 'group',
  weigh: (columns: Float64Array[], codes: string[]) => Float64Array,
): PipelineState {
  const checked = (codes: string[], columns: Float64Array[]): Float64Array => {
    const w = weigh(completeCases(columns), codes);
    if (!w.every(Number.isFinite)) throw new NqpfError('WEIGHTS_ZERO_SUM', { parent: codes.join(', ') }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}` });
    return w;
  };
  if (scope === 'group') return { ...state, weights: setGroupIndicatorWeights(state, checked), scores: null, ranks: null };
  const { codes, columns } = indicatorColumns(state);
  const w = checked(codes, columns);
  return { ...state, weights: setGlobalIndicatorWeights(state.framework, Object.fromEntries(codes.map((c, j) => [c, w[j]]))), scores: null, ranks: null };
}

export function dataWeightMethod(
  method: string,
  title: { zh: string; en: string },
  summary: { zh: string; en: string },
  weigh: (columns: Float64Array[]) => Float64Array,
): MethodDefinition<z.infer<typeof scopeParams>> {
  return { op: 'weight', method, title, summary, params: scopeParams, run: (state, p, ctx) => applyDataWeights(state, ctx, p.scope, weigh) };
}
