import type { Build, Note, StepRecord } from '../../../src/core/index.js';
import { formatMessage } from '../../../src/core/index.js';
import { obstacleDegree } from '../../../src/core/diagnose/obstacle.js';
import { indicatorsOf, rootOf } from '../../../src/core/framework/tree.js';
import type { ResultView } from './protocol.js';

/**
 * Above this many indicator cells (regions × years × indicators) the view leaves out what the page draws only
 * for a few cells: indicator scores and ranks (the page draws the index and its dimensions) and obstacle
 * degrees. A county panel (2,850 × 20 × 100 = 5.7 M) would otherwise copy ~150 MB to the page on every slider
 * move; the China panel (31 × 14 × 50) stays whole.
 */
export const FULL_VIEW_CELLS = 1_000_000;

/** A Build → what the page draws: names, the nodes' scores and ranks, obstacle degrees, notes; `checked`: its checks are in. */
export function resultView(build: Build, started: number, rerunFrom: string | null, checked = true): ResultView {
  const { framework, regions, years, weights } = build.results;
  const weightOf = new Map(weights.map((w) => [w.node, w]));
  const root = rootOf(framework).code;
  const full = regions.length * years.length * indicatorsOf(framework).length <= FULL_VIEW_CELLS;
  const drawn = (code: string) => full || framework.nodes.some((n) => n.code === code && (n.level > 1 || n.parent === root));
  const scores = pick(build.results.scores, drawn);
  const ranks = pick(build.results.ranks, drawn);
  const name = build.spec.name;
  const view: ResultView = {
    specHash: build.specHash,
    name: name === undefined ? null : typeof name === 'string' ? { zh: name, en: name } : name,
    regions: regions.map((r) => ({ code: r.code, name: r.name, region4: r.groups.region4 ?? null })),
    years,
    timeless: build.trace[0].panel.timeless ?? false,
    nodes: framework.nodes.map((n) => ({
      code: n.code,
      name: n.name,
      level: n.level,
      parent: n.parent,
      direction: n.direction,
      weight: weightOf.get(n.code)?.weight ?? n.weight,
      effectiveWeight: weightOf.get(n.code)?.effectiveWeight ?? 0,
      ...(n.unit ? { unit: n.unit } : {}),
    })),
    root,
    scores,
    ranks,
    obstacles: full ? obstacles(build) : null,
    steps: build.steps.map((s) => ({ id: s.id, op: s.op, method: s.method, params: s.params })),
    notes: [...build.loadNotes, ...build.steps.flatMap((s: StepRecord) => s.notes)].slice(0, 200).map(renderNote),
    noteCount: build.loadNotes.length + build.steps.reduce((n, s) => n + s.notes.length, 0),
    warnings: checked ? (build.checks ?? []).map(renderNote) : null,
    computeMs: 0,
    rerunFrom,
  };
  view.computeMs = performance.now() - started;
  return view;
}

/**
 * The columns drawn, each copied to a buffer of its own: a column is often a view into a buffer of every node
 * (rank, aggregate), which a message would copy whole; own buffers are also transferred, not copied.
 */
function pick(columns: Record<string, Float64Array>, keep: (code: string) => boolean): Record<string, Float64Array> {
  return Object.fromEntries(Object.entries(columns).filter(([code]) => keep(code)).map(([code, column]) => [code, column.slice()]));
}

/** The buffers a view owns alone (its scores and ranks), for the worker's transfer list. */
export function viewBuffers(view: ResultView): ArrayBuffer[] {
  return [...Object.values(view.scores), ...Object.values(view.ranks)].map((column) => column.buffer as ArrayBuffer);
}

/**
 * Obstacle degrees from the min-max normalised indicators (z = (x − low)/(high − low) of the step's range)
 * and the effective weights; only when the last normalisation is min-max. A missing indicator is left out
 * of its region-year (NaN), as the arithmetic aggregation leaves it out of the score.
 */
function obstacles(build: Build): Record<string, Float64Array> | null {
  const normalize = [...build.steps].reverse().find((s) => s.op === 'normalize');
  if (!normalize || normalize.method !== 'min-max') return null;
  const [low, high] = normalize.params.range as [number, number];
  const final = build.trace[build.trace.length - 1];
  if (!final.normalized) return null;
  const indicators = indicatorsOf(build.results.framework).map((n) => n.code);
  const weights = new Map(build.results.weights.map((w) => [w.node, w.effectiveWeight]));
  const w = indicators.map((c) => weights.get(c) ?? 0);
  const cells = build.results.regions.length * build.results.years.length;
  const out = Object.fromEntries(indicators.map((c) => [c, new Float64Array(cells).fill(NaN)]));
  const outColumns = indicators.map((c) => out[c]);
  for (const { present, cells: members, z } of patternsOf(final.normalized, indicators, cells, low, high)) {
    const { percent } = obstacleDegree(z, present.map((j) => w[j]));
    for (let k = 0; k < members.length; k++) for (let m = 0; m < present.length; m++) outColumns[present[m]][members[k]] = percent[k][m];
  }
  return out;
}

interface Pattern {
  /** The indicators (positions) a region-year has, its cells, and their z rows over those indicators. */
  present: number[];
  cells: number[];
  z: number[][];
}

/** z by pattern, kept per normalised panel: a weight change (regenerated from the weight step) reuses it. */
const patternCache = new WeakMap<Record<string, Float64Array>, { key: string; patterns: Pattern[] }>();

/** Region-years grouped by which indicators they have, so the kernel runs once per pattern; z clamped to [0, 1]. */
function patternsOf(normalized: Record<string, Float64Array>, indicators: string[], cells: number, low: number, high: number): Pattern[] {
  const key = `${low}|${high}|${cells}|${indicators.join(',')}`;
  const cached = patternCache.get(normalized);
  if (cached?.key === key) return cached.patterns;
  const columns = indicators.map((c) => normalized[c]);
  const groups = new Map<string, Pattern>();
  for (let i = 0; i < cells; i++) {
    const present: number[] = [];
    for (let j = 0; j < columns.length; j++) if (columns[j] && Number.isFinite(columns[j][i])) present.push(j);
    if (present.length === 0) continue;
    const id = present.length === columns.length ? 'all' : present.join(',');
    let group = groups.get(id);
    if (!group) groups.set(id, (group = { present, cells: [], z: [] }));
    group.cells.push(i);
  }
  const span = high - low;
  const patterns = [...groups.values()];
  for (const group of patterns) group.z = group.cells.map((i) => group.present.map((j) => Math.min(1, Math.max(0, (columns[j][i] - low) / span))));
  patternCache.set(normalized, { key, patterns });
  return patterns;
}

/** Notes rendered once each (a regenerated build shares the earlier steps' note objects). */
const rendered = new WeakMap<Note, { code: string; zh: string; en: string }>();

export function renderNote(note: Note): { code: string; zh: string; en: string } {
  let out = rendered.get(note);
  if (!out) {
    const params = note as unknown as Record<string, unknown>;
    // A note without a catalogue message (e.g. a reader's CELL_CLEANED) shows its code and its detail.
    const render = (lang: 'zh' | 'en') => {
      const text = formatMessage(note.code, params, lang);
      return text === note.code && typeof params.detail === 'string' ? `${note.code}: ${params.detail}` : text;
    };
    out = { code: note.code, zh: render('zh'), en: render('en') };
    rendered.set(note, out);
  }
  return out;
}
