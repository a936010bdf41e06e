import { childrenOf, indicatorsOf, rootOf } from '../framework/tree.js';
import type { Framework } from '../model/types.js';
import type { PipelineState } from '../pipeline/types.js';

/** The level-1 columns a data-driven weighting reads: normalised if a normalize step ran, else raw × direction. */
export function indicatorColumns(state: PipelineState): { codes: string[]; columns: Float64Array[] } {
  const nodes = indicatorsOf(state.framework);
  return {
    codes: nodes.map((n) => n.code),
    columns: nodes.map((n) => {
      const normalized = state.normalized?.[n.code];
      if (normalized) return normalized;
      const raw = state.panel.columns[n.code];
      return n.direction === 1 ? raw : raw.map((v) => -v);
    }),
  };
}

/**
 * Install indicator weights computed over all indicators together: each aggregate's weight becomes the
 * sum of its indicators' weights, so the effective weights equal the computed ones (the NQPF
 * literature's entropy-weighted sum).
 */
export function setGlobalIndicatorWeights(framework: Framework, indicatorWeights: Record<string, number>): Record<string, number> {
  const children = childrenOf(framework);
  const weights: Record<string, number> = {};
  const total = (code: string): number => {
    const kids = children.get(code);
    const value = kids ? kids.reduce((s, k) => s + total(k.code), 0) : indicatorWeights[code];
    weights[code] = value;
    return value;
  };
  total(rootOf(framework).code);
  delete weights[rootOf(framework).code];
  return weights;
}

/** Within-group weights: each parent's indicators weighted among themselves; higher levels unchanged. */
export function setGroupIndicatorWeights(
  state: PipelineState,
  weigh: (codes: string[], columns: Float64Array[]) => Float64Array,
): Record<string, number> {
  const { codes, columns } = indicatorColumns(state);
  const byParent = new Map<string, number[]>();
  codes.forEach((code, j) => {
    const parent = state.framework.nodes.find((n) => n.code === code)!.parent!;
    byParent.set(parent, [...(byParent.get(parent) ?? []), j]);
  });
  const weights = { ...state.weights };
  for (const members of byParent.values()) {
    // An only child carries its parent whole: weight 1, whatever the method (CRITIC, entropy … are
    // undefined on one column — CRITIC's conflict term Σ(1 − r) is 0 — and would divide 0 by 0).
    if (members.length === 1) {
      weights[codes[members[0]]] = 1;
      continue;
    }
    const w = weigh(members.map((j) => codes[j]), members.map((j) => columns[j]));
    members.forEach((j, k) => (weights[codes[j]] = w[k]));
  }
  return weights;
}
