import { NqpfError } from '../errors/nqpf-error.js';
import { childrenOf, indicatorsOf, rootOf } from '../framework/tree.js';
import type { Framework } from '../model/types.js';
import type { Build } from '../pipeline/run.js';
import type { PipelineState } from '../pipeline/types.js';
import { solveLinearProgram, solversReady } from '../stats/linear-program.js';
import type { CellEdit } from './changes.js';
import { compareYear, type CompareRow } from './compare.js';
import { checkIndicator, findRegion, findYear } from './locate.js';
import { heldLinear, heldModel, heldRun, heldValue, rebuildWithEdits, type HeldModel } from './rebuild.js';
import type { Limit, PathSpec } from './schema.js';

/** An indicator the path may move: u ≥ 0 raw units in the direction (`sign`) that raises the target node. */
export interface Lever {
  indicator: string;
  current: number;
  sign: 1 | -1;
  /** Held-model gain of the target node's score per raw unit moved. */
  gain: number;
  /** Most it may move (raw units; Infinity without a limit). */
  cap: number;
  /** Cost per raw unit moved. */
  cost: number;
  limit: string;
  /**
   * Where the held steps are not linear (a log transform, winsorisation caps): the gain as consecutive pieces
   * of [0, cap], each with its secant gain per unit — decreasing for a concave transform, so the LP takes them
   * in order. Absent: one piece, `gain` throughout.
   */
  pieces?: { width: number; gain: number }[];
}

export interface PathMove {
  indicator: string;
  current: number;
  proposed: number;
  change: number;
  shareOfGain: number;
}

export interface PathResult {
  id: string;
  region: string;
  year: number;
  node: string;
  target: string;
  /** lp: solved exactly as a linear program; search: the greedy search (non-linear aggregation). */
  solver: 'lp' | 'search';
  cost: number;
  moves: PathMove[];
  /** Full rebuild with the proposed values: every node of every region in the year, and whether the target is reached. */
  outcome: (CompareRow & { targetReached: boolean | null })[];
  reached: boolean;
  rankAfter: number;
  scoreAfter: number;
  /** Indicators not moved because the held model cannot hold what the recipe does to them, with the reason. */
  excluded: { indicator: string; reason: string }[];
}

export interface PathPlan {
  path: PathSpec;
  pointer: string;
  model: HeldModel;
  region: number;
  year: number;
  cell: number;
  node: string;
  levers: Lever[];
  /** Indicators under the node a path cannot move, with the reason (HeldModel.excluded). */
  excluded: { indicator: string; reason: string }[];
  /** The target node's score now, and the score the region must reach in the held model. */
  score: number;
  threshold: number;
  linear: boolean;
}

/**
 * Check a path against the build, gathering every problem: unknown region, year, node or limit indicator;
 * a target already met (PATH_TARGET_MET). Levers are the target node's indicators with a value, each with
 * its held-model gain (weights and normalisation bounds held), its cap from the limits and its cost.
 */
export function planPath(build: Build, path: PathSpec, pointer: string, errors: NqpfError[]): PathPlan | null {
  const before = errors.length;
  let model: HeldModel;
  try {
    model = heldModel(build, pointer);
  } catch (e) {
    if (e instanceof NqpfError) return errors.push(e), null;
    throw e;
  }
  const framework = build.results.framework;
  const panel = model.panel;
  const r = findRegion(panel.regions, path.region, `${pointer}/region`, errors);
  const t = findYear(panel, path.year, `${pointer}/year`, errors);
  const node = path.target.node ?? rootOf(framework).code;
  if (!framework.nodes.some((n) => n.code === node)) {
    errors.push(new NqpfError('GUIDANCE_UNKNOWN_NODE', { node, known: framework.nodes.filter((n) => n.level > 1).map((n) => n.code).join(', ') }, { pointer: `${pointer}/target/node` }));
  }
  const codes = indicatorsOf(framework).map((n) => n.code);
  for (const key of Object.keys(path.limits ?? {})) if (key !== 'default') checkIndicator(codes, key, `${pointer}/limits/${key}`, errors);
  if (errors.length > before) return null;
  const n = panel.regions.length;
  const cell = t * n + r;
  const scores = build.results.scores[node];
  const current = { score: scores[cell], rank: build.results.ranks[node][cell] };
  const others = Array.from(scores.subarray(t * n, (t + 1) * n)).filter((_, k) => k !== r && !Number.isNaN(scores[t * n + k])).sort((a, b) => b - a);
  const target = describeTarget(path);
  const met = 'rank' in path.target ? current.rank <= path.target.rank : current.score >= path.target.score;
  if (met) {
    errors.push(new NqpfError('PATH_TARGET_MET', { id: path.id, region: panel.regions[r].code, year: panel.years[t], target, node, rank: current.rank, score: shortNumber(current.score) }, { pointer: `${pointer}/target` }));
    return null;
  }
  const span = Math.max(...others, current.score) - Math.min(...others, current.score);
  // Beat the k-th best other region (or the score) by a hair, so the solver's tolerance cannot leave the target unmet.
  const threshold = ('rank' in path.target ? others[path.target.rank - 1] : path.target.score) + 1e-7 * Math.max(span, 1e-12);
  const levers = leversOf(build, model, path, framework, node, cell, t);
  const excluded = indicatorsBelow(framework, node).filter((code) => model.excluded.has(code)).map((code) => ({ indicator: code, reason: model.excluded.get(code)! }));
  // Pieces that gain more further on (a convex transform, e.g. a log of a less-is-better indicator) are no LP.
  const concave = levers.every((l) => !l.pieces || l.pieces.every((p, k) => k === 0 || p.gain <= l.pieces![k - 1].gain * (1 + 1e-9)));
  return { path, pointer, model, region: r, year: panel.years[t], cell, node, levers, excluded, score: current.score, threshold, linear: isLinear(build, model) && concave };
}

/** Indicators below a node. */
function indicatorsBelow(framework: Framework, node: string): string[] {
  const children = childrenOf(framework);
  const out: string[] = [];
  const visit = (code: string) => {
    const kids = children.get(code);
    if (!kids) out.push(code);
    else kids.forEach((k) => visit(k.code));
  };
  visit(node);
  return out;
}

function leversOf(build: Build, model: HeldModel, path: PathSpec, framework: Framework, node: string, cell: number, t: number): Lever[] {
  const base = build.results.scores[node][cell];
  const n = model.panel.regions.length;
  const levers: Lever[] = [];
  const scoreAt = (code: string, value: number) => heldRun(build, model, [{ indicator: code, cell, value }]).scores![node][cell];
  for (const code of indicatorsBelow(framework, node)) {
    if (model.excluded.has(code) || !model.maps[code]) continue;
    const x = model.input[code][cell];
    if (Number.isNaN(x)) continue;
    const column = model.input[code];
    const neverNegative = column.every((v) => Number.isNaN(v) || v >= 0);
    const yearValues = Array.from(column.subarray(t * n, (t + 1) * n)).filter((v) => !Number.isNaN(v));
    const scale = x !== 0 ? Math.abs(x) : yearValues.reduce((s, v) => s + Math.abs(v), 0) / yearValues.length || 1;
    const limit = path.limits?.[code] ?? path.limits?.default;
    const linear = heldLinear(model, code, t);
    // The slope of the held value per raw unit: exact for a linear chain; at x for a transform (its sign is the direction).
    const unit = linear ? 1 : 1e-6 * scale;
    const slope = (heldValue(model, code, cell, t, x + unit) - heldValue(model, code, cell, t, x)) / unit;
    if (!(slope !== 0 && Number.isFinite(slope))) continue;
    const sign: 1 | -1 = slope > 0 ? 1 : -1;
    let cap = capOf(limit, x, sign);
    if (sign < 0 && neverNegative) cap = Math.min(cap, x);
    const cost = path.cost === 'normalized' ? Math.abs(slope) : 1 / scale;
    const label = limit ? limitLabel(limit) : '';
    if (linear) {
      // One unit of normalised value: with linear aggregation the gain is exact (the effective weight within the node).
      const step = 1 / Math.abs(slope);
      const gain = (scoreAt(code, x + sign * step) - base) / step;
      if (gain > 0) levers.push({ indicator: code, current: x, sign, gain, cap, cost, limit: label });
      continue;
    }
    const pieces = piecesOf((u) => scoreAt(code, x + sign * u) - base, Number.isFinite(cap) ? cap : UNLIMITED_REACH * Math.max(scale, ...yearValues.map(Math.abs)));
    if (pieces.length === 0) continue;
    levers.push({ indicator: code, current: x, sign, gain: pieces[0].gain, cap: pieces.reduce((s, p) => s + p.width, 0), cost, limit: label, pieces });
  }
  return levers;
}

/** Pieces of a lever through a held transform (a log, winsorisation caps): PIECES equal widths of its reach. */
const PIECES = 40;
/** The reach of a transformed lever without a limit, in multiples of the larger of its value and the year's largest. */
const UNLIMITED_REACH = 4;

/**
 * The held score gain of a transformed lever over [0, reach] as PIECES secants (exact at their ends). For a
 * concave transform (a log; a cap flattens it) the secants decrease and lie below the curve, so the LP's
 * proposal reaches at least the gain it counts. Pieces past the last gain (beyond a cap) are dropped.
 */
function piecesOf(gainAt: (u: number) => number, reach: number): { width: number; gain: number }[] {
  const pieces: { width: number; gain: number }[] = [];
  const width = reach / PIECES;
  let previous = 0;
  for (let k = 1; k <= PIECES; k++) {
    const g = gainAt(k * width);
    if (!Number.isFinite(g)) break;
    pieces.push({ width, gain: (g - previous) / width });
    previous = g;
  }
  while (pieces.length > 0 && !(pieces[pieces.length - 1].gain > 0)) pieces.pop();
  return pieces;
}

/** Most an indicator may move toward a higher score: `add` a raw amount; `multiply` by m (up) or divide by m (down). */
function capOf(limit: Limit | undefined, x: number, sign: 1 | -1): number {
  if (!limit) return Infinity;
  if ('add' in limit) return limit.add;
  if (!(x > 0)) return 0;
  return sign > 0 ? x * (limit.multiply - 1) : x * (1 - 1 / limit.multiply);
}

function limitLabel(limit: Limit): string {
  return 'add' in limit ? `add ${limit.add}` : `multiply ${limit.multiply}`;
}

export function describeTarget(path: PathSpec): string {
  const node = path.target.node ? `${path.target.node} ` : '';
  return 'rank' in path.target ? `${node}rank ${path.target.rank}` : `${node}score ${path.target.score}`;
}

/** Arithmetic aggregation at every level after the held normalisation: the node's score is linear in the raw values. */
function isLinear(build: Build, model: HeldModel): boolean {
  return build.spec.steps.slice(model.step + 1).every((s) => {
    if (s.op === 'weight') return true;
    if (s.op !== 'aggregate') return false;
    const levels = Object.values((s.params.levels ?? {}) as Record<string, string>);
    return s.method === 'arithmetic' && levels.every((m) => m === 'arithmetic');
  });
}

/**
 * 路径 / Path to a target: the smallest change by the stated cost that lifts the region's node to the target
 * within the limits. Linear aggregation (weights and normalisation bounds held): the linear program
 *   min Σ c_j u_j  s.t.  Σ g_j u_j ≥ s* − s_0,  0 ≤ u_j ≤ cap_j   (HiGHS),
 * where g_j is the score gained per unit of indicator j and s* the score of the region now at the target rank.
 * Other aggregations: a greedy search (below). Out of reach: PATH_INFEASIBLE with the best rank reachable and
 * the binding limits. The proposed values are then verified by a full rebuild of the recipe.
 */
export function runPath(build: Build, plan: PathPlan): PathResult {
  const { levers } = plan;
  const u = plan.linear ? solveLp(plan) : greedySearch(build, plan);
  if (!u) throw infeasible(build, plan);
  const modelPanel = build.trace[plan.model.step].panel;
  const regionCode = modelPanel.regions[plan.region].code;
  let check = verify(build, plan, u, regionCode);
  // Refinement: where the rebuild (weights and bounds moving) falls short, solve again from the rebuilt build for
  // the rest of the gap, with what is left of each limit and the original costs; at most REFINE_ROUNDS times.
  for (let round = 0; round < REFINE_ROUNDS && !check.reached; round++) {
    const errors: NqpfError[] = [];
    const next = planPath(check.rebuilt, plan.path, plan.pointer, errors);
    if (!next) break;
    const original = new Map(levers.map((l, j) => [l.indicator, j]));
    const usable = next.levers.filter((l) => original.has(l.indicator) && l.sign === levers[original.get(l.indicator)!].sign);
    const adjusted = usable.map((l) => {
      const j = original.get(l.indicator)!;
      return { ...l, cap: Math.max(0, levers[j].cap - u[j]), cost: levers[j].cost };
    });
    const more = next.linear ? solveLp({ ...next, levers: adjusted }) : greedySearch(check.rebuilt, { ...next, levers: adjusted });
    if (!more) break;
    adjusted.forEach((l, k) => (u[original.get(l.indicator)!] += more[k]));
    check = verify(build, plan, u, regionCode);
  }
  const gains = levers.map((l, j) => countedGain(l, u[j]));
  const total = gains.reduce((s, g) => s + g, 0);
  const moves: PathMove[] = [];
  levers.forEach((l, j) => {
    if (!(u[j] > 1e-12 * Math.max(1, Math.abs(l.current)))) return;
    const proposed = l.current + l.sign * u[j];
    moves.push({ indicator: l.indicator, current: l.current, proposed, change: proposed - l.current, shareOfGain: gains[j] / total });
  });
  const { rows, mine, reached } = check;
  return {
    id: plan.path.id,
    region: regionCode,
    year: plan.year,
    node: plan.node,
    target: describeTarget(plan.path),
    solver: plan.linear ? 'lp' : 'search',
    cost: levers.reduce((s, l, j) => s + l.cost * u[j], 0),
    moves,
    outcome: rows.map((row) => ({ ...row, targetReached: row.region === regionCode ? reached : null })),
    reached,
    rankAfter: mine.rankAfter,
    scoreAfter: mine.scoreAfter,
    excluded: plan.excluded,
  };
}

/** Rounds of re-solving from the rebuilt build when the full rebuild falls short of the target. */
const REFINE_ROUNDS = 4;

/** The full rebuild with the proposed values: every node of every region in the year, and whether the target is met. */
function verify(build: Build, plan: PathPlan, u: Float64Array, regionCode: string) {
  const inputPanel = build.inputs.panel;
  const inputCell = inputPanel.years.indexOf(plan.year) * inputPanel.regions.length + inputPanel.regions.findIndex((r) => r.code === regionCode);
  const edits: CellEdit[] = [];
  plan.levers.forEach((l, j) => {
    if (u[j] > 1e-12 * Math.max(1, Math.abs(l.current))) edits.push({ indicator: l.indicator, cell: inputCell, value: l.current + l.sign * u[j] });
  });
  const rebuilt = rebuildWithEdits(build, edits, plan.pointer);
  const rows = compareYear(build.results.framework, build.results, rebuilt.results, plan.year);
  const mine = rows.find((row) => row.region === regionCode && row.node === plan.node)!;
  const target = plan.path.target;
  const reached = 'rank' in target ? mine.rankAfter <= target.rank : mine.scoreAfter >= target.score;
  return { rebuilt, rows, mine, reached };
}

/** The LP's columns: one per lever, or one per piece of a transformed lever (cut at the lever's cap). */
function columnsOf(levers: readonly Lever[]): { lever: number; gain: number; cap: number; cost: number }[] {
  return levers.flatMap((l, j) => {
    if (!l.pieces) return [{ lever: j, gain: l.gain, cap: l.cap, cost: l.cost }];
    let left = l.cap;
    return l.pieces.flatMap((p) => {
      const width = Math.min(p.width, left);
      left -= width;
      return width > 0 ? [{ lever: j, gain: p.gain, cap: width, cost: l.cost }] : [];
    });
  });
}

/** The columns' amounts summed back per lever. */
function perLever(levers: readonly Lever[], columns: ReturnType<typeof columnsOf>, x: ArrayLike<number>): Float64Array {
  const u = new Float64Array(levers.length);
  columns.forEach((c, k) => (u[c.lever] += x[k]));
  return u;
}

/** The score a lever's move gains as the LP counts it (its pieces' secants for a transformed lever). */
function countedGain(l: Lever, u: number): number {
  if (!l.pieces) return l.gain * u;
  let gain = 0;
  let left = u;
  for (const p of l.pieces) {
    const w = Math.min(p.width, left);
    gain += p.gain * w;
    left -= w;
  }
  return gain;
}

function solveLp(plan: PathPlan): Float64Array | null {
  const { levers } = plan;
  if (levers.length === 0) return null;
  const columns = columnsOf(levers);
  if (!solversReady()) {
    const x = fractionalKnapsack(columns, plan.threshold - plan.score);
    return x && perLever(levers, columns, x);
  }
  const solution = solveLinearProgram(
    {
      sense: 'minimize',
      objective: columns.map((c) => c.cost),
      rows: [columns.map((c) => c.gain)],
      rowLower: [plan.threshold - plan.score],
      rowUpper: [Infinity],
      columnLower: columns.map(() => 0),
      columnUpper: columns.map((c) => c.cap),
    },
    { step: plan.path.id, pointer: plan.pointer },
  );
  if (solution.status === 'infeasible') return null;
  if (solution.status !== 'optimal') throw new NqpfError('PATH_LP_FAILED', { id: plan.path.id, detail: solution.status }, { pointer: plan.pointer });
  return perLever(levers, columns, solution.x);
}

/**
 * The same LP in closed form, where HiGHS is not loaded (the web app): one covering row with box bounds is a
 * fractional knapsack, solved exactly by taking columns in order of gain per unit of cost, each to its cap,
 * the last one part way (Dantzig 1957). A test checks it against HiGHS.
 */
export function fractionalKnapsack(columns: readonly { gain: number; cap: number; cost: number }[], need: number): Float64Array | null {
  const u = new Float64Array(columns.length);
  const order = columns.map((_, j) => j).sort((a, b) => columns[b].gain / columns[b].cost - columns[a].gain / columns[a].cost || a - b);
  let left = need;
  for (const j of order) {
    if (left <= 0) break;
    u[j] = Math.min(columns[j].cap, left / columns[j].gain);
    left -= columns[j].gain * u[j];
  }
  return left > 1e-12 * Math.max(1, Math.abs(need)) ? null : u;
}

/** Whether the held state meets the path's target. */
function meets(plan: PathPlan, state: PipelineState): boolean {
  const target = plan.path.target;
  return 'rank' in target ? state.ranks![plan.node][plan.cell] <= target.rank : state.scores![plan.node][plan.cell] >= target.score;
}

function heldAt(build: Build, plan: PathPlan, u: ArrayLike<number>): PipelineState {
  return heldRun(build, plan.model, plan.levers.map((l, j) => ({ indicator: l.indicator, cell: plan.cell, value: l.current + l.sign * u[j] })));
}

/**
 * The documented search for non-linear aggregations (geometric, TOPSIS …): greedy steps of 1/20 of each
 * lever's range (its cap, or 50% of its value without one), each time the step with the most score gained
 * per unit of cost, until the target is met (ranks in the held model, so other regions may move too); then
 * the last step is shortened by bisection to the least that still meets it. Not guaranteed optimal.
 */
function greedySearch(build: Build, plan: PathPlan): Float64Array | null {
  const { levers } = plan;
  const u = new Float64Array(levers.length);
  const steps = levers.map((l) => (Number.isFinite(l.cap) ? l.cap : Math.abs(l.current) * 0.5 || 1) / 20);
  const reach = levers.map((l, j) => (Number.isFinite(l.cap) ? l.cap : steps[j] * 200));
  let score = plan.score;
  for (let iteration = 0; iteration < 20 * levers.length + 200; iteration++) {
    let best = -1;
    let bestRatio = 0;
    let bestScore = score;
    levers.forEach((l, j) => {
      const next = Math.min(reach[j], u[j] + steps[j]);
      if (next <= u[j]) return;
      const trial = Float64Array.from(u);
      trial[j] = next;
      const s = heldAt(build, plan, trial).scores![plan.node][plan.cell];
      const ratio = (s - score) / (l.cost * (next - u[j]));
      if (ratio > bestRatio) [best, bestRatio, bestScore] = [j, ratio, s];
    });
    if (best < 0) return null;
    const from = u[best];
    u[best] = Math.min(reach[best], u[best] + steps[best]);
    score = bestScore;
    if (meets(plan, heldAt(build, plan, u))) {
      let [lo, hi] = [from, u[best]];
      for (let k = 0; k < 30; k++) {
        const mid = (lo + hi) / 2;
        u[best] = mid;
        if (meets(plan, heldAt(build, plan, u))) hi = mid;
        else lo = mid;
      }
      u[best] = hi;
      return u;
    }
  }
  return null;
}

/** Out of reach: every lever at its cap gives the best rank reachable; those caps are the binding limits. */
function infeasible(build: Build, plan: PathPlan): NqpfError {
  const capped = plan.levers.map((l) => (Number.isFinite(l.cap) ? l.cap : 0));
  const state = heldAt(build, plan, capped);
  const limits = plan.levers.filter((l) => l.limit !== '').map((l) => `${l.indicator} (${l.limit})`);
  return new NqpfError(
    'PATH_INFEASIBLE',
    { id: plan.path.id, target: describeTarget(plan.path), rank: state.ranks![plan.node][plan.cell], score: shortNumber(state.scores![plan.node][plan.cell]), limits: limits.length > 0 ? limits.join(', ') : '—' },
    { pointer: `${plan.pointer}/limits` },
  );
}

/** A score as messages show it: six significant digits. */
function shortNumber(value: number): number {
  return Number(value.toPrecision(6));
}
