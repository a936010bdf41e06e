import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import type { FrameworkNode } from '../model/types.js';
import { mapByYear } from '../panel/layout.js';
import type { PipelineState, StepContext } from '../pipeline/types.js';

/** A normalisation kernel: values of one indicator (pooled or one year) → normalised values; NaN stays NaN. */
export type NormalizeKernel = (values: Float64Array, node: FrameworkNode, where: KernelWhere) => Float64Array;

export interface KernelWhere {
  indicator: string;
  year: number | null;
  ctx: StepContext;
}

/**
 * Shared driver of every normalisation: flips negative-direction indicators first (COINr multiplies by the
 * direction before normalising, so the best region gets the top of the range), then applies the kernel
 * over all years together (`pooled`) or year by year.
 */
export function normalizeState(
  state: PipelineState,
  pooled: boolean,
  ctx: StepContext,
  kernel: NormalizeKernel,
): PipelineState {
  const normalized: Record<string, Float64Array> = {};
  for (const node of indicatorsOf(state.framework)) {
    const raw = state.panel.columns[node.code];
    const directed = node.direction === 1 ? raw : raw.map((v) => -v);
    normalized[node.code] = mapByYear(state.panel, directed, pooled, (values, year) =>
      kernel(values, node, { indicator: node.code, year, ctx }),
    );
  }
  return { ...state, normalized, scores: null, ranks: null };
}

export function constantColumn(where: KernelWhere, method: string, value: number): NqpfError {
  const detail = where.year === null ? { en: `all years = ${value}`, zh: `各年均为 ${value}` } : { en: `${where.year}: all = ${value}`, zh: `${where.year} 年均为 ${value}` };
  return new NqpfError(
    'CONSTANT_COLUMN',
    { indicator: where.indicator, detail, method },
    { pointer: `/steps/${where.ctx.stepIndex}/params/constant`, step: where.ctx.stepId },
  );
}

export function allMissing(where: KernelWhere): NqpfError {
  return new NqpfError(
    'ALL_MISSING',
    { indicator: where.indicator, detail: where.year === null ? { en: 'all years', zh: '所有年份' } : String(where.year) },
    { step: where.ctx.stepId, pointer: `/steps/${where.ctx.stepIndex}` },
  );
}

/** Policy for a column with no spread: an error (default) or every value set to `value`, with a note. */
export function constantFallback(
  values: Float64Array,
  policy: 'error' | 'midpoint',
  where: KernelWhere,
  method: string,
  constant: number,
  midpoint: number,
): Float64Array {
  if (policy === 'error') throw constantColumn(where, method, constant);
  where.ctx.notes.push({
    code: 'CONSTANT_COLUMN',
    step: where.ctx.stepId,
    indicator: where.indicator,
    ...(where.year === null ? {} : { year: where.year }),
    method,
    value: midpoint,
    detail: 'constant column set to the midpoint of the range',
  });
  return values.map((v) => (Number.isNaN(v) ? NaN : midpoint));
}
