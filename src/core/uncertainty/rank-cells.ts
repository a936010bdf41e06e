/**
 * Ranks of one node's scores within each year (highest = 1, ties at the minimum rank, missing stays NaN):
 * the same result as rank/rank.ts, by insertion sort on a reused index buffer — runs rank small groups
 * thousands of times.
 *
 * @example rankCells(Float64Array.of(10, 30, 30, 20), 4, 1, new Float64Array(4)) // => [4, 1, 1, 3]
 */
export function rankCells(scores: ArrayLike<number>, regions: number, years: number, out: Float64Array, order = new Uint32Array(regions)): Float64Array {
  for (let t = 0; t < years; t++) {
    const base = t * regions;
    let n = 0;
    for (let r = 0; r < regions; r++) {
      const v = scores[base + r];
      if (Number.isNaN(v)) {
        out[base + r] = NaN;
        continue;
      }
      let k = n++;
      while (k > 0 && scores[base + order[k - 1]] < v) {
        order[k] = order[k - 1];
        k--;
      }
      order[k] = r;
    }
    for (let k = 0; k < n; k++) {
      const i = base + order[k];
      out[i] = k > 0 && scores[base + order[k - 1]] === scores[i] ? out[base + order[k - 1]] : k + 1;
    }
  }
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
