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
 * Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎). Ranks are counted (integers), scores selected (quickselect),
 * so a cell costs O(runs), not a sort. Missing runs (failed or unfinished) are skipped.
 * `scores` and `ranks` are run-major: run k's cell c at k · cells + c.
 *
 * @example cellIntervals([5], [1], Float64Array.of(4, 6), Float64Array.of(1, 2))[0].q95Rank // => 1.95
 */
export function cellIntervals(
  nominalScores: ArrayLike<number>,
  nominalRanks: ArrayLike<number>,
  scores: Float64Array,
  ranks: Float64Array,
): CellUncertainty[] {
  const cells = nominalScores.length;
  const runs = cells === 0 ? 0 : scores.length / cells;
  let maxRank = 0;
  for (let i = 0; i < ranks.length; i++) if (ranks[i] > maxRank) maxRank = ranks[i];
  const counts = new Uint32Array(maxRank + 2);
  const column = new Float64Array(runs);
  const out: CellUncertainty[] = [];
  for (let c = 0; c < cells; c++) {
    counts.fill(0);
    let n = 0;
    let rankSum = 0;
    let scoreSum = 0;
    for (let k = 0; k < runs; k++) {
      const rank = ranks[k * cells + c];
      if (Number.isNaN(rank)) continue;
      counts[rank]++;
      column[n++] = scores[k * cells + c];
      rankSum += rank;
    }
    for (let k = 0; k < n; k++) scoreSum += column[k];
    const rankAt = (p: number) => quantileFromCounts(counts, n, p);
    const scoreAt = (p: number) => quantileBySelection(column, n, p);
    out.push({
      cell: c,
      runs: n,
      nominalRank: nominalRanks[c],
      meanRank: n ? rankSum / n : NaN,
      medianRank: rankAt(0.5),
      q05Rank: rankAt(0.05),
      q95Rank: rankAt(0.95),
      nominalScore: nominalScores[c],
      meanScore: n ? scoreSum / n : NaN,
      medianScore: scoreAt(0.5),
      q05Score: scoreAt(0.05),
      q95Score: scoreAt(0.95),
    });
  }
  return out;
}

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

/** Type-7 quantile of the first n values (reordered in place) by Hoare's selection. */
function quantileBySelection(values: Float64Array, n: number, p: number): number {
  if (n === 0) return NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = select(values, n, lo);
  if (lo + 1 >= n) return a;
  let b = Infinity;
  for (let i = lo + 1; i < n; i++) if (values[i] < b) b = values[i]; // after selection, the rest lie above a
  return a + (h - lo) * (b - a);
}

function select(values: Float64Array, n: number, k: number): number {
  let left = 0;
  let right = n - 1;
  while (right > left) {
    const pivot = values[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}
