import { NqpfError, NqpfErrors, isNqpfError } from '../errors/nqpf-error.js';
import type { Panel } from '../model/types.js';
import { findMethod } from '../pipeline/registry.js';
import { finishState, run, type Build } from '../pipeline/run.js';
import type { Note, PipelineState } from '../pipeline/types.js';
import type { ResolvedSpec } from '../spec/schema.js';
import { editPanel, type CellEdit } from './changes.js';
import { indicatorsOf } from '../framework/tree.js';
import { heldSkewKurtosis } from '../treat/skew-kurtosis.js';

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
 * The held model 固定权重与标准化边界: edits are in the data's units (gaps imputed); each goes through the
 * steps between the data and the normalize step with their fitted parameters held — a denominator's value,
 * the winsorisation caps, a log transform's constants (treat/skew-kurtosis.ts `heldTreatment`) — then through
 * the normalisation as an affine map norm = a + b·y of the value the normalize step reads, per indicator and
 * year, read off the build (two cells fix it; every other cell must agree, or the method is not a fixed linear
 * map — ranks, percentiles — and GUIDANCE_HELD_NOT_AFFINE).
 */
export interface HeldModel {
  /** Index of the (last) normalize step. */
  step: number;
  /** The panel held edits are located in, and read: before the first denominate or treat step (gaps imputed). */
  panel: Panel;
  input: Record<string, Float64Array>;
  /** Per indicator, the held steps between `panel` and the normalize step (none for an untransformed one). */
  chain: Record<string, HeldLink[]>;
  /** Per indicator, per year index: intercept and slope of the normalisation. */
  maps: Record<string, { a: Float64Array; b: Float64Array }>;
  /** Indicators the held model cannot move, with the reason (the chain does not reproduce the build). */
  excluded: Map<string, string>;
}

/** One held step of an indicator: its value at a cell of year index t (`columns`: where a denominator is read). */
export interface HeldLink {
  kind(t: number): string;
  linear(t: number): boolean;
  at(x: number, cell: number, t: number, columns: Record<string, Float64Array>): number;
}

export function heldModel(build: Build, pointer: string): HeldModel {
  const ops = build.spec.steps.map((s) => s.op);
  const step = ops.lastIndexOf('normalize');
  if (step < 0) throw new NqpfError('GUIDANCE_HELD_NO_NORMALIZE', {}, { pointer });
  const before = build.trace[step];
  const after = build.trace[step + 1];
  const nRegions = before.panel.regions.length;
  const years = before.panel.years;
  const maps: HeldModel['maps'] = {};
  for (const [code, y] of Object.entries(after.normalized!)) {
    const x = before.panel.columns[code];
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
  const first = ops.findIndex((op, k) => k < step && (op === 'denominate' || op === 'treat'));
  const base = first < 0 ? step : first;
  const panel = build.trace[base].panel;
  const { chain, excluded } = heldChain(build, base, step, Object.keys(maps));
  return { step, panel, input: panel.columns, chain, maps, excluded };
}

/**
 * The held steps from trace[base] to the normalize step, per indicator, each checked: the chain must give
 * back every value the normalize step read, to the bit; an indicator it does not (a step it cannot hold, a
 * screen that changes the panel's layout) is excluded with the reason.
 */
function heldChain(build: Build, base: number, step: number, codes: string[]): { chain: HeldModel['chain']; excluded: Map<string, string> } {
  const chain: HeldModel['chain'] = Object.fromEntries(codes.map((c) => [c, []]));
  const excluded = new Map<string, string>();
  const start = build.trace[base].panel;
  const end = build.trace[step].panel;
  if (start.regions.length !== end.regions.length || start.years.length !== end.years.length) {
    for (const code of codes) excluded.set(code, `a step between the data and normalize changes the panel's regions or years`);
    return { chain, excluded };
  }
  for (let k = base; k < step; k++) {
    const s = build.spec.steps[k];
    const state = build.trace[k];
    if (s.op === 'denominate' && s.method === 'divide') {
      const p = s.params as { denominators: Record<string, string>; scale: Record<string, number> };
      for (const node of indicatorsOf(state.framework)) {
        const denominator = p.denominators[node.code] ?? node.denominator;
        if (!denominator || !chain[node.code]) continue;
        const scale = p.scale[node.code] ?? 1;
        // The divide step's own expression, the denominator read where the value is (data or projection).
        chain[node.code].push({ kind: () => 'divide', linear: () => true, at: (x, cell, _t, columns) => x / (columns[denominator][cell] / scale) });
      }
    } else if (s.op === 'treat' && s.method === 'skew-kurtosis') {
      const held = heldSkewKurtosis(state, s.params as Parameters<typeof heldSkewKurtosis>[1]);
      for (const [code, byYear] of Object.entries(held)) {
        if (!chain[code] || byYear.every((h) => h.identity)) continue;
        chain[code].push({ kind: (t) => byYear[t].kind, linear: (t) => byYear[t].identity, at: (x, _cell, t) => byYear[t].at(x) });
      }
    } else if (s.op !== 'impute' && s.op !== 'screen') {
      for (const code of codes) if (!Object.is(build.trace[k].panel.columns[code], build.trace[k + 1].panel.columns[code])) excluded.set(code, `step ${s.id} (${s.op}/${s.method}) has no held form`);
    }
  }
  const n = start.regions.length;
  for (const code of codes) {
    if (excluded.has(code)) continue;
    const x = start.columns[code];
    const y = end.columns[code];
    if (!x) {
      excluded.set(code, 'not in the data as read');
      continue;
    }
    for (let i = 0; i < x.length; i++) {
      if (Number.isNaN(x[i])) continue;
      const v = chainValue(chain[code], x[i], i, Math.floor(i / n), start.columns);
      if (!Object.is(v, y[i])) {
        excluded.set(code, `the held steps do not give back the value normalize read (${y[i]}, not ${v}) at ${start.regions[i % n].code} ${start.years[Math.floor(i / n)]}`);
        break;
      }
    }
  }
  return { chain, excluded };
}

function chainValue(links: readonly HeldLink[], x: number, cell: number, t: number, columns: Record<string, Float64Array>): number {
  let v = x;
  for (const link of links) v = link.at(v, cell, t, columns);
  return v;
}

/**
 * A value in the data's units at a cell of year index t, held: through the indicator's held steps, then the
 * normalisation of year `mapYear` (default t). NaN or infinite when the value is outside a held transform's domain.
 */
export function heldValue(model: HeldModel, code: string, cell: number, t: number, x: number, columns: Record<string, Float64Array> = model.input, mapYear = t): number {
  const y = chainValue(model.chain[code] ?? [], x, cell, t, columns);
  return model.maps[code].a[mapYear] + model.maps[code].b[mapYear] * y;
}

/** Whether the indicator's held steps are linear in year index t (none, or a denominator only). */
export function heldLinear(model: HeldModel, code: string, t: number): boolean {
  return (model.chain[code] ?? []).every((link) => link.linear(t));
}

/** The held steps an indicator goes through, as a label: `divide`, `log_CT`, `winsorise` … ('' for none). */
export function heldKinds(model: HeldModel, code: string, t: number): string {
  return (model.chain[code] ?? []).map((link) => link.kind(t)).filter((k) => k !== 'none').join(' + ');
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
  for (const edit of edits) normalized[edit.indicator][edit.cell] = heldValue(model, edit.indicator, edit.cell, Math.floor(edit.cell / nRegions), edit.value);
  return heldSteps(build, model, { ...start, normalized, scores: null, ranks: null });
}

/**
 * Held scores of a panel extended by future years (in the held model's units): their values through the held
 * steps of the latest year (a denominator read in the extended panel) and the latest year's normalisation,
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
    for (let i = observedCells; i < out.length; i++) out[i] = heldValue(model, code, i, latest, panel.columns[code][i], panel.columns);
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

