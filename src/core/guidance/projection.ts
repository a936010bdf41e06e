import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf, rootOf } from '../framework/tree.js';
import type { Panel } from '../model/types.js';
import type { Build } from '../pipeline/run.js';
import { extrapolate, type SeriesPoint } from './extrapolate.js';
import { checkIndicator } from './locate.js';
import { heldExtended, heldModel, rebuildWith } from './rebuild.js';
import type { ProjectionSpec } from './schema.js';

/** Years a projection may reach past the data (issue 17: each is a year of every region × indicator, rebuilt). */
export const MAX_PROJECTION_YEARS = 50;

export interface ProjectionRow {
  region: string;
  year: number;
  node: string;
  score: number;
  rank: number;
}

/** The first year (from the last observed one) in which a region's index reaches each benchmark; null: not by `to`. */
export interface ProjectionPass {
  region: string;
  node: string;
  nationalMean: number | null;
  groupMean: number | null;
  target: number | null;
}

/** How one series was extrapolated, when not as asked, and every clamp (none is silent). */
export interface ProjectionNote {
  region: string;
  indicator: string;
  note: string;
}

export interface ProjectionResult {
  years: number[];
  rows: ProjectionRow[];
  passes: ProjectionPass[];
  notes: ProjectionNote[];
  /** The panel with the projected years appended (observed years as read). */
  panel: Panel;
  groups: string | null;
}

/** Check the projection block against the data: years to extrapolate, known indicators in `range`, ranges in order. */
export function checkProjection(build: Build, spec: ProjectionSpec, errors: NqpfError[]): boolean {
  const before = errors.length;
  const panel = build.inputs.panel;
  if (panel.timeless) errors.push(new NqpfError('PROJECTION_TIMELESS', {}, { pointer: '/projection' }));
  const lastYear = panel.years[panel.years.length - 1];
  if (!panel.timeless && spec.to <= lastYear) errors.push(new NqpfError('PROJECTION_NOT_AFTER', { to: spec.to, last: lastYear }, { pointer: '/projection/to' }));
  if (!panel.timeless && spec.to - lastYear > MAX_PROJECTION_YEARS) errors.push(new NqpfError('PROJECTION_TOO_FAR', { to: spec.to, last: lastYear, limit: MAX_PROJECTION_YEARS }, { pointer: '/projection/to' }));
  const codes = indicatorsOf(build.results.framework).map((n) => n.code);
  for (const [code, [low, high]] of Object.entries(spec.range ?? {})) {
    if (!checkIndicator(codes, code, `/projection/range/${code}`, errors)) continue;
    if (low > high) errors.push(new NqpfError('PROJECTION_RANGE', { indicator: code, low, high }, { pointer: `/projection/range/${code}` }));
  }
  return errors.length === before;
}

/**
 * 趋势外推 / Projection on current trends: every column of every region extrapolated (CAGR or linear) over the
 * last `window` years, clamped to its plausible range — the spec's `range`, else ≥ 0 for a series never negative
 * and ≤ 100 for a share (unit %) never above 100 — then the index computed for the projected years with the same
 * recipe: by default with the build's weights and its latest normalisation bounds held (projected scores continue
 * scores.csv's scale; values beyond the observed bounds extrapolate the linear map), or with `rebuild: true` the
 * whole recipe re-run on observed and projected years together (pooled bounds and weights then move, so the
 * projected scores are on that rebuild's scale). Only projected years are reported, never mixed into scores.csv.
 */
export function runProjection(build: Build, spec: ProjectionSpec): ProjectionResult {
  const held = spec.rebuild ? null : heldModel(build, '/projection/rebuild');
  // Indicators transformed before normalisation have no held map in the data's units: the recipe is re-run.
  const model = held && held.treated.size === 0 ? held : null;
  // Held: extrapolate the values the normalize step read (gaps imputed); rebuilt: the data as read.
  const panel = model ? build.trace[model.step].panel : build.inputs.panel;
  const lastYear = panel.years[panel.years.length - 1];
  const future = Array.from({ length: spec.to - lastYear }, (_, k) => lastYear + 1 + k);
  const { panel: extended, notes } = extendPanel(build, panel, spec, future);
  if (held && !model) notes.unshift({ region: '*', indicator: [...held.treated].join(' '), note: 'transformed before normalisation (treatment): the whole recipe is re-run on observed and projected years (rebuild: true)' });
  const framework = build.results.framework;
  const { regions, years, scores, ranks } = model
    ? (() => {
        const state = heldExtended(build, model, extended);
        return { regions: state.panel.regions, years: state.panel.years, scores: state.scores!, ranks: state.ranks! };
      })()
    : rebuildWith(build, extended, '/projection').results;
  const nodes = [...framework.nodes].sort((a, b) => b.level - a.level).filter((n) => scores[n.code]);
  const rows: ProjectionRow[] = [];
  for (const node of nodes) {
    for (const year of future) {
      const t = years.indexOf(year);
      regions.forEach((region, r) => rows.push({ region: region.code, year, node: node.code, score: scores[node.code][t * regions.length + r], rank: ranks[node.code][t * regions.length + r] }));
    }
  }
  const groups = spec.groups ?? (regions.every((r) => r.groups.region4) ? 'region4' : null);
  const root = rootOf(framework).code;
  const passes = regions.map((region, r): ProjectionPass => {
    const first = (benchmark: (t: number) => number) => {
      for (let t = years.indexOf(lastYear); t < years.length; t++) if (scores[root][t * regions.length + r] >= benchmark(t)) return years[t];
      return null;
    };
    const meanOf = (t: number, keep: (k: number) => boolean) => {
      let sum = 0;
      let count = 0;
      regions.forEach((_, k) => {
        const v = scores[root][t * regions.length + k];
        if (keep(k) && !Number.isNaN(v)) [sum, count] = [sum + v, count + 1];
      });
      return sum / count;
    };
    const group = groups ? region.groups[groups] : undefined;
    return {
      region: region.code,
      node: root,
      nationalMean: first((t) => meanOf(t, () => true)),
      groupMean: group === undefined ? null : first((t) => meanOf(t, (k) => regions[k].groups[groups!] === group)),
      target: spec.target === undefined ? null : first(() => spec.target!),
    };
  });
  return { years: future, rows, passes, notes, panel: extended, groups };
}

function extendPanel(build: Build, panel: Panel, spec: ProjectionSpec, future: number[]): { panel: Panel; notes: ProjectionNote[] } {
  const n = panel.regions.length;
  const nYears = panel.years.length;
  const windowYears = panel.years.slice(-spec.window);
  const units = new Map(build.results.framework.nodes.map((node) => [node.code, node.unit ?? '']));
  const notes: ProjectionNote[] = [];
  const columns: Panel['columns'] = {};
  const observed: Panel['observed'] = {};
  for (const [code, column] of Object.entries(panel.columns)) {
    const out = new Float64Array(n * (nYears + future.length)).fill(NaN);
    out.set(column);
    const mask = new Uint8Array(out.length);
    mask.set(panel.observed[code] ?? new Uint8Array(column.length));
    const [low, high] = spec.range?.[code] ?? plausibleRange(column, units.get(code) ?? '');
    panel.regions.forEach((region, r) => {
      const points: SeriesPoint[] = [];
      for (const year of windowYears) {
        const value = column[panel.years.indexOf(year) * n + r];
        if (!Number.isNaN(value)) points.push({ year, value });
      }
      if (points.length === 0) {
        notes.push({ region: region.code, indicator: code, note: 'no value in the window: left missing' });
        return;
      }
      const trend = extrapolate(points, spec.method);
      if (trend.method !== spec.method) notes.push({ region: region.code, indicator: code, note: trend.method === 'held' ? 'one value in the window: held' : 'non-positive end value: linear trend' });
      let clamped = 0;
      future.forEach((year, k) => {
        const raw = trend.at(year);
        const value = Math.min(high, Math.max(low, raw));
        if (value !== raw) clamped++;
        out[(nYears + k) * n + r] = value;
      });
      if (clamped > 0) notes.push({ region: region.code, indicator: code, note: `clamped to [${low}, ${high}] in ${clamped} projected year(s)` });
    });
    columns[code] = out;
    observed[code] = mask;
  }
  return { panel: { ...panel, years: [...panel.years, ...future], columns, observed }, notes };
}

/** ≥ 0 for a series never negative; ≤ 100 for a share (unit %) never above 100. */
function plausibleRange(column: Float64Array, unit: string): [number, number] {
  const present = Array.from(column).filter((v) => !Number.isNaN(v));
  const low = present.every((v) => v >= 0) ? 0 : -Infinity;
  const high = unit.includes('%') && present.every((v) => v <= 100) ? 100 : Infinity;
  return [low, high];
}
