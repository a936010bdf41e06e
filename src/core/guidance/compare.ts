import type { Framework, Region } from '../model/types.js';

/** One row of a before/after table: `region,year,node,score_before,score_after,rank_before,rank_after`. */
export interface CompareRow {
  region: string;
  year: number;
  node: string;
  scoreBefore: number;
  scoreAfter: number;
  rankBefore: number;
  rankAfter: number;
}

export interface ScoreSet {
  regions: readonly Region[];
  years: readonly number[];
  scores: Record<string, Float64Array>;
  ranks: Record<string, Float64Array>;
}

/**
 * Every node of every region in one year, before and after (regions matched by code), the index first,
 * then lower levels, regions in data order — the order of scores.csv.
 */
export function compareYear(framework: Framework, before: ScoreSet, after: ScoreSet, year: number): CompareRow[] {
  const tb = before.years.indexOf(year);
  const ta = after.years.indexOf(year);
  const afterIndex = new Map(after.regions.map((r, i) => [r.code, i]));
  const nodes = [...framework.nodes].sort((a, b) => b.level - a.level).filter((n) => before.scores[n.code]);
  const rows: CompareRow[] = [];
  for (const node of nodes) {
    before.regions.forEach((region, r) => {
      const i = tb * before.regions.length + r;
      const ra = afterIndex.get(region.code);
      const j = ra === undefined ? -1 : ta * after.regions.length + ra;
      rows.push({
        region: region.code,
        year,
        node: node.code,
        scoreBefore: before.scores[node.code][i],
        scoreAfter: j < 0 ? NaN : after.scores[node.code]?.[j] ?? NaN,
        rankBefore: before.ranks[node.code][i],
        rankAfter: j < 0 ? NaN : after.ranks[node.code]?.[j] ?? NaN,
      });
    });
  }
  return rows;
}
