import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import type { FrameworkNode } from '../model/types.js';
import { cellCount, mapByYear } from '../panel/layout.js';
import type { PipelineState, StepContext } from '../pipeline/types.js';

/**
 * A normalisation kernel: values of one indicator (pooled or one year) → normalised values; NaN stays NaN.
 * It may write them into `out` (same length, when given) and return it, or return a new array (then copied).
 * `values` may be a scratch row: read it during the call only.
 */
export type NormalizeKernel = (values: Float64Array, node: FrameworkNode, where: KernelWhere, out?: Float64Array) => Float64Array;

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
  const nodes = indicatorsOf(state.framework);
  const cells = cellCount(state.panel);
  // One buffer for every indicator's column: small typed arrays are costly to allocate one by one.
  const buffer = new Float64Array(cells * nodes.length);
  const normalized: Record<string, Float64Array> = {};
  nodes.forEach((node, j) => {
    const raw = state.panel.columns[node.code];
    const directed = node.direction === 1 ? raw : negated(raw);
    const out = buffer.subarray(j * cells, (j + 1) * cells);
    normalized[node.code] = mapByYear(state.panel, directed, pooled, (values, year, into) => kernel(values, node, { indicator: node.code, year, ctx }, into), out);
  });
  return { ...state, normalized, scores: null, ranks: null };
}

/** −x in a reused scratch row (never returned: kernels read it during their call only). */
let scratch = new Float64Array(0);

function negated(column: Float64Array): Float64Array {
  if (scratch.length < column.length) scratch = new Float64Array(column.length);
  const out = scratch.subarray(0, column.length);
  for (let i = 0; i < column.length; i++) out[i] = -column[i];
  return out;
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
