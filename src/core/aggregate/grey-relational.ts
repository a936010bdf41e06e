import { z } from 'zod';
import type { AggregateKernel } from './apply.js';
import { comparisonBlocks, unitWeights } from './blocks.js';
import { baseParams, defineAggregate } from './define.js';

const params = baseParams
  .extend({
    /** Distinguishing coefficient ρ (Deng 1982: 0.5). */
    rho: z.number().gt(0).max(1).default(0.5),
    pooled: z.boolean().default(true),
  })
  .strict();

/**
 * Grey relational analysis 灰色关联分析 (Deng 1982): reference series z*_j = max of column j (the ideal; directions
 * already flipped); Δ_ij = |z_ij − z*_j|, Δmin/Δmax over all i, j; ξ_ij = (Δmin + ρΔmax)/(Δ_ij + ρΔmax);
 * grade_i = Σ_j w_j ξ_ij with Σw = 1. Inputs should be normalised first (e.g. min-max).
 * Edge cases: all Δ = 0 (every region ideal) gives grade 1; incomplete rows get no score.
 *
 * @example rows (0, 1), (1, 0), (1, 1), equal weights // => 2/3, 2/3, 1
 */
export function greyRelationalKernel(rho: number, pooled: boolean): AggregateKernel {
  return {
    name: 'grey-relational',
    positive: false,
    columns: (columns, weights, layout) => {
      const w = unitWeights(weights);
      const out = new Float64Array(layout.regions * layout.years).fill(NaN);
      for (const cells of comparisonBlocks(columns, layout, pooled)) {
        if (cells.length === 0) continue;
        const delta = columns.map((column) => {
          const values = cells.map((i) => column[i]);
          const best = Math.max(...values);
          return values.map((x) => Math.abs(x - best));
        });
        const all = delta.flat();
        const dmin = Math.min(...all);
        const dmax = Math.max(...all);
        cells.forEach((cell, n) => {
          out[cell] = dmax === 0 ? 1 : delta.reduce((s, d, k) => s + (w[k] * (dmin + rho * dmax)) / (d[n] + rho * dmax), 0);
        });
      }
      return out;
    },
  };
}

export const greyRelational = defineAggregate({
  method: 'grey-relational',
  title: { zh: '灰色关联分析', en: 'Grey relational analysis' },
  summary: { zh: '与理想序列的加权灰色关联度', en: 'weighted grey relational grade to the ideal series' },
  params,
  kernel: (p) => greyRelationalKernel(p.rho, p.pooled),
});
