import { quantileSorted } from '../stats/quantile-sorted.js';

/** Uncertainty of one cell (region × year) of the target across the runs. */
export interface CellUncertainty {
  cell: number;
  runs: number;
  nominalRank: number;
  meanRank: number;
  medianRank: number;
  q05Rank: number;
  q95Rank: number;
  nominalScore: number;
  meanScore: number;
  medianScore: number;
  q05Score: number;
  q95Score: number;
}

/**
 * 排名区间 / Rank and score intervals: per cell the nominal value, mean, median and the 5th and 95th
 * percentiles over the runs (R `quantile` type 7, as COINr's `RankStats`). Missing runs (failed or not
 * finished) are skipped. `values` are run-major: run k's cell c at k · cells + c.
 *
 * @example cellIntervals(Float64Array.of(1, 2), Float64Array.of(1, 3, 2, 1), …)[0].q95Rank // => 1.95
 */
export function cellIntervals(
  nominalScores: ArrayLike<number>,
  nominalRanks: ArrayLike<number>,
  scores: Float64Array,
  ranks: Float64Array,
): CellUncertainty[] {
  const cells = nominalScores.length;
  const runs = cells === 0 ? 0 : scores.length / cells;
  const rankColumn = new Float64Array(runs);
  const scoreColumn = new Float64Array(runs);
  const out: CellUncertainty[] = [];
  for (let c = 0; c < cells; c++) {
    let n = 0;
    let rankSum = 0;
    let scoreSum = 0;
    for (let k = 0; k < runs; k++) {
      const rank = ranks[k * cells + c];
      if (Number.isNaN(rank)) continue;
      rankColumn[n] = rank;
      scoreColumn[n] = scores[k * cells + c];
      rankSum += rank;
      scoreSum += scoreColumn[n];
      n++;
    }
    const r = rankColumn.subarray(0, n).sort();
    const s = scoreColumn.subarray(0, n).sort();
    out.push({
      cell: c,
      runs: n,
      nominalRank: nominalRanks[c],
      meanRank: n ? rankSum / n : NaN,
      medianRank: quantileSorted(r, 0.5),
      q05Rank: quantileSorted(r, 0.05),
      q95Rank: quantileSorted(r, 0.95),
      nominalScore: nominalScores[c],
      meanScore: n ? scoreSum / n : NaN,
      medianScore: quantileSorted(s, 0.5),
      q05Score: quantileSorted(s, 0.05),
      q95Score: quantileSorted(s, 0.95),
    });
  }
  return out;
}
