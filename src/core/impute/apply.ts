import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import { cellLocation } from '../panel/layout.js';
import type { Panel } from '../model/types.js';
import type { PipelineState, StepContext } from '../pipeline/types.js';

/** An imputation kernel: one indicator's whole column (year-major) → the column with gaps filled (or left). */
export type ImputeKernel = (column: Float64Array, panel: Panel, indicator: string) => Float64Array;

/**
 * Shared driver of every imputation: applies the kernel to each indicator, then enforces the invariant
 * that a present value never changes (COINr checks the same) and writes one IMPUTED note per filled
 * cell (region, year, indicator, method, value). Cells the kernel cannot fill stay missing.
 */
export function imputeState(state: PipelineState, ctx: StepContext, method: string, kernel: ImputeKernel): PipelineState {
  const columns = { ...state.panel.columns };
  for (const node of indicatorsOf(state.framework)) {
    const before = state.panel.columns[node.code];
    const after = kernel(before, state.panel, node.code);
    for (let i = 0; i < before.length; i++) {
      if (!Number.isNaN(before[i])) {
        if (!Object.is(after[i], before[i])) throw new NqpfError('IMPUTE_CHANGED_VALUE', { method, indicator: node.code }, { step: ctx.stepId });
      } else if (!Number.isNaN(after[i])) {
        ctx.notes.push({ code: 'IMPUTED', step: ctx.stepId, ...cellLocation(state.panel, i), indicator: node.code, method, value: after[i] });
      }
    }
    columns[node.code] = after;
  }
  return { ...state, panel: { ...state.panel, columns }, normalized: null, scores: null, ranks: null };
}

/** Fill each year's gaps with one statistic of that year's present values (cross-sectional imputation). */
export function fillByYear(statistic: (present: number[]) => number): ImputeKernel {
  return (column, panel) => {
    const nRegions = panel.regions.length;
    const out = Float64Array.from(column);
    for (let t = 0; t < panel.years.length; t++) {
      const slice = out.subarray(t * nRegions, (t + 1) * nRegions);
      const present = Array.from(slice).filter((v) => !Number.isNaN(v));
      if (present.length === 0 || present.length === nRegions) continue;
      const value = statistic(present);
      for (let r = 0; r < nRegions; r++) if (Number.isNaN(slice[r])) slice[r] = value;
    }
    return out;
  };
}

/**
 * Fill each year's gaps with a statistic of the region's group in that year (COINr `i_mean_grp`,
 * `i_median_grp`): regions without a label for the group are skipped; a group with no present value
 * stays missing. An unknown group key is MISSING_GROUP at /steps/k/params/group.
 */
export function fillByGroup(statistic: (present: number[]) => number, group: string, ctx: StepContext): ImputeKernel {
  return (column, panel) => {
    if (!panel.regions.some((r) => r.groups[group])) {
      const known = [...new Set(panel.regions.flatMap((r) => Object.keys(r.groups)))].join(', ');
      throw new NqpfError('MISSING_GROUP', { group, known }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/group` });
    }
    const nRegions = panel.regions.length;
    const out = Float64Array.from(column);
    const labels = panel.regions.map((r) => r.groups[group] ?? '');
    for (let t = 0; t < panel.years.length; t++) {
      const slice = out.subarray(t * nRegions, (t + 1) * nRegions);
      const original = Float64Array.from(slice);
      for (const label of new Set(labels.filter((l) => l !== ''))) {
        const members = labels.flatMap((l, r) => (l === label ? [r] : []));
        const present = members.map((r) => original[r]).filter((v) => !Number.isNaN(v));
        if (present.length === 0) continue;
        const value = statistic(present);
        for (const r of members) if (Number.isNaN(slice[r])) slice[r] = value;
      }
    }
    return out;
  };
}
