import { NqpfError } from '../errors/nqpf-error.js';
import type { Build } from '../pipeline/run.js';
import { createExecutor, type RowsOutput, type RunFailure, type RunStore } from './execute.js';
import { cellIntervals, type CellUncertainty } from './intervals.js';
import { planUncertainty, type PlanOptions, type UncertaintyPlan } from './plan.js';
import { meanAbsoluteShift } from './rank-cells.js';
import { saltelliIndices, type SensitivityIndex } from './saltelli.js';

export interface UncertaintyOptions extends PlanOptions {
  /** Bootstrap replicates for the intervals of the sensitivity indices; default 1000. */
  bootstrap?: number;
}

export interface UncertaintyResult {
  plan: UncertaintyPlan;
  /** Rows of the design that finished (all of them unless interrupted), and which: 1 = finished. */
  completedRows: number;
  finishedRows: Uint8Array;
  nominalScores: Float64Array;
  nominalRanks: Float64Array;
  /** Target scores and ranks of every run, run-major (run × cell); NaN for failed or unfinished runs. */
  scores: Float64Array;
  ranks: Float64Array;
  /** Per run, the mean absolute rank change against the nominal ranks. */
  shift: Float64Array;
  failures: RunFailure[];
  intervals: CellUncertainty[];
  /** Per factor (sensitivity analysis only). */
  indices: (SensitivityIndex & { factor: string })[] | null;
}

/** Validate the spec's uncertainty block against a nominal build (target must have scores). */
export function prepareUncertainty(build: Build, options: PlanOptions = {}): UncertaintyPlan {
  const plan = planUncertainty(build.spec, build.results.framework, options);
  if (!(plan.target in build.results.scores)) throw new NqpfError('UNCERTAINTY_TARGET', { target: plan.target }, { pointer: '/uncertainty/target' });
  return plan;
}

/**
 * 不确定性与敏感性分析 / Uncertainty and sensitivity analysis on one thread: every run of the plan, then the
 * summary. Worker pools call createExecutor on row ranges and summarizeUncertainty on what they return.
 */
export function runUncertainty(build: Build, options: UncertaintyOptions = {}): UncertaintyResult {
  const plan = prepareUncertainty(build, options);
  return summarizeUncertainty(build, plan, [createExecutor(build, plan)(0, plan.rows)], options);
}

/** What a caller already has: the store the outputs were written into, the intervals (computed over threads). */
export interface SummaryParts {
  store?: RunStore;
  intervals?: CellUncertainty[];
}

/** Assemble row ranges (any order, possibly incomplete) into the result; the same rows give the same bytes. */
export function summarizeUncertainty(
  build: Build,
  plan: UncertaintyPlan,
  outputs: RowsOutput[],
  options: UncertaintyOptions = {},
  parts: SummaryParts = {},
): UncertaintyResult {
  const nominalScores = build.results.scores[plan.target];
  const nominalRanks = build.results.ranks[plan.target];
  const cells = nominalScores.length;
  const sorted = [...outputs].sort((a, b) => a.fromRow - b.fromRow);
  const scores = assemble(sorted, plan, cells, (out) => out.scores, parts.store?.scores);
  const ranks = assemble(sorted, plan, cells, (out) => out.ranks, parts.store?.ranks);
  const failures: RunFailure[] = [];
  let completedRows = 0;
  const finishedRows = new Uint8Array(plan.rows);
  for (const out of sorted) {
    failures.push(...out.failures);
    completedRows += out.toRow - out.fromRow;
    finishedRows.fill(1, out.fromRow, out.toRow);
  }
  const shift = new Float64Array(plan.totalRuns);
  for (let k = 0; k < plan.totalRuns; k++) shift[k] = meanAbsoluteShift(ranks.subarray(k * cells, (k + 1) * cells), nominalRanks);
  return {
    plan,
    completedRows,
    finishedRows,
    nominalScores,
    nominalRanks,
    scores,
    ranks,
    shift,
    failures,
    intervals: parts.intervals ?? cellIntervals(nominalScores, nominalRanks, scores, ranks),
    indices: plan.type === 'sensitivity' ? sensitivity(plan, shift, options.bootstrap ?? 1000) : null,
  };
}

/**
 * Every run's values (run-major) from row ranges sorted by row; rows none covers are missing (NaN). A single
 * output of every row is taken as it is; outputs written into a `store` stay where they are.
 */
function assemble(sorted: RowsOutput[], plan: UncertaintyPlan, cells: number, pick: (out: RowsOutput) => Float64Array, store?: Float64Array): Float64Array {
  if (!store && sorted.length === 1 && sorted[0].fromRow === 0 && sorted[0].toRow === plan.rows) return pick(sorted[0]);
  const rowLength = plan.runsPerRow * cells;
  const all = store ?? new Float64Array(plan.totalRuns * cells);
  let row = 0;
  for (const out of sorted) {
    all.fill(NaN, row * rowLength, out.fromRow * rowLength);
    if (!store) all.set(pick(out), out.fromRow * rowLength);
    row = out.toRow;
  }
  all.fill(NaN, row * rowLength);
  return all;
}

function sensitivity(plan: UncertaintyPlan, shift: Float64Array, bootstrap: number): (SensitivityIndex & { factor: string })[] {
  const width = plan.runsPerRow;
  const column = (b: number) => Float64Array.from({ length: plan.rows }, (_, r) => shift[r * width + b]);
  const yAB = plan.factors.map((_, i) => column(2 + i));
  return saltelliIndices(column(0), column(1), yAB, { bootstrap, seed: plan.seed }).map((s, i) => ({ factor: plan.factors[i].name, ...s }));
}
