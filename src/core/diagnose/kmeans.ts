import { checkClusterInput } from './cluster-input.js';
import { createRandom } from '../stats/random.js';

export interface KMeansResult {
  /** Cluster of each point, 0..k−1, renumbered by first appearance so labels are stable. */
  labels: number[];
  centers: number[][];
  withinSumOfSquares: number;
  iterations: number;
  converged: boolean;
}

function squaredDistance(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] - b[d]) ** 2;
  return s;
}

/**
 * K 均值聚类 / k-means clustering: k-means++ seeding with a seeded source, then Lloyd iterations.
 *
 * Arthur & Vassilvitskii (2007), k-means++: the advantages of careful seeding; Lloyd S. P. (1982), IEEE Trans.
 * Inf. Theory 28: 129–137 (R `kmeans(algorithm = "Lloyd")`). Deterministic: a point equidistant from two centres
 * joins the lower-numbered one; an emptied cluster keeps its previous centre. `initialCenters` skips seeding.
 *
 * Edge cases: ragged rows or non-finite values → `TYPOLOGY_BAD_POINTS`; k < 1 or k > n → `TYPOLOGY_BAD_CLASSES`.
 *
 * @example
 * kMeans([[0], [1], [10], [11]], 2, { seed: 1 }).labels; // => [0, 0, 1, 1]
 */
export function kMeans(
  points: ArrayLike<ArrayLike<number>>,
  k: number,
  options: { seed?: number; stream?: string | number; maxIterations?: number; initialCenters?: number[][] } = {},
): KMeansResult {
  const { n, dim } = checkClusterInput(points, k);
  let centers: number[][];
  if (options.initialCenters) {
    centers = options.initialCenters.map((c) => c.slice());
  } else {
    const random = createRandom(options.seed ?? 0, options.stream ?? 'kmeans');
    centers = [Array.from(points[random.integer(n)])];
    const nearest = new Float64Array(n).fill(Infinity);
    while (centers.length < k) {
      let total = 0;
      for (let i = 0; i < n; i++) {
        nearest[i] = Math.min(nearest[i], squaredDistance(points[i], centers[centers.length - 1]));
        total += nearest[i];
      }
      let pick = 0;
      if (total > 0) {
        let target = random.next() * total; // D² sampling
        for (pick = 0; pick < n - 1; pick++) {
          target -= nearest[pick];
          if (target < 0 && nearest[pick] > 0) break;
        }
      }
      centers.push(Array.from(points[pick]));
    }
  }
  const labels = new Int32Array(n).fill(-1);
  const maxIterations = options.maxIterations ?? 100;
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let changed = false;
    for (let i = 0; i < n; i++) {
      let best = 0;
      let bestD = Infinity;
      for (let c = 0; c < k; c++) {
        const d = squaredDistance(points[i], centers[c]);
        if (d < bestD) {
          bestD = d;
          best = c;
        }
      }
      if (labels[i] !== best) {
        labels[i] = best;
        changed = true;
      }
    }
    if (!changed) {
      converged = true;
      break;
    }
    const sums = Array.from({ length: k }, () => new Float64Array(dim));
    const counts = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      counts[labels[i]]++;
      for (let d = 0; d < dim; d++) sums[labels[i]][d] += points[i][d];
    }
    for (let c = 0; c < k; c++) if (counts[c] > 0) centers[c] = Array.from(sums[c], (s) => s / counts[c]);
  }
  let withinSumOfSquares = 0;
  for (let i = 0; i < n; i++) withinSumOfSquares += squaredDistance(points[i], centers[labels[i]]);
  const renumber = new Map<number, number>();
  for (let i = 0; i < n; i++) if (!renumber.has(labels[i])) renumber.set(labels[i], renumber.size);
  const order = [...renumber.keys()];
  for (let c = 0; c < k; c++) if (!renumber.has(c)) order.push(c);
  return {
    labels: Array.from(labels, (l) => renumber.get(l) as number),
    centers: order.map((c) => centers[c]),
    withinSumOfSquares,
    iterations,
    converged,
  };
}
