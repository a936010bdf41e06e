/**
 * Diff of two builds 构建比较 / build comparison (COINr `compare_coins`, inverted: the recipe is data, so what
 * changed is read from the specs, not reconstructed).
 *
 * - `diffSpecs(a, b)`: what changed between two resolved specs. Steps and analyses are matched by id; inside a
 *   matched step each change is a JSON Pointer (RFC 6901) with the old and new value. Arrays are compared whole
 *   (`/params/range: [0,100] → [0,1]`); objects are walked key by key (keys sorted).
 * - `diffResults(a, b)`: what it did to the results in one year (the latest common year unless named): for the
 *   index and every node present in both builds, each common region's rank in A and B and the change
 *   `rankA − rankB` (positive = moved up), the mean and largest absolute change, and the largest movers.
 * Edge cases: regions or nodes present in only one build are listed, not compared; a region without a rank
 * (missing score) in either build has change NaN and is left out of the summaries; builds without a common
 * year are DIFF_NO_COMMON_YEAR.
 *
 * @example diffSpecs(specA, { ...specA, seed: 7 }) // => [{ area: 'spec', id: null, pointer: '/seed', kind: 'changed', before: 42, after: 7 }]
 */
import { NqpfError } from '../errors/nqpf-error.js';
import { rootOf } from '../framework/tree.js';
import type { Results } from '../pipeline/run.js';
import { canonicalJson } from './canonical.js';
import type { ResolvedSpec } from './schema.js';
import { pointerSegment } from '../uncertainty/pointer.js';

export interface SpecChange {
  /** 'spec' for top-level keys; 'steps' and 'analyses' name the item by id. */
  area: 'spec' | 'steps' | 'analyses';
  id: string | null;
  /** JSON Pointer inside the item (or the spec); '' for a whole item added, removed or moved. */
  pointer: string;
  kind: 'added' | 'removed' | 'changed' | 'moved';
  before?: unknown;
  after?: unknown;
}

interface Item {
  id: string;
}

export function diffSpecs(a: ResolvedSpec, b: ResolvedSpec): SpecChange[] {
  const changes: SpecChange[] = [];
  const { steps: stepsA, analyses: analysesA, ...restA } = a;
  const { steps: stepsB, analyses: analysesB, ...restB } = b;
  walk(restA, restB, '', (pointer, kind, before, after) => changes.push({ area: 'spec', id: null, pointer, kind, before, after }));
  changes.push(...diffItems('steps', stepsA, stepsB), ...diffItems('analyses', analysesA, analysesB));
  return changes;
}

function diffItems(area: 'steps' | 'analyses', a: readonly Item[], b: readonly Item[]): SpecChange[] {
  const changes: SpecChange[] = [];
  const inB = new Map(b.map((item, k) => [item.id, k]));
  const inA = new Map(a.map((item, k) => [item.id, k]));
  for (const item of a) if (!inB.has(item.id)) changes.push({ area, id: item.id, pointer: '', kind: 'removed', before: item });
  const commonA = a.filter((item) => inB.has(item.id)).map((item) => item.id);
  const commonB = b.filter((item) => inA.has(item.id)).map((item) => item.id);
  for (const item of b) {
    const k = inA.get(item.id);
    if (k === undefined) {
      changes.push({ area, id: item.id, pointer: '', kind: 'added', after: item });
      continue;
    }
    // Order among the common items, so inserting a step is not reported as every later step moving.
    const from = commonA.indexOf(item.id);
    const to = commonB.indexOf(item.id);
    if (from !== to) changes.push({ area, id: item.id, pointer: '', kind: 'moved', before: k, after: inB.get(item.id) });
    const { id: _a, ...bodyA } = a[k];
    const { id: _b, ...bodyB } = item;
    walk(bodyA, bodyB, '', (pointer, kind, before, after) => changes.push({ area, id: item.id, pointer, kind, before, after }));
  }
  return changes;
}

type Emit = (pointer: string, kind: 'added' | 'removed' | 'changed', before: unknown, after: unknown) => void;

function walk(a: unknown, b: unknown, pointer: string, emit: Emit): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      const at = `${pointer}/${pointerSegment(key)}`;
      if (a[key] === undefined && b[key] !== undefined) emit(at, 'added', undefined, b[key]);
      else if (a[key] !== undefined && b[key] === undefined) emit(at, 'removed', a[key], undefined);
      else walk(a[key], b[key], at, emit);
    }
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) emit(pointer, 'changed', a, b);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

export interface RegionRankChange {
  region: string;
  rankA: number;
  rankB: number;
  /** rankA − rankB: positive = moved up (a smaller rank number in B). NaN when either rank is missing. */
  change: number;
  scoreA: number;
  scoreB: number;
}

export interface NodeRankDiff {
  node: string;
  level: number;
  regions: RegionRankChange[];
  /** Regions whose rank changed. */
  changed: number;
  meanAbsChange: number;
  maxAbsChange: number;
}

export interface ResultsDiff {
  year: number;
  index: string | null;
  nodes: NodeRankDiff[];
  /** The index's largest movers by |change| (ties by region code), zero changes left out. */
  topMovers: RegionRankChange[];
  regionsOnlyInA: string[];
  regionsOnlyInB: string[];
  nodesOnlyInA: string[];
  nodesOnlyInB: string[];
}

export interface DiffResultsOptions {
  /** The year compared; default the latest year both builds have. */
  year?: number;
  /** How many movers to list (default 10). */
  top?: number;
}

export function diffResults(a: Results, b: Results, options: DiffResultsOptions = {}): ResultsDiff {
  const year = options.year ?? [...b.years].reverse().find((y) => a.years.includes(y));
  if (year === undefined || !a.years.includes(year) || !b.years.includes(year)) {
    throw new NqpfError('DIFF_NO_COMMON_YEAR', { yearsA: a.years, yearsB: b.years });
  }
  const ta = a.years.indexOf(year);
  const tb = b.years.indexOf(year);
  const codesA = new Map(a.regions.map((r, k) => [r.code, k]));
  const codesB = new Set(b.regions.map((r) => r.code));
  const common = b.regions.map((r, k) => ({ code: r.code, ra: codesA.get(r.code), rb: k })).filter((r) => r.ra !== undefined);
  const nodesA = new Set(a.framework.nodes.filter((n) => a.scores[n.code]).map((n) => n.code));
  const nodesB = b.framework.nodes.filter((n) => b.scores[n.code]);
  const nodes = nodesB
    .filter((n) => nodesA.has(n.code))
    .sort((x, y) => y.level - x.level)
    .map((node): NodeRankDiff => {
      const regions = common.map(({ code, ra, rb }) => {
        const ia = ta * a.regions.length + ra!;
        const ib = tb * b.regions.length + rb;
        const rankA = a.ranks[node.code][ia];
        const rankB = b.ranks[node.code][ib];
        return { region: code, rankA, rankB, change: rankA - rankB, scoreA: a.scores[node.code][ia], scoreB: b.scores[node.code][ib] };
      });
      const moves = regions.filter((r) => !Number.isNaN(r.change)).map((r) => Math.abs(r.change));
      return {
        node: node.code,
        level: node.level,
        regions,
        changed: moves.filter((m) => m !== 0).length,
        meanAbsChange: moves.length ? moves.reduce((s, m) => s + m, 0) / moves.length : Number.NaN,
        maxAbsChange: moves.length ? Math.max(...moves) : Number.NaN,
      };
    });
  const rootB = rootOf(b.framework).code;
  const index = nodesA.has(rootB) && b.scores[rootB] ? rootB : null;
  const indexDiff = nodes.find((n) => n.node === index);
  const topMovers = (indexDiff?.regions ?? [])
    .filter((r) => !Number.isNaN(r.change) && r.change !== 0)
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || (x.region < y.region ? -1 : x.region > y.region ? 1 : 0))
    .slice(0, options.top ?? 10);
  return {
    year,
    index,
    nodes,
    topMovers,
    regionsOnlyInA: a.regions.filter((r) => !codesB.has(r.code)).map((r) => r.code),
    regionsOnlyInB: b.regions.filter((r) => !codesA.has(r.code)).map((r) => r.code),
    nodesOnlyInA: [...nodesA].filter((c) => !nodesB.some((n) => n.code === c)),
    nodesOnlyInB: nodesB.filter((n) => !nodesA.has(n.code)).map((n) => n.code),
  };
}
