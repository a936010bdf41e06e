import { NqpfError } from '../errors/nqpf-error.js';

/**
 * Jenks 自然断点 / Jenks natural breaks: the k-class partition of sorted values with least within-class squared
 * deviation, solved exactly.
 *
 * Fisher W. D. (1958), On grouping for maximum homogeneity, JASA 53: 789–798; Jenks G. F. (1977) — the
 * "Fisher–Jenks" optimum (PySAL mapclassify `FisherJenks`, R classInt style "fisher"), by dynamic programming over
 * prefix sums in O(k·n²). Returns the k − 1 inner breaks: each is the largest value of its class, so a value
 * x belongs to the first class whose break is ≥ x (right-closed, as mapclassify).
 *
 * Edge cases: NaN values are dropped; k < 2 or k > the number of distinct values → `TYPOLOGY_BAD_CLASSES`.
 * Ties in cost keep the leftmost split, so the result is deterministic.
 *
 * @example
 * jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3); // => [3, 12]
 */
export function jenksBreaks(values: ArrayLike<number>, k: number): number[] {
  const x = Float64Array.from(Array.from(values).filter((v) => !Number.isNaN(v))).sort();
  const n = x.length;
  const distinct = new Set(x).size;
  if (!Number.isInteger(k) || k < 2 || k > distinct) throw new NqpfError('TYPOLOGY_BAD_CLASSES', { k, distinct });
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i] + x[i];
    s2[i + 1] = s2[i] + x[i] * x[i];
  }
  // sum of squared deviations of x[a..b) (half-open)
  const ssd = (a: number, b: number): number => {
    const m = b - a;
    const s = s1[b] - s1[a];
    return Math.max(0, s2[b] - s2[a] - (s * s) / m);
  };
  // cost[c][j]: best cost of splitting x[0..j) into c + 1 classes; split[c][j]: start of the last class
  const cost = Array.from({ length: k }, () => new Float64Array(n + 1).fill(Infinity));
  const split = Array.from({ length: k }, () => new Int32Array(n + 1));
  for (let j = 1; j <= n; j++) cost[0][j] = ssd(0, j);
  for (let c = 1; c < k; c++) {
    for (let j = c + 1; j <= n; j++) {
      for (let s = c; s < j; s++) {
        const v = cost[c - 1][s] + ssd(s, j);
        const current = cost[c][j];
        // a later split must win by more than rounding noise, so exact ties keep the leftmost split
        if (v < (current === Infinity ? Infinity : current - 1e-12 * Math.abs(current))) {
          cost[c][j] = v;
          split[c][j] = s;
        }
      }
    }
  }
  const breaks: number[] = [];
  let end = n;
  for (let c = k - 1; c >= 1; c--) {
    const start = split[c][end];
    breaks.unshift(x[start - 1]);
    end = start;
  }
  return breaks;
}
