import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import type { AggregateKernel } from './apply.js';
import { comparisonBlocks, unitWeights } from './blocks.js';
import { baseParams, defineAggregate } from './define.js';

const params = baseParams
  .extend({
    /** Weight of the group utility S against the individual regret R (Opricovic & Tzeng 2004: 0.5). */
    v: z.number().min(0).max(1).default(0.5),
    pooled: z.boolean().default(true),
    /** score: 1 − Q (higher is better, as every nqpf score); q: VIKOR's Q itself (lower is better). */
    output: z.enum(['score', 'q']).default('score'),
  })
  .strict();

/**
 * VIKOR 多准则妥协排序法 (Opricovic & Tzeng 2004): per criterion f* = max, f⁻ = min (directions already flipped);
 * d = w (f* − f)/(f* − f⁻); S = Σ d, R = max d; Q = v (S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*) with
 * S* = min S, S⁻ = max S (same for R). The score is 1 − Q so the best region is highest (output: q gives Q).
 * Reference: pymcdm test_mcdm.py (Yang & Wu 2020), METHODS.md R7.
 * Edge cases: a constant criterion contributes 0; all S (or R) equal contributes 0; fewer than 2 regions is TOO_FEW_REGIONS.
 *
 * @example Q of the R7 matrix, equal weights // => 0.5679, 0.7667, 1, 0.7493, 0
 */
export function vikorKernel(v: number, pooled: boolean, output: 'score' | 'q'): AggregateKernel {
  return {
    name: 'vikor',
    positive: false,
    columns: (columns, weights, layout) => {
      const w = unitWeights(weights);
      const out = new Float64Array(layout.regions * layout.years).fill(NaN);
      for (const cells of comparisonBlocks(columns, layout, pooled)) {
        if (cells.length === 0) continue;
        const s = new Float64Array(cells.length);
        const r = new Float64Array(cells.length);
        columns.forEach((column, k) => {
          const values = cells.map((i) => column[i]);
          const best = Math.max(...values);
          const worst = Math.min(...values);
          values.forEach((f, n) => {
            const d = best === worst ? 0 : (w[k] * (best - f)) / (best - worst);
            s[n] += d;
            r[n] = Math.max(r[n], d);
          });
        });
        const scaled = (x: Float64Array, n: number) => {
          const lo = Math.min(...x);
          const hi = Math.max(...x);
          return hi === lo ? 0 : (x[n] - lo) / (hi - lo);
        };
        cells.forEach((cell, n) => {
          const q = v * scaled(s, n) + (1 - v) * scaled(r, n);
          out[cell] = output === 'q' ? q : 1 - q;
        });
      }
      return out;
    },
  };
}

export const vikor = defineAggregate({
  method: 'vikor',
  title: { zh: 'VIKOR 妥协排序法', en: 'VIKOR' },
  summary: { zh: '群体效用与个体遗憾的折中（得分 = 1 − Q）', en: 'compromise of group utility and individual regret (score = 1 − Q)' },
  params,
  kernel: (p) => vikorKernel(p.v, p.pooled, p.output),
  check: (state, _p, ctx) => {
    const count = state.panel.regions.length;
    if (count < 2) throw new NqpfError('TOO_FEW_REGIONS', { method: 'vikor', min: 2, count }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/method` });
  },
});
