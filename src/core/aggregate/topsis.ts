import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import type { AggregateKernel } from './apply.js';
import { comparisonBlocks, normalizeBlock, unitWeights } from './blocks.js';
import { baseParams, defineAggregate } from './define.js';

const params = baseParams
  .extend({
    /** Normalisation applied to each child column inside TOPSIS (none: use the values as they arrive). */
    normalization: z.enum(['none', 'vector', 'min-max']).default('none'),
    /** classic: D = √Σ(w z − (w z)±)²; weighted: D = √Σ w (z − z±)² (common in Chinese code). */
    distance: z.enum(['classic', 'weighted']).default('classic'),
    /** Ideal points over all years together (comparable scores across a panel) or per year. */
    pooled: z.boolean().default(true),
  })
  .strict();

type Params = z.infer<typeof params>;

/**
 * TOPSIS 逼近理想解排序法 (Hwang & Yoon 1981): z normalised per column (vector, min-max or as given; directions
 * were applied by flipping, so every criterion is a benefit), w summing to 1; classic v = w z, V⁺/V⁻ the column
 * max/min, D± = √Σ(v − V±)²; weighted-distance variant D± = √Σ w (z − z±)²; C = D⁻/(D⁺ + D⁻) in [0, 1].
 * Panels: ideal points over the whole panel by default. References: pymcdm test_mcdm.py (Opricovic & Tzeng
 * 2004), METHODS.md R6/H6.
 * Edge cases: rows with a missing child get no score; fewer than 2 regions is TOO_FEW_REGIONS.
 *
 * @example TOPSIS of z rows (0.2,0.9,0.5), (1,0.1,0), (0.6,0.6,1), w (.5,.3,.2) // => 0.3867, 0.5615, 0.5935 (H6)
 */
export function topsisKernel(p: Pick<Params, 'normalization' | 'distance' | 'pooled'>): AggregateKernel {
  return {
    name: 'topsis',
    positive: false,
    columns: (columns, weights, layout) => {
      const w = unitWeights(weights);
      const out = new Float64Array(layout.regions * layout.years).fill(NaN);
      for (const cells of comparisonBlocks(columns, layout, p.pooled)) {
        if (cells.length === 0) continue;
        const z = columns.map((c) => normalizeBlock(cells.map((i) => c[i]), p.normalization));
        const v = p.distance === 'classic' ? z.map((col, k) => col.map((x) => x * w[k])) : z;
        const best = v.map((col) => Math.max(...col));
        const worst = v.map((col) => Math.min(...col));
        cells.forEach((cell, n) => {
          let plus = 0;
          let minus = 0;
          for (let k = 0; k < v.length; k++) {
            const scale = p.distance === 'classic' ? 1 : w[k];
            plus += scale * (v[k][n] - best[k]) ** 2;
            minus += scale * (v[k][n] - worst[k]) ** 2;
          }
          out[cell] = Math.sqrt(minus) / (Math.sqrt(plus) + Math.sqrt(minus));
        });
      }
      return out;
    },
  };
}

export const topsis = defineAggregate({
  method: 'topsis',
  title: { zh: 'TOPSIS 逼近理想解法', en: 'TOPSIS' },
  summary: { zh: '到正负理想解距离的相对贴近度', en: 'relative closeness to the ideal and anti-ideal points' },
  params,
  kernel: (p) => topsisKernel(p),
  check: (state, _p, ctx) => {
    const count = state.panel.regions.length;
    if (count < 2) throw new NqpfError('TOO_FEW_REGIONS', { method: 'topsis', min: 2, count }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/method` });
  },
});
