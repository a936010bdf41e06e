import { NqpfError, NqpfErrors, isNqpfError } from '../errors/nqpf-error.js';
import type { Panel } from '../model/types.js';
import { findMethod } from '../pipeline/registry.js';
import { finishState, run, type Build } from '../pipeline/run.js';
import type { Note, PipelineState } from '../pipeline/types.js';
import type { ResolvedSpec } from '../spec/schema.js';
import { editPanel, type CellEdit } from './changes.js';

/**
 * The recipe a guidance rebuild runs: the build's spec without its analyses, uncertainty and guidance blocks
 * (they read a build; the scores do not depend on them).
 */
export function recipeOf(spec: ResolvedSpec): ResolvedSpec {
  const { uncertainty: _u, scenarios: _s, paths: _p, projection: _j, targets: _t, ...rest } = spec;
  return { ...rest, analyses: [] };
}

/**
 * Full rebuild 完全重建: the same recipe on a changed panel — exactly `run` on a data file with the same cells
 * edited. A failure of the changed data (e.g. a geometric mean fed a zero) is GUIDANCE_REBUILD_FAILED at `pointer`.
 */
export function rebuildWith(build: Build, panel: Panel, pointer: string): Build {
  try {
    return run(recipeOf(build.spec), { ...build.inputs, panel });
  } catch (e) {
    if (!isNqpfError(e)) throw e;
    const first = e instanceof NqpfErrors ? e.errors[0] : e;
    const detail = { en: first.format('en'), zh: first.format('zh') };
    throw new NqpfError('GUIDANCE_REBUILD_FAILED', { detail }, { pointer });
  }
}

export function rebuildWithEdits(build: Build, edits: readonly CellEdit[], pointer: string): Build {
  return rebuildWith(build, editPanel(build.inputs.panel, edits), pointer);
}

/**
 * The held model 固定权重与标准化边界: for each indicator and year the normalisation as an affine map
 * norm = a + b·x of the value the normalize step reads, read off the build (two cells fix it; every other
 * cell must agree, or the method is not a fixed linear map — ranks, percentiles — and GUIDANCE_HELD_NOT_AFFINE).
 */
export interface HeldModel {
  /** Index of the (last) normalize step. */
  step: number;
  /** The value each indicator has as the normalize step reads it (after imputation, treatment). */
  input: Record<string, Float64Array>;
  /** Per indicator, per year index: intercept and slope. */
  maps: Record<string, { a: Float64Array; b: Float64Array }>;
  /**
   * Indicators whose observed values a step before normalisation changed (winsorised, log-transformed,
   * denominated): their held map is not linear in the data's units, so held edits and paths leave them alone.
   */
  treated: Set<string>;
}

export function heldModel(build: Build, pointer: string): HeldModel {
  const step = build.spec.steps.map((s) => s.op).lastIndexOf('normalize');
  if (step < 0) throw new NqpfError('GUIDANCE_HELD_NO_NORMALIZE', {}, { pointer });
  const before = build.trace[step];
  const after = build.trace[step + 1];
  const nRegions = before.panel.regions.length;
  const years = before.panel.years;
  const maps: HeldModel['maps'] = {};
  const input: HeldModel['input'] = {};
  for (const [code, y] of Object.entries(after.normalized!)) {
    const x = before.panel.columns[code];
    input[code] = x;
    const pooled = affineFit(x, y, 0, x.length);
    const a = new Float64Array(years.length);
    const b = new Float64Array(years.length);
    years.forEach((year, t) => {
      const fit = pooled ?? affineFit(x, y, t * nRegions, (t + 1) * nRegions);
      if (!fit) throw new NqpfError('GUIDANCE_HELD_NOT_AFFINE', { method: build.spec.steps[step].method, indicator: code, year }, { pointer });
      a[t] = fit.a;
      b[t] = fit.b;
    });
    maps[code] = { a, b };
  }
  const data = build.inputs.panel;
  const sameLayout = data.regions.length === nRegions && data.years.length === years.length;
  const treated = new Set(
    Object.keys(maps).filter((code) => {
      const raw = data.columns[code];
      const x = input[code];
      return !sameLayout || !raw || raw.some((v, i) => !Number.isNaN(v) && v !== x[i]);
    }),
  );
  return { step, input, maps, treated };
}

/** a + b·x through the cells [from, to) with the smallest and largest x, if every other cell agrees. */
function affineFit(x: Float64Array, y: Float64Array, from: number, to: number): { a: number; b: number } | null {
  let lo = -1;
  let hi = -1;
  for (let i = from; i < to; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    if (lo < 0 || x[i] < x[lo]) lo = i;
    if (hi < 0 || x[i] > x[hi]) hi = i;
  }
  if (lo < 0 || x[lo] === x[hi]) return null;
  const b = (y[hi] - y[lo]) / (x[hi] - x[lo]);
  const a = y[lo] - b * x[lo];
  let scale = 0;
  for (let i = from; i < to; i++) if (!Number.isNaN(y[i])) scale = Math.max(scale, Math.abs(y[i]));
  for (let i = from; i < to; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) continue;
    if (Math.abs(a + b * x[i] - y[i]) > 1e-9 * Math.max(1, scale)) return null;
  }
  return { a, b };
}

/**
 * Scores with weights and normalisation held: the edited cells get a + b·x′, then the steps after the
 * normalize step run again except weighting (each weight step's weights are kept from the build).
 */
export function heldRun(build: Build, model: HeldModel, edits: readonly CellEdit[]): PipelineState {
  const start = build.trace[model.step + 1];
  const nRegions = start.panel.regions.length;
  const normalized = { ...start.normalized! };
  for (const code of new Set(edits.map((e) => e.indicator))) normalized[code] = Float64Array.from(normalized[code]);
  for (const edit of edits) {
    const t = Math.floor(edit.cell / nRegions);
    normalized[edit.indicator][edit.cell] = model.maps[edit.indicator].a[t] + model.maps[edit.indicator].b[t] * edit.value;
  }
  return heldSteps(build, model, { ...start, normalized, scores: null, ranks: null });
}

/**
 * Held scores of a panel extended by future years: their values mapped by the latest year's normalisation,
 * then the steps after normalize with the build's weights (projection with `rebuild: false`).
 */
export function heldExtended(build: Build, model: HeldModel, panel: Panel): PipelineState {
  const start = build.trace[model.step + 1];
  const n = panel.regions.length;
  const observedCells = start.panel.years.length * n;
  const latest = start.panel.years.length - 1;
  const normalized: Record<string, Float64Array> = {};
  for (const [code, column] of Object.entries(start.normalized!)) {
    const out = new Float64Array(panel.years.length * n);
    out.set(column);
    const { a, b } = model.maps[code];
    for (let i = observedCells; i < out.length; i++) out[i] = a[latest] + b[latest] * panel.columns[code][i];
    normalized[code] = out;
  }
  return heldSteps(build, model, { ...start, panel, normalized, scores: null, ranks: null });
}

function heldSteps(build: Build, model: HeldModel, start: PipelineState): PipelineState {
  let state = start;
  for (let k = model.step + 1; k < build.spec.steps.length; k++) {
    const step = build.spec.steps[k];
    if (step.op === 'weight') {
      state = { ...state, weights: build.trace[k + 1].weights };
      continue;
    }
    const notes: Note[] = [];
    state = findMethod(step.op, step.method)!.run(state, step.params, { stepId: step.id, stepIndex: k, seed: build.spec.seed, notes });
  }
  return finishState(state);
}

