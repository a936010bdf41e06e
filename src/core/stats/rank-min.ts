/**
 * Ranks with ties at the minimum rank — R's `rank(x, ties.method = "min", na.last = "keep")`.
 * `descending` ranks the largest value 1 (as rankings of scores do). Missing (NaN) stays NaN.
 *
 * @example rankMin([10, 30, 30, 20], true) // => [4, 1, 1, 3]
 */
export function rankMin(x: ArrayLike<number>, descending: boolean): Float64Array {
  const n = x.length;
  const order: number[] = [];
  for (let i = 0; i < n; i++) if (!Number.isNaN(x[i])) order.push(i);
  order.sort(descending ? (a, b) => x[b] - x[a] : (a, b) => x[a] - x[b]);
  const ranks = new Float64Array(n).fill(NaN);
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    ranks[i] = k > 0 && x[order[k - 1]] === x[i] ? ranks[order[k - 1]] : k + 1;
  }
  return ranks;
}
