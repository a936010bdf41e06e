import { NqpfError } from '../errors/nqpf-error.js';
import { aggregatesOf, childrenOf } from '../framework/tree.js';
import { cellLocation } from '../panel/layout.js';
import type { Framework, FrameworkNode } from '../model/types.js';
import type { PipelineState, StepContext } from '../pipeline/types.js';
import { indicatorColumns } from '../weight/apply.js';

/**
 * A row kernel: one region-year's present child values and their weights → the aggregate.
 * Weights are renormalised over the present children by the kernel's own Σw.
 */
export type RowKernel = (values: Float64Array, weights: Float64Array, count: number) => number;

/**
 * A column kernel (MCDA methods: TOPSIS, VIKOR, Copeland…): every child's whole column (year-major cells) and
 * the weights → the aggregate's column. It compares regions, so it sees all rows at once.
 */
export type ColumnKernel = (columns: Float64Array[], weights: Float64Array, layout: { regions: number; years: number }) => Float64Array;

export interface AggregateKernel {
  name: string;
  /** Exactly one of row and columns is set. */
  row?: RowKernel;
  columns?: ColumnKernel;
  /** Smallest admissible child value: 0 < x for geometric and harmonic means. */
  positive: boolean;
  /** The row kernel is the weighted mean Σwx/Σw: aggregate column by column instead (same bits, faster). */
  weightedMean?: boolean;
}

export interface AggregateOptions {
  threshold: number;
  kernelFor: (level: number, node: string) => AggregateKernel;
}

/**
 * Aggregate level by level (lowest first): each aggregate's score is the kernel over its children's
 * present values. Directions were applied at level 1 by normalisation, never again here.
 * Edge cases: no present child (or fewer than `threshold` × children) gives a missing score; a
 * non-positive value into a geometric or harmonic mean is NONPOSITIVE_INPUT naming node, region and year.
 */
export function aggregateState(state: PipelineState, options: AggregateOptions, ctx: StepContext): PipelineState {
  const { codes, columns } = indicatorColumns(state);
  const scores: Record<string, Float64Array> = {};
  for (let j = 0; j < codes.length; j++) scores[codes[j]] = columns[j];
  const { children, aggregates, widest } = treePlan(state.framework);
  const cells = state.panel.regions.length * state.panel.years.length;
  // Scratch rows and one output buffer for all aggregates: small typed arrays are costly one by one.
  const values = scratchArray(0, widest);
  const weights = scratchArray(1, widest);
  const buffer = new Float64Array(cells * aggregates.length);
  for (const [index, node] of aggregates.entries()) {
    const kernel = options.kernelFor(node.level, node.code);
    const kids = children.get(node.code)!;
    const kidColumns = kids.map((k) => scores[k.code]);
    const kidWeights = new Float64Array(kids.length);
    for (let k = 0; k < kids.length; k++) kidWeights[k] = state.weights[kids[k].code];
    if (kernel.columns) {
      if (kernel.positive) kidColumns.forEach((column, k) => column.forEach((v, i) => { if (v <= 0) throw nonPositive(state, ctx, kernel.name, kids[k].code, i, v); }));
      scores[node.code] = kernel.columns(kidColumns, kidWeights, { regions: state.panel.regions.length, years: state.panel.years.length });
      continue;
    }
    const out = buffer.subarray(index * cells, (index + 1) * cells);
    if (kernel.weightedMean) {
      weightedMeanColumns(kidColumns, kidWeights, out, options.threshold * kids.length);
      scores[node.code] = out;
      continue;
    }
    const row = kernel.row!;
    for (let i = 0; i < cells; i++) {
      let count = 0;
      for (let k = 0; k < kids.length; k++) {
        const v = kidColumns[k][i];
        if (Number.isNaN(v)) continue;
        if (kernel.positive && !(v > 0)) throw nonPositive(state, ctx, kernel.name, kids[k].code, i, v);
        values[count] = v;
        weights[count] = kidWeights[k];
        count++;
      }
      out[i] = count === 0 || count < options.threshold * kids.length ? NaN : row(values, weights, count);
    }
    scores[node.code] = out;
  }
  return { ...state, scores, ranks: null };
}

/**
 * Reusable scratch rows (never returned to callers): allocating typed arrays costs microseconds each, which
 * dominates an aggregation inside a 10,000-run uncertainty analysis. Contents never outlive a call.
 */
const scratchArrays: Float64Array[] = [];

function scratchArray(slot: number, length: number): Float64Array {
  if (!(scratchArrays[slot]?.length >= length)) scratchArrays[slot] = new Float64Array(length);
  return scratchArrays[slot].subarray(0, length);
}

interface TreePlan {
  children: Map<string, FrameworkNode[]>;
  aggregates: FrameworkNode[];
  widest: number;
}

/** The tree's aggregation order, computed once per framework object (uncertainty runs reuse one framework). */
const plans = new WeakMap<Framework, TreePlan>();

function treePlan(framework: Framework): TreePlan {
  let plan = plans.get(framework);
  if (!plan) {
    const children = childrenOf(framework);
    const aggregates = aggregatesOf(framework);
    plan = { children, aggregates, widest: Math.max(0, ...aggregates.map((n) => children.get(n.code)!.length)) };
    plans.set(framework, plan);
  }
  return plan;
}

/**
 * Σwx/Σw over the present children of every cell: the same sums in the same child order as the arithmetic
 * row kernel, so the result is bit-identical. Columns are summed whole with one Σw (complete data, the usual
 * case after imputation); a cell whose sum came out NaN (a missing child) is summed again over its present
 * children — missing when none, or fewer than `minPresent`, is present.
 */
function weightedMeanColumns(columns: Float64Array[], weights: Float64Array, out: Float64Array, minPresent: number): void {
  const n = out.length;
  out.fill(0);
  let total = 0;
  for (let k = 0; k < columns.length; k++) {
    const column = columns[k];
    const w = weights[k];
    total += w;
    for (let i = 0; i < n; i++) out[i] += w * column[i];
  }
  const enough = columns.length > 0 && columns.length >= minPresent;
  for (let i = 0; i < n; i++) {
    const sum = out[i];
    out[i] = sum !== sum ? presentMean(columns, weights, i, minPresent) : enough ? sum / total : NaN;
  }
}

function presentMean(columns: Float64Array[], weights: Float64Array, cell: number, minPresent: number): number {
  let sum = 0;
  let total = 0;
  let count = 0;
  for (let k = 0; k < columns.length; k++) {
    const v = columns[k][cell];
    if (v !== v) continue;
    sum += weights[k] * v;
    total += weights[k];
    count++;
  }
  return count === 0 || count < minPresent ? NaN : sum / total;
}

function nonPositive(state: PipelineState, ctx: StepContext, method: string, node: string, cell: number, value: number): NqpfError {
  const { region, year } = cellLocation(state.panel, cell);
  return new NqpfError(
    'NONPOSITIVE_INPUT',
    { method, node, region, year, value, hint: { en: 'normalize to a range above 0 first, e.g. min-max with range [1, 100]', zh: '请先标准化到正数区间，例如 min-max 的 range [1, 100]' } },
    { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/method` },
  );
}
