import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { z } from 'zod';
import { mean, sampleSd } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { applyDataWeights } from './data-driven.js';

const params = z.object({ scope: z.enum(['all', 'group']).default('group') }).strict();

export interface FirstComponent {
  /** Loadings (unit eigenvector of the correlation matrix), sign fixed so the largest |loading| is positive. */
  loadings: Float64Array;
  /** Share of variance explained by the first component. */
  explained: number;
}

/**
 * First principal component of standardised columns (R `prcomp(x, scale. = TRUE)$rotation[, 1]`): the
 * eigenvector of the correlation matrix with the largest eigenvalue (eigenvalues sorted descending), its
 * sign fixed so that the largest-magnitude loading is positive.
 *
 * @example firstComponent([[1, 2, 3], [2, 4, 7]]).loadings // => ≈ [0.7071, 0.7071]
 */
export function firstComponent(columns: ArrayLike<number>[]): FirstComponent {
  const z = columns.map((c) => {
    const m = mean(c);
    const s = sampleSd(c);
    return Array.from(c, (v) => (v - m) / s);
  });
  const n = z[0].length;
  const k = z.length;
  const corr = new Matrix(k, k);
  for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) corr.set(a, b, z[a].reduce((s, v, i) => s + v * z[b][i], 0) / (n - 1));
  const evd = new EigenvalueDecomposition(corr, { assumeSymmetric: true });
  const values = evd.realEigenvalues;
  const top = values.indexOf(Math.max(...values));
  const loadings = Float64Array.from(evd.eigenvectorMatrix.getColumn(top));
  const norm = Math.sqrt(loadings.reduce((s, v) => s + v * v, 0));
  let big = 0;
  loadings.forEach((v, j) => (Math.abs(v) > Math.abs(loadings[big]) ? (big = j) : 0));
  const sign = loadings[big] < 0 ? -1 : 1;
  return { loadings: loadings.map((v) => (sign * v) / norm), explained: values[top] / values.reduce((s, v) => s + v, 0) };
}

/**
 * PCA weights 主成分分析赋权 (OECD/JRC Handbook 2008 §6.1): per group (or over all indicators) the first principal
 * component of the standardised indicators; w_j = loading_j² (they sum to 1: each indicator's share of the
 * component). A negative loading (an indicator pulling against the group) is reported as a note
 * PCA_NEGATIVE_LOADING, never hidden by the squaring. Complete cases only; a constant column is WEIGHTS_ZERO_SUM.
 *
 * @example pcaWeights of two perfectly correlated columns // => [0.5, 0.5]
 */
export const pca: MethodDefinition<z.infer<typeof params>> = {
  op: 'weight',
  method: 'pca',
  title: { zh: '主成分分析法', en: 'PCA' },
  summary: { zh: '第一主成分载荷的平方', en: 'squared loadings of the first principal component' },
  params,
  run: (state, p, ctx) =>
    applyDataWeights(state, ctx, p.scope, (columns, codes) => {
      if (columns.some((c) => !(sampleSd(c) > 0))) return new Float64Array(columns.length).fill(NaN);
      const { loadings, explained } = firstComponent(columns);
      loadings.forEach((v, j) => {
        if (v < 0) ctx.notes.push({ code: 'PCA_NEGATIVE_LOADING', step: ctx.stepId, indicator: codes[j], value: v, detail: `first component explains ${(100 * explained).toFixed(1)}%` });
      });
      return loadings.map((v) => v * v);
    }),
};
