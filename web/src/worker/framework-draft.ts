/**
 * Frameworks the app writes for a dropped table (kept in the worker as `<table>.framework.yaml` files): a draft
 * from the table's headers (src/core/framework/draft-from-headers.ts: units from `(%)`, directions proposed from
 * the words) and its edits from the framework tree — an indicator moved to another pillar or to a new one. An
 * edit writes a new version (`<table>.v2.framework.yaml` …), so undo returns to the file the earlier spec names.
 */
import { stringify } from 'yaml';
import { draftFrameworkNodes, draftIndicators } from '../../../src/core/framework/draft-from-headers.js';
import type { Framework, FrameworkNode, LocalizedName } from '../../../src/core/model/types.js';

const MADE_HERE = /(\.v\d+)?\.framework\.yaml$/;

export function isMadeHere(path: string): boolean {
  return MADE_HERE.test(path);
}

export function draftPath(dataName: string): string {
  return `${dataName.replace(/\.[^.]+$/, '')}.framework.yaml`;
}

/** The next version's path of a framework made here, not among `taken`. */
export function nextVersionPath(path: string, taken: (path: string) => boolean): string {
  const stem = path.replace(MADE_HERE, '');
  for (let k = 2; ; k++) {
    const candidate = `${stem}.v${k}.framework.yaml`;
    if (!taken(candidate)) return candidate;
  }
}

export function draftFrameworkYaml(headers: readonly string[], dataName: string): string {
  return frameworkYaml(draftFrameworkNodes(draftIndicators(headers)), { zh: `${dataName} 指标（由表头起草）`, en: `${dataName} indicators (drafted from the headers)` });
}

/**
 * `code` moved under `parent`, or under a new pillar of the root when `parent` is null; a pillar left without
 * children is removed (an empty pillar cannot be aggregated).
 */
export function movedFramework(framework: Framework, code: string, parent: string | null, newName: (k: number) => LocalizedName): FrameworkNode[] {
  let nodes = framework.nodes.slice();
  const node = nodes.find((n) => n.code === code);
  const root = nodes.find((n) => n.parent === null);
  if (!node || !root || node.parent === null) return nodes;
  let target = parent;
  if (target === null) {
    let k = nodes.filter((n) => n.parent === root.code).length + 1;
    while (nodes.some((n) => n.code === `P${k}`)) k++;
    target = `P${k}`;
    nodes.push({ code: target, name: newName(k), level: node.level + 1, parent: root.code, direction: 1, weight: 1 });
  }
  nodes = nodes.map((n) => (n.code === code ? { ...n, parent: target } : n));
  const hasChildren = new Set(nodes.map((n) => n.parent));
  return nodes.filter((n) => n.level === 1 || n.parent === null || hasChildren.has(n.code));
}

export function frameworkYaml(nodes: readonly FrameworkNode[], name: LocalizedName | undefined): string {
  const plain = nodes.map((n) => ({
    code: n.code,
    name: n.name,
    ...(n.parent !== null ? { parent: n.parent } : {}),
    ...(n.level === 1 ? { direction: n.direction } : {}),
    weight: n.weight,
    ...(n.unit ? { unit: n.unit } : {}),
  }));
  return stringify({ code: 'drafted', ...(name ? { name } : {}), nodes: plain });
}
