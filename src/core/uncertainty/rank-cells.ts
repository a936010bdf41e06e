import { rankGroup } from '../stats/rank-min.js';

/**
 * Ranks of one node's scores within each year (highest = 1, ties at the minimum rank, missing stays NaN):
 * the same result as rank/rank.ts, reusing `order` (scratch, length ≥ 2 × regions) — runs rank thousands of times.
 *
 * @example rankCells(Float64Array.of(10, 30, 30, 20), 4, 1, new Float64Array(4)) // => [4, 1, 1, 3]
 */
export function rankCells(scores: ArrayLike<number>, regions: number, years: number, out: Float64Array, order = new Uint32Array(2 * regions)): Float64Array {
  for (let t = 0; t < years; t++) rankGroup(scores, t * regions, regions, true, out, order);
  return out;
}

/**
 * Mean absolute rank change against the nominal ranks over the cells present in both: the target of the
 * sensitivity analysis (COINr `get_sensitivity`, Saisana et al. 2005). NaN when no cell is comparable.
 *
 * @example meanAbsoluteShift(Float64Array.of(1, 2, 3), Float64Array.of(2, 1, 3)) // => 0.6666…
 */
export function meanAbsoluteShift(ranks: ArrayLike<number>, nominal: ArrayLike<number>): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < ranks.length; i++) {
    const d = ranks[i] - nominal[i];
    if (Number.isNaN(d)) continue;
    sum += Math.abs(d);
    n++;
  }
  return n === 0 ? NaN : sum / n;
}
