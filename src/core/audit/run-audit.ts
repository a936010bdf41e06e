import { childrenOf, indicatorsOf, rootOf } from '../framework/tree.js';
import type { Build, WeightRow } from '../pipeline/run.js';
import { pearson, spearman } from './correlation.js';
import { cronbachAlpha } from './cronbach.js';
import { firstOrderEffect } from './importance.js';
import { defaultStatsThresholds, indicatorStats, type IndicatorStats, type StatsThresholds } from './indicator-stats.js';
import { groupPca } from './pca.js';
import { removeOne, type RemovalEffect } from './remove-one.js';

export interface AuditOptions {
  /** |r| above this is flagged "high" (redundancy); default 0.9 (JRC practice, METHODS.md). */
  high?: number;
  /** r below this (but ≥ 0) is flagged "low"; default 0.3. */
  low?: number;
  /** Level whose nodes are removed one at a time; default: the index's children. */
  removeLevel?: number;
  thresholds?: StatsThresholds;
}

export interface CorrelationRow {
  node: string;
  level: number;
  against: string;
  method: 'pearson' | 'spearman';
  r: number;
  p: number;
  n: number;
  flag: '' | 'high' | 'low' | 'negative';
}

export interface GroupRow {
  node: string;
  level: number;
  children: number;
  alpha: number;
  pcaRows: number;
  varianceExplained: number[];
  loadings: { component: string; loading: number }[];
}

export interface ImportanceRow {
  node: string;
  level: number;
  correlationRatio: number;
  linear: number;
  /** Correlation ratio as a share of its siblings' total, to set beside the weight share. */
  share: number;
  weightShare: number;
}

export interface AuditResult {
  stats: (IndicatorStats & { indicator: string })[];
  correlations: CorrelationRow[];
  groups: GroupRow[];
  importance: ImportanceRow[];
  removal: { level: number; effects: RemovalEffect[] };
  weights: WeightRow[];
  /** Region-years of the first-order effects when they were estimated on the binned grid (importance.ts), else 0. */
  importanceBinnedPairs: number;
}

/**
 * 统计审计 / The JRC statistical audit of a build (Saisana & Saltelli; OECD/JRC Handbook 2008 §4, §7):
 * indicator statistics and flags of the raw data (COINr `get_stats`); Pearson and Spearman correlations of
 * every node with its parent and the index, flagged; Cronbach's alpha and PCA of every group; effective
 * weights; first-order effect of every node on the index (Paruolo et al. 2013); and index rank changes when
 * each component is removed (COINr `remove_elements`). Panels are pooled over all region-years.
 */
export function runAudit(build: Build, options: AuditOptions = {}): AuditResult {
  const high = options.high ?? 0.9;
  const low = options.low ?? 0.3;
  const { framework, scores, weights } = build.results;
  const root = rootOf(framework);
  const children = childrenOf(framework);
  const raw = build.trace[0].panel.columns;
  const stats = indicatorsOf(framework).map((n) => ({ indicator: n.code, ...indicatorStats(raw[n.code], options.thresholds ?? defaultStatsThresholds) }));

  const correlations: CorrelationRow[] = [];
  for (const node of framework.nodes) {
    if (node.parent === null) continue;
    for (const against of [...new Set([node.parent, root.code])]) {
      for (const [method, f] of [['pearson', pearson], ['spearman', spearman]] as const) {
        const c = f(scores[node.code], scores[against]);
        const flag = c.r < 0 ? 'negative' : Math.abs(c.r) > high ? 'high' : c.r < low ? 'low' : '';
        correlations.push({ node: node.code, level: node.level, against, method, ...c, flag });
      }
    }
  }

  const groups: GroupRow[] = [];
  for (const node of framework.nodes) {
    const kids = children.get(node.code);
    if (!kids) continue;
    const columns = kids.map((k) => scores[k.code]);
    const pca = groupPca(columns);
    groups.push({
      node: node.code,
      level: node.level,
      children: kids.length,
      alpha: cronbachAlpha(columns),
      pcaRows: pca.rows,
      varianceExplained: pca.varianceExplained,
      loadings: kids.map((k, j) => ({ component: k.code, loading: pca.loadings[j] })),
    });
  }

  const effect = new Map(framework.nodes.filter((n) => n.parent !== null).map((n) => [n.code, firstOrderEffect(scores[n.code], scores[root.code])]));
  const weightOf = new Map(weights.map((w) => [w.node, w.weight]));
  const importance: ImportanceRow[] = [];
  for (const kids of children.values()) {
    const total = kids.reduce((s, k) => s + effect.get(k.code)!.correlationRatio, 0);
    const weightTotal = kids.reduce((s, k) => s + weightOf.get(k.code)!, 0);
    for (const k of kids) {
      const e = effect.get(k.code)!;
      importance.push({ node: k.code, level: k.level, correlationRatio: e.correlationRatio, linear: e.linear, share: e.correlationRatio / total, weightShare: weightOf.get(k.code)! / weightTotal });
    }
  }

  const level = options.removeLevel ?? root.level - 1;
  const binnedPairs = Math.max(0, ...[...effect.values()].map((e) => (e.binned ? e.n : 0)));
  return { stats, correlations, groups, importance, removal: { level, effects: removeOne(build, level) }, weights, importanceBinnedPairs: binnedPairs };
}
