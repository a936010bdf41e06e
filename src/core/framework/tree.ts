import type { Framework, FrameworkNode } from '../model/types.js';

/** Indicators (level 1) in framework order. */
export function indicatorsOf(framework: Framework): FrameworkNode[] {
  return framework.nodes.filter((n) => n.level === 1);
}

export function rootOf(framework: Framework): FrameworkNode {
  return framework.nodes.find((n) => n.parent === null)!;
}

/** Children of every node, in framework order. */
export function childrenOf(framework: Framework): Map<string, FrameworkNode[]> {
  const map = new Map<string, FrameworkNode[]>();
  for (const node of framework.nodes) {
    if (node.parent === null) continue;
    const siblings = map.get(node.parent);
    if (siblings) siblings.push(node);
    else map.set(node.parent, [node]);
  }
  return map;
}

/** Nodes that aggregate others, lowest level first. */
export function aggregatesOf(framework: Framework): FrameworkNode[] {
  const children = childrenOf(framework);
  return framework.nodes.filter((n) => children.has(n.code));
}

/**
 * Effective weights: each node's weight normalised within its parent, multiplied down the tree,
 * so indicator effective weights sum to 1 (METHODS.md, Weights).
 */
export function effectiveWeights(framework: Framework, weights: Record<string, number>): Record<string, number> {
  const children = childrenOf(framework);
  const effective: Record<string, number> = {};
  const visit = (node: FrameworkNode, share: number): void => {
    effective[node.code] = share;
    const kids = children.get(node.code) ?? [];
    const total = kids.reduce((s, k) => s + weights[k.code], 0);
    for (const kid of kids) visit(kid, total > 0 ? (share * weights[kid.code]) / total : 0);
  };
  visit(rootOf(framework), 1);
  return effective;
}

/**
 * Remove nodes and every aggregate left without children. Returns the reduced framework and the
 * codes removed (for notes).
 */
export function pruneFramework(framework: Framework, remove: Set<string>): { framework: Framework; removed: string[] } {
  const gone = new Set(remove);
  let changed = true;
  while (changed) {
    changed = false;
    const alive = framework.nodes.filter((n) => !gone.has(n.code));
    const hasChild = new Set(alive.map((n) => n.parent));
    for (const node of alive) {
      if (node.level > 1 && !hasChild.has(node.code) && node.parent !== null) {
        gone.add(node.code);
        changed = true;
      }
    }
  }
  const removed = framework.nodes.filter((n) => gone.has(n.code)).map((n) => n.code);
  return { framework: { ...framework, nodes: framework.nodes.filter((n) => !gone.has(n.code)) }, removed };
}
