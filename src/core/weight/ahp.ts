import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import type { MethodDefinition } from '../pipeline/types.js';

const params = z
  .object({
    /** Per parent: its children (in matrix order) and the pairwise comparison matrix a_ij = importance of i over j. */
    pairwise: z.record(z.string(), z.object({ nodes: z.array(z.string()).min(2), matrix: z.array(z.array(z.number().positive())) }).strict()),
  })
  .strict();

/** Saaty's random consistency index RI by matrix size n (Saaty 1980). */
const RANDOM_INDEX = [0, 0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

export interface AhpResult {
  weights: Float64Array;
  lambdaMax: number;
  consistencyIndex: number;
  consistencyRatio: number;
}

/**
 * AHP weights 层次分析法 (Saaty 1980): the principal (Perron) eigenvector of the pairwise matrix A, by power
 * iteration to 1e-15, normalised to sum 1; λmax = mean((A w)_i / w_i); CI = (λmax − n)/(n − 1); CR = CI/RI
 * with Saaty's RI (n ≤ 10; CR = 0 for n ≤ 2).
 *
 * @example ahpWeights([[1, 3], [1/3, 1]]).weights // => [0.75, 0.25]
 */
export function ahpWeights(matrix: number[][]): AhpResult {
  const n = matrix.length;
  let w = new Float64Array(n).fill(1 / n);
  for (let iteration = 0; iteration < 1000; iteration++) {
    const next = Float64Array.from(matrix, (row) => row.reduce((s, a, j) => s + a * w[j], 0));
    const total = next.reduce((s, v) => s + v, 0);
    next.forEach((v, i) => (next[i] = v / total));
    const change = next.reduce((s, v, i) => Math.max(s, Math.abs(v - w[i])), 0);
    w = next;
    if (change < 1e-15) break;
  }
  const lambdaMax = matrix.reduce((s, row, i) => s + row.reduce((t, a, j) => t + a * w[j], 0) / w[i], 0) / n;
  const consistencyIndex = n > 2 ? (lambdaMax - n) / (n - 1) : 0;
  const consistencyRatio = n > 2 ? consistencyIndex / RANDOM_INDEX[n] : 0;
  return { weights: w, lambdaMax, consistencyIndex, consistencyRatio };
}

/**
 * AHP step: sets the weights of each listed parent's children from its pairwise matrix; other weights stay.
 * Edge cases: a non-square or non-reciprocal matrix (a_ji ≠ 1/a_ij beyond 1e-6), nodes that are not exactly
 * the parent's children, or n > 10 are AHP_MATRIX errors at /steps/k/params/pairwise/<parent>; CR > 0.1 is a
 * note AHP_INCONSISTENT (Saaty's threshold), the weights still apply.
 */
export const ahp: MethodDefinition<z.infer<typeof params>> = {
  op: 'weight',
  method: 'ahp',
  title: { zh: '层次分析法', en: 'AHP' },
  summary: { zh: '判断矩阵的主特征向量，含一致性比率', en: 'principal eigenvector of a pairwise matrix, with consistency ratio' },
  params,
  run: (state, p, ctx) => {
    const weights = { ...state.weights };
    for (const [parent, { nodes, matrix }] of Object.entries(p.pairwise)) {
      const pointer = `/steps/${ctx.stepIndex}/params/pairwise/${parent}`;
      const fail = (detail: string) => new NqpfError('AHP_MATRIX', { parent, detail }, { step: ctx.stepId, pointer });
      const children = state.framework.nodes.filter((n) => n.parent === parent).map((n) => n.code);
      if (children.length === 0) throw fail('not a parent in the framework');
      if ([...nodes].sort().join() !== [...children].sort().join()) throw fail(`nodes must be exactly its children: ${children.join(', ')}`);
      const n = nodes.length;
      if (n > 10) throw fail('more than 10 criteria (no Saaty RI)');
      if (matrix.length !== n || matrix.some((row) => row.length !== n)) throw fail(`matrix must be ${n} × ${n}`);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (Math.abs(matrix[i][j] * matrix[j][i] - 1) > 1e-6) throw fail(`a[${i + 1}][${j + 1}] · a[${j + 1}][${i + 1}] ≠ 1`);
        }
      }
      const result = ahpWeights(matrix);
      nodes.forEach((code, i) => (weights[code] = result.weights[i]));
      if (result.consistencyRatio > 0.1) {
        ctx.notes.push({ code: 'AHP_INCONSISTENT', step: ctx.stepId, indicator: parent, value: result.consistencyRatio, detail: `lambda max ${result.lambdaMax.toFixed(4)}, CI ${result.consistencyIndex.toFixed(4)}` });
      }
    }
    return { ...state, weights, scores: null, ranks: null };
  },
};
