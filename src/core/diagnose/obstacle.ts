import { NqpfError } from '../errors/nqpf-error.js';

/** Obstacle degrees: `percent[i][j]` = O_ij in percent; each row sums to 100 (or is all 0, see below). */
export interface ObstacleResult {
  percent: number[][];
}

/**
 * 障碍度 / Obstacle degree of each indicator for each region.
 *
 * Factor contribution F_j = effective weight, deviation I_ij = 1 − z_ij, O_ij = F_j I_ij / Σ_j F_j I_ij × 100
 * (METHODS "Obstacle degree"; the obstacle-degree model as used across the NQPF literature, e.g. 杨丽 & 孙之淳 2015).
 *
 * Edge cases: z outside [0, 1] or NaN → `OBSTACLE_Z_OUT_OF_RANGE` (row, column); a negative or non-finite weight
 * → `OBSTACLE_BAD_WEIGHT`; a row/weight length mismatch → `OBSTACLE_SHAPE`. A region with no deviation at all
 * (Σ F I = 0: it is at the best value on every weighted indicator) gets all zeros, not NaN.
 *
 * @example
 * obstacleDegree([[0.2, 0.9, 0.5]], [0.5, 0.3, 0.2]).percent[0].map((v) => +v.toFixed(3));
 * // => [75.472, 5.66, 18.868]
 */
export function obstacleDegree(z: ArrayLike<ArrayLike<number>>, weights: ArrayLike<number>): ObstacleResult {
  const m = weights.length;
  for (let j = 0; j < m; j++) {
    const w = weights[j];
    if (!Number.isFinite(w) || w < 0) throw new NqpfError('OBSTACLE_BAD_WEIGHT', { value: w, column: j });
  }
  const percent: number[][] = [];
  const row = new Float64Array(m);
  for (let i = 0; i < z.length; i++) {
    const zi = z[i];
    if (zi.length !== m) throw new NqpfError('OBSTACLE_SHAPE', { row: i, found: zi.length, expected: m });
    let total = 0;
    for (let j = 0; j < m; j++) {
      const v = zi[j];
      if (!(v >= 0 && v <= 1)) throw new NqpfError('OBSTACLE_Z_OUT_OF_RANGE', { value: v, row: i, column: j });
      row[j] = weights[j] * (1 - v);
      total += row[j];
    }
    const out = new Array<number>(m);
    for (let j = 0; j < m; j++) out[j] = total > 0 ? (row[j] / total) * 100 : 0;
    percent.push(out);
  }
  return { percent };
}

/** Obstacle degree summed by dimension: `percent[i][g]` for the dimension `dimensions[g]`. */
export interface DimensionObstacleResult {
  dimensions: string[];
  percent: number[][];
}

/**
 * 维度障碍度 / Dimension obstacle degree: the sum of the indicator obstacle degrees within each dimension.
 *
 * U_ig = Σ_{j ∈ g} O_ij (METHODS "Obstacle degree"). Dimensions are listed in order of first appearance.
 *
 * Edge cases: `dimensionOf.length` must equal the number of indicators (`OBSTACLE_SHAPE`).
 *
 * @example
 * dimensionObstacle([[50, 30, 20]], ['a', 'b', 'a']);
 * // => { dimensions: ['a', 'b'], percent: [[70, 30]] }
 */
export function dimensionObstacle(
  percent: ArrayLike<ArrayLike<number>>,
  dimensionOf: ArrayLike<string>,
): DimensionObstacleResult {
  const dimensions: string[] = [];
  const index = new Map<string, number>();
  const slot = new Int32Array(dimensionOf.length);
  for (let j = 0; j < dimensionOf.length; j++) {
    let g = index.get(dimensionOf[j]);
    if (g === undefined) {
      g = dimensions.length;
      index.set(dimensionOf[j], g);
      dimensions.push(dimensionOf[j]);
    }
    slot[j] = g;
  }
  const out: number[][] = [];
  for (let i = 0; i < percent.length; i++) {
    const row = percent[i];
    if (row.length !== slot.length) {
      throw new NqpfError('OBSTACLE_SHAPE', { row: i, found: row.length, expected: slot.length });
    }
    const sums = new Array<number>(dimensions.length).fill(0);
    for (let j = 0; j < row.length; j++) sums[slot[j]] += row[j];
    out.push(sums);
  }
  return { dimensions, percent: out };
}

/**
 * 主要障碍因子 / Top-k obstacles of one region: the k largest values with their labels.
 *
 * Ties keep the original (framework) order, so the output is deterministic. k larger than the row is clamped.
 *
 * @example
 * topObstacles([10, 60, 30], ['x1', 'x2', 'x3'], 2);
 * // => [{ label: 'x2', value: 60 }, { label: 'x3', value: 30 }]
 */
export function topObstacles(
  values: ArrayLike<number>,
  labels: ArrayLike<string>,
  k: number,
): { label: string; value: number }[] {
  const order = Array.from({ length: values.length }, (_, j) => j);
  order.sort((a, b) => values[b] - values[a] || a - b);
  return order.slice(0, Math.max(0, k)).map((j) => ({ label: labels[j], value: values[j] }));
}
