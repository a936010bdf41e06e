import { NqpfError, throwAll } from '../errors/nqpf-error.js';
import type { Framework, FrameworkNode, FrameworkSource, LocalizedName } from '../model/types.js';
import type { Note } from '../pipeline/types.js';

/** Codes that would shadow a built-in property of a JavaScript object (`__proto__`, `constructor` …). */
const RESERVED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** A node as a file gives it: level, direction and weight may be absent. */
export interface RawFrameworkNode {
  code: string;
  name?: Partial<LocalizedName> | string;
  parent?: string | null;
  level?: number;
  direction?: number;
  weight?: number;
  unit?: string;
  description?: string;
  source?: string;
  denominator?: string;
  target?: number;
  goalposts?: [number, number];
  /** Row or pointer of the node in its file, for error locations. */
  location?: { row?: number; pointer?: string };
}

/**
 * Check a list of raw nodes and build the Framework: unique codes, existing parents, one root, no cycles,
 * positive weights, directions ±1, levels consistent (level = 1 for leaves, else 1 + the highest child level,
 * unless given). Gathers every problem before throwing.
 */
export function buildFramework(
  raw: RawFrameworkNode[],
  file: string,
  meta: { code?: string; name?: LocalizedName; sources?: FrameworkSource[] } = {},
): Framework {
  const errors: NqpfError[] = [];
  // A YAML/JSON node is located by pointer (/nodes/3/weight), a table row by row and column.
  const where = (node: RawFrameworkNode, key?: string) =>
    node.location?.pointer !== undefined
      ? { file, pointer: key ? `${node.location.pointer}/${key}` : node.location.pointer }
      : { file, ...node.location, ...(key ? { column: key } : {}) };
  if (raw.length === 0) throwAll([new NqpfError('FRAMEWORK_EMPTY', {}, { file })]);

  const byCode = new Map<string, RawFrameworkNode>();
  for (const node of raw) {
    if (RESERVED.has(node.code)) errors.push(new NqpfError('RESERVED_NAME', { name: node.code }, where(node, 'code')));
    else if (byCode.has(node.code)) errors.push(new NqpfError('FRAMEWORK_DUPLICATE_CODE', { code: node.code }, where(node, 'code')));
    else byCode.set(node.code, node);
  }
  const children = new Map<string, string[]>();
  for (const node of byCode.values()) {
    const parent = node.parent ?? null;
    if (parent !== null && !byCode.has(parent)) {
      errors.push(new NqpfError('FRAMEWORK_MISSING_PARENT', { code: node.code, parent }, where(node, 'parent')));
    } else if (parent !== null) {
      const kids = children.get(parent);
      if (kids) kids.push(node.code);
      else children.set(parent, [node.code]);
    }
    const weight = node.weight ?? 1;
    if (!(Number.isFinite(weight) && weight > 0)) {
      errors.push(new NqpfError('FRAMEWORK_BAD_WEIGHT', { code: node.code, weight }, where(node, 'weight')));
    }
    const direction = node.direction ?? 1;
    if (direction !== 1 && direction !== -1) {
      errors.push(new NqpfError('FRAMEWORK_BAD_DIRECTION', { code: node.code, direction }, where(node, 'direction')));
    }
  }
  const cycle = findCycle(byCode);
  if (cycle) errors.push(new NqpfError('FRAMEWORK_CYCLE', { path: cycle.join(' → ') }, where(byCode.get(cycle[0])!, 'parent')));
  const roots = [...byCode.values()].filter((n) => (n.parent ?? null) === null).map((n) => n.code);
  if (!cycle && roots.length !== 1) {
    errors.push(new NqpfError('FRAMEWORK_ROOTS', { count: roots.length, codes: roots.join(', ') || '—' }, { file }));
  }
  throwAll(errors);

  const levels = computeLevels(byCode, children);
  for (const node of byCode.values()) {
    const computed = levels.get(node.code)!;
    const kids = children.get(node.code) ?? [];
    if (node.level !== undefined && kids.length === 0 && node.level !== 1) {
      errors.push(new NqpfError('FRAMEWORK_ORPHAN', { code: node.code }, where(node, 'level')));
    } else if (node.level !== undefined && node.level < computed) {
      errors.push(new NqpfError('FRAMEWORK_LEVEL', { code: node.code, level: node.level }, where(node, 'level')));
    }
  }
  throwAll(errors);

  const nodes: FrameworkNode[] = [...byCode.values()].map((node) => ({
    code: node.code,
    name: localize(node.name, node.code),
    level: node.level ?? levels.get(node.code)!,
    parent: node.parent ?? null,
    direction: (node.direction ?? 1) as 1 | -1,
    weight: node.weight ?? 1,
    ...optional(node),
  }));
  const order = new Map(raw.map((n, i) => [n.code, i]));
  nodes.sort((a, b) => a.level - b.level || order.get(a.code)! - order.get(b.code)!);
  return { ...meta, nodes };
}

function localize(name: RawFrameworkNode['name'], code: string): LocalizedName {
  if (typeof name === 'string') return { zh: name, en: name };
  const zh = name?.zh ?? name?.en ?? code;
  return { zh, en: name?.en ?? zh };
}

function optional(node: RawFrameworkNode): Partial<FrameworkNode> {
  const out: Partial<FrameworkNode> = {};
  if (node.unit !== undefined) out.unit = node.unit;
  if (node.description !== undefined) out.description = node.description;
  if (node.source !== undefined) out.source = node.source;
  if (node.denominator !== undefined) out.denominator = node.denominator;
  if (node.target !== undefined) out.target = node.target;
  if (node.goalposts !== undefined) out.goalposts = node.goalposts;
  return out;
}

/** The first cycle met walking up from each node (each node visited once: linear time). */
function findCycle(byCode: Map<string, RawFrameworkNode>): string[] | null {
  const done = new Set<string>();
  for (const start of byCode.keys()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let current: string | null = start;
    while (current !== null && byCode.has(current) && !done.has(current)) {
      if (onPath.has(current)) return [...path.slice(path.indexOf(current)), current];
      path.push(current);
      onPath.add(current);
      current = byCode.get(current)?.parent ?? null;
    }
    for (const code of path) done.add(code);
  }
  return null;
}

/** Level = 1 for leaves, else 1 + the highest child level; bottom-up without recursion (deep trees). */
function computeLevels(byCode: Map<string, RawFrameworkNode>, children: Map<string, string[]>): Map<string, number> {
  const levels = new Map<string, number>();
  const pending = new Map([...byCode.keys()].map((code) => [code, (children.get(code) ?? []).length]));
  const ready = [...pending].filter(([, n]) => n === 0).map(([code]) => code);
  while (ready.length > 0) {
    const code = ready.pop()!;
    const kids = children.get(code) ?? [];
    levels.set(code, kids.length === 0 ? 1 : 1 + kids.reduce((max, kid) => Math.max(max, levels.get(kid)!), 0));
    const parent = byCode.get(code)?.parent ?? null;
    if (parent === null || !pending.has(parent)) continue;
    const left = pending.get(parent)! - 1;
    pending.set(parent, left);
    if (left === 0) ready.push(parent);
  }
  return levels;
}

/**
 * A level with one child is allowed (COINr allows it: the aggregate's score is its child's score), but
 * seldom meant: one FRAMEWORK_SINGLE_CHILD note per such parent, for notes.csv.
 */
export function singleChildNotes(framework: Framework): Note[] {
  const counts = new Map<string, string[]>();
  for (const node of framework.nodes) {
    if (node.parent === null) continue;
    const kids = counts.get(node.parent);
    if (kids) kids.push(node.code);
    else counts.set(node.parent, [node.code]);
  }
  return [...counts]
    .filter(([, kids]) => kids.length === 1)
    .map(([parent, [child]]) => ({ code: 'FRAMEWORK_SINGLE_CHILD', indicator: parent, detail: `one child: ${child}` }));
}
