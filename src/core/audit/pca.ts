import { EigenvalueDecomposition, Matrix } from 'ml-matrix';

export interface GroupPca {
  /** Rows with every column present (PCA uses complete rows only, as COINr `get_PCA`). */
  rows: number;
  /** Share of variance explained by each principal component, descending. */
  varianceExplained: number[];
  /** Loadings of the first component (eigenvector of the correlation matrix), signed so that they sum ≥ 0. */
  loadings: number[];
}

/**
 * 主成分分析 / Principal component analysis of a group: the columns centred and scaled (R `prcomp(center =
 * TRUE, scale = TRUE)`, as COINr `get_PCA`), i.e. the eigen-decomposition of their correlation matrix over
 * complete rows; eigenvalues sorted descending. Edge cases: fewer than 2 complete rows or a constant column
 * gives NaN.
 *
 * @example groupPca([[1, 2, 3], [2, 4, 6.5]]).varianceExplained[0] // => 0.9995…
 */
export function groupPca(columns: ArrayLike<number>[]): GroupPca {
  const k = columns.length;
  const complete: number[] = [];
  for (let i = 0; i < (columns[0]?.length ?? 0); i++) if (columns.every((c) => !Number.isNaN(c[i]))) complete.push(i);
  const n = complete.length;
  const standardized = columns.map((c) => {
    const values = complete.map((i) => c[i]);
    const mean = values.reduce((s, v) => s + v, 0) / n;
    const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
    return values.map((v) => (v - mean) / sd);
  });
  if (n < 2 || standardized.some((c) => c.some((v) => !Number.isFinite(v)))) {
    return { rows: n, varianceExplained: new Array(k).fill(NaN), loadings: new Array(k).fill(NaN) };
  }
  const correlation = new Matrix(k, k);
  for (let a = 0; a < k; a++) {
    for (let b = 0; b < k; b++) {
      let s = 0;
      for (let i = 0; i < n; i++) s += standardized[a][i] * standardized[b][i];
      correlation.set(a, b, s / (n - 1));
    }
  }
  const evd = new EigenvalueDecomposition(correlation, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const order = values.map((_, i) => i).sort((i, j) => values[j] - values[i]);
  const total = values.reduce((s, v) => s + Math.max(0, v), 0);
  const first = evd.eigenvectorMatrix.getColumn(order[0]);
  const sign = first.reduce((s, v) => s + v, 0) < 0 ? -1 : 1;
  return { rows: n, varianceExplained: order.map((i) => Math.max(0, values[i]) / total), loadings: first.map((v) => sign * v) };
}
