import { NqpfError } from '../errors/nqpf-error.js';

/**
 * The clustering methods' shared precondition (k-means, Ward): rows of equal length with finite values
 * (`TYPOLOGY_BAD_POINTS` naming the first bad row) and 1 ≤ k ≤ n (`TYPOLOGY_BAD_CLASSES`).
 */
export function checkClusterInput(points: ArrayLike<ArrayLike<number>>, k: number): { n: number; dim: number } {
  const n = points.length;
  const dim = n > 0 ? points[0].length : 0;
  for (let i = 0; i < n; i++) {
    if (points[i].length !== dim || Array.from(points[i]).some((v) => !Number.isFinite(v))) {
      throw new NqpfError('TYPOLOGY_BAD_POINTS', { row: i });
    }
  }
  if (!Number.isInteger(k) || k < 1 || k > n) throw new NqpfError('TYPOLOGY_BAD_CLASSES', { k, distinct: n });
  return { n, dim };
}
