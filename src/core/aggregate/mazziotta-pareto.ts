import { z } from 'zod';
import type { AggregateKernel } from './apply.js';
import { comparisonBlocks } from './blocks.js';
import { baseParams, defineAggregate } from './define.js';

const mpiParams = baseParams.extend({ penalty: z.enum(['negative', 'positive']).default('negative') }).strict();
const ampiParams = mpiParams.extend({ pooled: z.boolean().default(true) }).strict();

/** Row mean M, population SD S and cv = S/M of standardised child values; MPI = M ∓ S·cv (unweighted). */
function penalised(z: number[][], n: number, sign: number): number {
  const values = z.map((col) => col[n]);
  const m = values.reduce((s, x) => s + x, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, x) => s + x * x, 0) / values.length - m * m);
  return m + sign * sd * (sd / m);
}

/**
 * Mazziotta–Pareto index MPI (Mazziotta & Pareto 2016; Compind `ci_mpi`): each child standardised within the year,
 * z = 100 + 10 (x − mean)/sd (population sd, as Compind); then per region M_z − S_z · cv_z, a penalty for
 * unbalanced profiles (`penalty: positive` adds it, for indices where higher is worse). Equal weights by design.
 *
 * @example rows (1, 3), (2, 2), (3, 1) // => M = 100 for each; the balanced row (2, 2) scores 100, the others 99
 */
export const mpiKernel = (sign: number): AggregateKernel => ({
  name: 'mazziotta-pareto',
  positive: false,
  columns: (columns, _weights, layout) => {
    const out = new Float64Array(layout.regions * layout.years).fill(NaN);
    for (const cells of comparisonBlocks(columns, layout, false)) {
      if (cells.length === 0) continue;
      const z = columns.map((column) => {
        const values = cells.map((i) => column[i]);
        const mean = values.reduce((s, x) => s + x, 0) / values.length;
        const sd = Math.sqrt(values.reduce((s, x) => s + (x - mean) ** 2, 0) / values.length);
        return values.map((x) => 100 + (10 * (x - mean)) / sd);
      });
      cells.forEach((cell, n) => (out[cell] = penalised(z, n, sign)));
    }
    return out;
  },
});

/**
 * Adjusted MPI (AMPI, Mazziotta & Pareto 2016; Compind `ci_ampi`) for panels: each child rescaled with goalposts
 * min/max over all years (pooled) or each year, r = 70 + 60 (x − min)/(max − min), then M_r − S_r · cv_r, so
 * scores are comparable across years.
 */
export const ampiKernel = (sign: number, pooled: boolean): AggregateKernel => ({
  name: 'adjusted-mazziotta-pareto',
  positive: false,
  columns: (columns, _weights, layout) => {
    const out = new Float64Array(layout.regions * layout.years).fill(NaN);
    for (const cells of comparisonBlocks(columns, layout, pooled)) {
      if (cells.length === 0) continue;
      const r = columns.map((column) => {
        const values = cells.map((i) => column[i]);
        const min = Math.min(...values);
        const max = Math.max(...values);
        return values.map((x) => 70 + (60 * (x - min)) / (max - min));
      });
      cells.forEach((cell, n) => (out[cell] = penalised(r, n, sign)));
    }
    return out;
  },
});

export const mazziottaPareto = defineAggregate({
  method: 'mazziotta-pareto',
  title: { zh: 'Mazziotta–Pareto 指数 (MPI)', en: 'Mazziotta–Pareto (MPI)' },
  summary: { zh: '标准化均值减不平衡惩罚', en: 'standardised mean minus an imbalance penalty' },
  params: mpiParams,
  kernel: (p) => mpiKernel(p.penalty === 'negative' ? -1 : 1),
});

export const adjustedMazziottaPareto = defineAggregate({
  method: 'adjusted-mazziotta-pareto',
  title: { zh: '调整 Mazziotta–Pareto 指数 (AMPI)', en: 'Adjusted Mazziotta–Pareto (AMPI)' },
  summary: { zh: '面板可比的 MPI（目标阈值 70–130）', en: 'MPI comparable across years (goalposts 70–130)' },
  params: ampiParams,
  kernel: (p) => ampiKernel(p.penalty === 'negative' ? -1 : 1, p.pooled),
});
