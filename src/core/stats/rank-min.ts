/**
 * Ranks with ties at the minimum rank — R's `rank(x, ties.method = "min", na.last = "keep")`.
 * `descending` ranks the largest value 1 (as rankings of scores do). Missing (NaN) stays NaN.
 * O(n log n): the positions of the present values are sorted (insertion sort in runs of 64, then merges), and
 * one pass gives each tie group the rank of its first member, 1 + the number of values better than it.
 * No comparator closures and no allocation in the hot path: this runs for every node and year of every
 * uncertainty run; callers ranking many groups pass `ranks` (the output) and `order` (scratch, length ≥ 2n).
 *
 * @example rankMin([10, 30, 30, 20], true) // => [4, 1, 1, 3]
 */
export function rankMin(
  x: ArrayLike<number>,
  descending: boolean,
  ranks: Float64Array = new Float64Array(x.length),
  order: Uint32Array = new Uint32Array(2 * x.length),
): Float64Array {
  rankGroup(x, 0, x.length, descending, ranks, order);
  return ranks;
}

/**
 * rankMin of the group x[from, from + n) into ranks[from, from + n) — a year of a year-major column — with
 * `order` a scratch of length ≥ 2n.
 */
export function rankGroup(x: ArrayLike<number>, from: number, n: number, descending: boolean, ranks: Float64Array, order: Uint32Array): void {
  // Positions of the present values, best first (sign · value largest), insertion-sorted in runs of RUN.
  const sign = descending ? 1 : -1;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = x[from + i];
    if (Number.isNaN(v)) {
      ranks[from + i] = NaN;
      continue;
    }
    const start = m - (m % RUN);
    let j = m++;
    while (j > start && sign * x[from + order[j - 1]] < sign * v) {
      order[j] = order[j - 1];
      j--;
    }
    order[j] = i;
  }
  if (m > RUN) mergeRuns(x, from, sign, order, m);
  let previous = NaN;
  let rank = 0;
  for (let p = 0; p < m; p++) {
    const i = from + order[p];
    if (x[i] !== previous) {
      rank = p + 1;
      previous = x[i];
    }
    ranks[i] = rank;
  }
}

const RUN = 64;

/**
 * Merge the sorted runs of order[0, m) (positions relative to `from`, best first) into one, order[m, 2m)
 * being the merge buffer. Exact: sign is ±1, and equal values stay equal whatever their order.
 */
function mergeRuns(x: ArrayLike<number>, from: number, sign: number, order: Uint32Array, m: number): void {
  let source = 0;
  let target = m;
  for (let width = RUN; width < m; width *= 2) {
    for (let lo = 0; lo < m; lo += 2 * width) {
      const mid = Math.min(lo + width, m);
      const hi = Math.min(lo + 2 * width, m);
      let a = lo;
      let b = mid;
      let k = target + lo;
      while (a < mid && b < hi) {
        const left = order[source + a];
        const right = order[source + b];
        if (sign * x[from + right] > sign * x[from + left]) {
          order[k++] = right;
          b++;
        } else {
          order[k++] = left;
          a++;
        }
      }
      while (a < mid) order[k++] = order[source + a++];
      while (b < hi) order[k++] = order[source + b++];
    }
    [source, target] = [target, source];
  }
  if (source !== 0) order.copyWithin(0, source, source + m);
}
