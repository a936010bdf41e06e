import { checkClusterInput } from './cluster-input.js';

/** A merge of the Ward dendrogram: clusters `a` and `b` (representative point indices) at `height`. */
export interface WardMerge {
  a: number;
  b: number;
  height: number;
}

/**
 * Ward 层次聚类 / Ward's hierarchical clustering, cut at k clusters.
 *
 * Ward J. H. (1963), JASA 58: 236–244, on Euclidean distances with the Lance–Williams update
 * d²(i∪j, m) = [(n_i + n_m) d²(i,m) + (n_j + n_m) d²(j,m) − n_m d²(i,j)] / (n_i + n_j + n_m), heights reported as
 * distances (R `hclust(dist(x), method = "ward.D2")`). Found by the nearest-neighbour chain (Murtagh 1983): O(n²)
 * time and memory, so 3,000 units are fine. Labels follow R `cutree`: numbered by first appearance.
 *
 * Edge cases: ragged rows or non-finite values → `TYPOLOGY_BAD_POINTS`; k < 1 or k > n → `TYPOLOGY_BAD_CLASSES`.
 * Equal distances go to the lower index, so the tree is deterministic.
 *
 * @example
 * wardClusters([[0], [1], [10], [11], [30]], 3).labels; // => [0, 0, 1, 1, 2]
 */
export function wardClusters(points: ArrayLike<ArrayLike<number>>, k: number): { labels: number[]; merges: WardMerge[] } {
  const { n, dim } = checkClusterInput(points, k);
  const d2 = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      let s = 0;
      for (let d = 0; d < dim; d++) s += (points[i][d] - points[j][d]) ** 2;
      d2[i * n + j] = d2[j * n + i] = s;
    }
  }
  const size = new Float64Array(n).fill(1);
  const active = new Uint8Array(n).fill(1);
  const merges: WardMerge[] = [];
  const chain: number[] = [];
  while (merges.length < n - 1) {
    if (chain.length === 0) chain.push(active.indexOf(1));
    const top = chain[chain.length - 1];
    const previous = chain.length > 1 ? chain[chain.length - 2] : -1;
    let best = -1;
    let bestD = Infinity;
    for (let j = 0; j < n; j++) {
      if (!active[j] || j === top) continue;
      const v = d2[top * n + j];
      if (v < bestD || (v === bestD && j === previous)) {
        bestD = v;
        best = j;
      }
    }
    if (best !== previous) {
      chain.push(best);
      continue;
    }
    chain.length -= 2; // reciprocal nearest neighbours: merge them into the lower index
    const [a, b] = top < best ? [top, best] : [best, top];
    merges.push({ a, b, height: Math.sqrt(bestD) });
    for (let m = 0; m < n; m++) {
      if (!active[m] || m === a || m === b) continue;
      const v =
        ((size[a] + size[m]) * d2[a * n + m] + (size[b] + size[m]) * d2[b * n + m] - size[m] * bestD) /
        (size[a] + size[b] + size[m]);
      d2[a * n + m] = d2[m * n + a] = v;
    }
    size[a] += size[b];
    active[b] = 0;
  }
  merges.sort((x, y) => x.height - y.height);
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  for (let m = 0; m < n - k; m++) parent[find(merges[m].b)] = find(merges[m].a);
  const number = new Map<number, number>();
  const labels = Array.from({ length: n }, (_, i) => {
    const root = find(i);
    if (!number.has(root)) number.set(root, number.size);
    return number.get(root) as number;
  });
  return { labels, merges };
}
