import { NqpfError } from '../errors/nqpf-error.js';

/**
 * Sparse spatial weights: `neighbors[i]` lists the unit indices j with w_ij ≠ 0 (ascending), `weights[i][k]` is
 * w(i, neighbors[i][k]). Plain arrays, so a weights object serialises as JSON. A unit with no neighbours (an
 * island, e.g. Hainan under contiguity) has empty lists; its spatial lag is 0.
 */
export interface SpatialWeights {
  n: number;
  neighbors: number[][];
  weights: number[][];
}

function check(n: number, neighbors: ArrayLike<ArrayLike<number>>): void {
  for (let i = 0; i < neighbors.length; i++) {
    for (let k = 0; k < neighbors[i].length; k++) {
      const j = neighbors[i][k];
      if (!Number.isInteger(j) || j < 0 || j >= n || j === i) {
        throw new NqpfError('WEIGHTS_BAD_NEIGHBOR', { unit: i, neighbor: j, n });
      }
    }
  }
}

/**
 * 邻接权重 / Binary contiguity weights from neighbour lists, optionally row-standardised.
 *
 * w_ij = 1 for each listed neighbour (PySAL libpysal `W(neighbors)`, transform "B"); `rowStandardize` divides
 * each row by its sum (transform "R").
 *
 * Edge cases: a neighbour index that is out of range, non-integer or the unit itself → `WEIGHTS_BAD_NEIGHBOR`;
 * duplicate listings are merged; asymmetric lists are kept as given.
 *
 * @example
 * weightsFromNeighbors([[1], [0, 2], [1]], { rowStandardize: true }).weights; // => [[1], [0.5, 0.5], [1]]
 */
export function weightsFromNeighbors(
  neighbors: ArrayLike<ArrayLike<number>>,
  options: { rowStandardize?: boolean } = {},
): SpatialWeights {
  const n = neighbors.length;
  check(n, neighbors);
  const lists = Array.from({ length: n }, (_, i) => [...new Set(Array.from(neighbors[i]))].sort((a, b) => a - b));
  const w: SpatialWeights = { n, neighbors: lists, weights: lists.map((l) => l.map(() => 1)) };
  return options.rowStandardize ? rowStandardize(w) : w;
}

/**
 * 行标准化 / Row-standardise spatial weights so that each non-empty row sums to 1.
 *
 * @example
 * rowStandardize({ n: 2, neighbors: [[1], [0]], weights: [[2], [4]] }).weights; // => [[1], [1]]
 */
export function rowStandardize(w: SpatialWeights): SpatialWeights {
  return {
    n: w.n,
    neighbors: w.neighbors.map((l) => l.slice()),
    weights: w.weights.map((row) => {
      const sum = row.reduce((a, b) => a + b, 0);
      return row.map((v) => (sum !== 0 ? v / sum : 0));
    }),
  };
}

/**
 * 反距离权重 / Inverse-distance weights from planar coordinates: w_ij = 1 / d_ij^power.
 *
 * Neighbours are the units within `threshold` (distance band) or the `k` nearest (ties broken by index); exactly
 * one of the two must be given (`WEIGHTS_OPTIONS`). Euclidean distance: project longitude/latitude first.
 *
 * Edge cases: coincident points (d = 0) → `WEIGHTS_COINCIDENT` (1/0 is not a weight); non-finite coordinates →
 * `WEIGHTS_BAD_WEIGHT`. A unit with nothing inside the band is an island.
 *
 * @example
 * inverseDistanceWeights([[0, 0], [1, 0], [3, 0]], { k: 1 }).weights; // => [[1], [1], [0.5]]
 */
export function inverseDistanceWeights(
  coordinates: ArrayLike<readonly [number, number]>,
  options: { threshold?: number; k?: number; power?: number; rowStandardize?: boolean },
): SpatialWeights {
  const { threshold, k } = options;
  if ((threshold === undefined) === (k === undefined)) throw new NqpfError('WEIGHTS_OPTIONS', {});
  const power = options.power ?? 1;
  const n = coordinates.length;
  for (let i = 0; i < n; i++) {
    const [x, y] = coordinates[i];
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new NqpfError('WEIGHTS_BAD_WEIGHT', { unit: i, value: `${x},${y}` });
  }
  const neighbors: number[][] = [];
  const weights: number[][] = [];
  for (let i = 0; i < n; i++) {
    const candidates: { j: number; d: number }[] = [];
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const d = Math.hypot(coordinates[i][0] - coordinates[j][0], coordinates[i][1] - coordinates[j][1]);
      if (d === 0) throw new NqpfError('WEIGHTS_COINCIDENT', { unit: i, neighbor: j });
      if (threshold === undefined || d <= threshold) candidates.push({ j, d });
    }
    candidates.sort((a, b) => a.d - b.d || a.j - b.j);
    const chosen = (k === undefined ? candidates : candidates.slice(0, k)).sort((a, b) => a.j - b.j);
    neighbors.push(chosen.map((c) => c.j));
    weights.push(chosen.map((c) => 1 / c.d ** power));
  }
  const w = { n, neighbors, weights };
  return options.rowStandardize ? rowStandardize(w) : w;
}

/**
 * 边表权重 / Spatial weights from an already-parsed edge list `{ from, to, weight? }` keyed by unit ids.
 *
 * `symmetric` (default true) adds the reverse edge of each row when it is absent; weight defaults to 1.
 *
 * Edge cases: an id not in `ids` → `WEIGHTS_UNKNOWN_ID` (names the row); a self-edge → `WEIGHTS_BAD_NEIGHBOR`;
 * a non-finite or negative weight → `WEIGHTS_BAD_WEIGHT`; a repeated edge keeps the last weight.
 *
 * @example
 * weightsFromEdgeList([{ from: 'a', to: 'b' }], ['a', 'b', 'c']).neighbors; // => [[1], [0], []]
 */
export function weightsFromEdgeList(
  rows: ArrayLike<{ from: string; to: string; weight?: number }>,
  ids: ArrayLike<string>,
  options: { symmetric?: boolean; rowStandardize?: boolean } = {},
): SpatialWeights {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) index.set(ids[i], i);
  const maps = Array.from({ length: ids.length }, () => new Map<number, number>());
  for (let r = 0; r < rows.length; r++) {
    const { from, to } = rows[r];
    const weight = rows[r].weight ?? 1;
    const i = index.get(from);
    const j = index.get(to);
    if (i === undefined) throw new NqpfError('WEIGHTS_UNKNOWN_ID', { id: from, row: r });
    if (j === undefined) throw new NqpfError('WEIGHTS_UNKNOWN_ID', { id: to, row: r });
    if (i === j) throw new NqpfError('WEIGHTS_BAD_NEIGHBOR', { unit: i, neighbor: j, n: ids.length });
    if (!(weight >= 0 && weight < Infinity)) throw new NqpfError('WEIGHTS_BAD_WEIGHT', { unit: i, value: weight });
    maps[i].set(j, weight);
    if ((options.symmetric ?? true) && !maps[j].has(i)) maps[j].set(i, weight);
  }
  const neighbors = maps.map((m) => [...m.keys()].sort((a, b) => a - b));
  const w = { n: ids.length, neighbors, weights: neighbors.map((l, i) => l.map((j) => maps[i].get(j) as number)) };
  return options.rowStandardize ? rowStandardize(w) : w;
}

/**
 * 空间滞后 / Spatial lag (Wy)_i = Σ_j w_ij y_j.
 *
 * @example
 * spatialLag({ n: 2, neighbors: [[1], [0]], weights: [[1], [1]] }, [3, 5]); // => Float64Array [5, 3]
 */
export function spatialLag(w: SpatialWeights, y: ArrayLike<number>): Float64Array {
  const lag = new Float64Array(w.n);
  for (let i = 0; i < w.n; i++) {
    const nb = w.neighbors[i];
    const wt = w.weights[i];
    let s = 0;
    for (let k = 0; k < nb.length; k++) s += wt[k] * y[nb[k]];
    lag[i] = s;
  }
  return lag;
}

/**
 * 权重矩阵常数 / The constants S0, S1, S2 of a weights matrix (Cliff & Ord 1981; PySAL libpysal `W.s0/s1/s2`).
 *
 * S0 = ΣΣ w_ij; S1 = ½ ΣΣ (w_ij + w_ji)²; S2 = Σ_i (w_i· + w_·i)².
 *
 * @example
 * weightSums({ n: 2, neighbors: [[1], [0]], weights: [[1], [1]] }); // => { s0: 2, s1: 4, s2: 8 }
 */
export function weightSums(w: SpatialWeights): { s0: number; s1: number; s2: number } {
  const rowSum = new Float64Array(w.n);
  const colSum = new Float64Array(w.n);
  const pair = new Map<number, number>(); // key i*n+j → w_ij + w_ji (stored once per unordered pair)
  let s0 = 0;
  for (let i = 0; i < w.n; i++) {
    for (let k = 0; k < w.neighbors[i].length; k++) {
      const j = w.neighbors[i][k];
      const v = w.weights[i][k];
      s0 += v;
      rowSum[i] += v;
      colSum[j] += v;
      const key = i < j ? i * w.n + j : j * w.n + i;
      pair.set(key, (pair.get(key) ?? 0) + v);
    }
  }
  let s1 = 0;
  for (const v of pair.values()) s1 += v * v; // ½ Σ over ordered pairs = Σ over unordered pairs
  let s2 = 0;
  for (let i = 0; i < w.n; i++) s2 += (rowSum[i] + colSum[i]) ** 2;
  return { s0, s1, s2 };
}
