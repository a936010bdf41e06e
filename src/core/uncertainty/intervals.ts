import { quantilesBySelection } from '../stats/quantile-select.js';

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
 * percentiles over the runs, R `quantile` type 7 (as COINr's `RankStats`): h = (n − 1)p,
 * Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). Ranks are counted (integers), scores selected
 * (stats/quantile-select.ts), so a cell costs O(runs), not a sort. Missing runs (failed or unfinished) are skipped.
 * `scores` and `ranks` are run-major: run k's cell c at k · cells + c; they are read BLOCK cells at a time
 * (one cache-friendly pass per block, not one strided pass per cell). Cells [from, to) only, when given.
 *
 * @example cellIntervals([5], [1], Float64Array.of(4, 6), Float64Array.of(1, 2))[0].q95Rank // => 1.95
 */
export function cellIntervals(
  nominalScores: ArrayLike<number>,
  nominalRanks: ArrayLike<number>,
  scores: Float64Array,
  ranks: Float64Array,
  from = 0,
  to = nominalScores.length,
): CellUncertainty[] {
  const cells = nominalScores.length;
  const runs = cells === 0 ? 0 : scores.length / cells;
  let maxRank = 0;
  for (let i = 0; i < ranks.length; i++) if (ranks[i] > maxRank) maxRank = ranks[i];
  const width = maxRank + 2;
  const block = Math.min(BLOCK, to - from);
  // Per cell of a block: its present scores in run order, rank counts, rank sum and number of present runs.
  const columns = new Float64Array(block * runs);
  const counts = new Uint32Array(block * width);
  const rankSums = new Float64Array(block);
  const present = new Uint32Array(block);
  const out: CellUncertainty[] = [];
  for (let first = from; first < to; first += block) {
    const size = Math.min(block, to - first);
    counts.fill(0);
    rankSums.fill(0);
    present.fill(0);
    for (let k = 0; k < runs; k++) {
      const at = k * cells + first;
      for (let b = 0; b < size; b++) {
        const rank = ranks[at + b];
        if (Number.isNaN(rank)) continue;
        counts[b * width + rank]++;
        columns[b * runs + present[b]++] = scores[at + b];
        rankSums[b] += rank;
      }
    }
    for (let b = 0; b < size; b++) {
      const n = present[b];
      const column = columns.subarray(b * runs, b * runs + n);
      const cellCounts = counts.subarray(b * width, (b + 1) * width);
      let scoreSum = 0;
      for (let k = 0; k < n; k++) scoreSum += column[k];
      const rankAt = (p: number) => quantileFromCounts(cellCounts, n, p);
      const [q05Score, medianScore, q95Score] = quantilesBySelection(column, [0.05, 0.5, 0.95]);
      const c = first + b;
      out.push({
        cell: c,
        runs: n,
        nominalRank: nominalRanks[c],
        meanRank: n ? rankSums[b] / n : NaN,
        medianRank: rankAt(0.5),
        q05Rank: rankAt(0.05),
        q95Rank: rankAt(0.95),
        nominalScore: nominalScores[c],
        meanScore: n ? scoreSum / n : NaN,
        medianScore,
        q05Score,
        q95Score,
      });
    }
  }
  return out;
}

const BLOCK = 64;

/** Type-7 quantile of n integers given as counts per value. */
function quantileFromCounts(counts: Uint32Array, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = orderStatistic(counts, lo);
  return lo + 1 < n ? a + (h - lo) * (orderStatistic(counts, lo + 1) - a) : a;
}

function orderStatistic(counts: Uint32Array, k: number): number {
  let seen = 0;
  for (let v = 0; v < counts.length; v++) {
    seen += counts[v];
    if (seen > k) return v;
  }
  return NaN;
}
