import { z } from 'zod';
import { betaConvergence, sigmaConvergence } from '../diagnose/convergence.js';
import { nodeParam, nodeSeries } from './series.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';

const params = z
  .object({
    node: nodeParam,
    /** SD with n − 1 (as R `sd()`) or n. */
    sample: z.boolean().default(true),
    /** β regression: every consecutive pair of years ('annual') or first → last year ('span'). */
    form: z.enum(['annual', 'span']).default('annual'),
  })
  .strict();

/**
 * σ 与 β 收敛 / Sigma and beta convergence of a node (diagnose/convergence.ts; Barro & Sala-i-Martin 1992).
 * Tables: `sigma` (year, n, mean, sd, cv); `beta` — absolute β, and with the annual form also conditional β with
 * region fixed effects: intercept (absolute only), β with SE, t, p, R², df, observations, speed λ and half-life.
 */
export const convergence: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'convergence',
  method: 'convergence',
  tables: ['sigma', 'beta'],
  title: { zh: 'σ 收敛与 β 收敛', en: 'Sigma and beta convergence' },
  summary: { zh: '按年份的标准差、变异系数，以及绝对与条件 β 收敛的速度和半衰期', en: 'SD and CV by year; absolute and conditional beta convergence with speed and half-life' },
  params,
  run(build, p, ctx) {
    const { regions, years } = build.results;
    const { values } = nodeSeries(build, p.node, ctx.pointer);
    const sigma = sigmaConvergence(values, regions.length, years, { sample: p.sample });
    const counts = years.map((_, t) => regions.filter((_, r) => !Number.isNaN(values[t * regions.length + r])).length);
    const sigmaRows: AnalysisCell[][] = years.map((year, t) => [year, counts[t], sigma.mean[t], sigma.sd[t], sigma.cv[t]]);
    const kinds: ['absolute' | 'conditional', boolean][] = p.form === 'annual' ? [['absolute', false], ['conditional', true]] : [['absolute', false]];
    const betaRows: AnalysisCell[][] = kinds.map(([kind, fixedEffects]) => {
      const b = betaConvergence(values, regions.length, years, { form: p.form, fixedEffects });
      return [kind, b.form, b.intercept?.estimate ?? null, b.slope.estimate, b.slope.standardError, b.slope.t, b.slope.p, b.rSquared, b.degreesOfFreedom, b.observations, b.speed, b.halfLife];
    });
    return [
      { name: 'sigma', header: ['year', 'n', 'mean', 'sd', 'cv'], headerZh: ['年份', '地区数', '均值', '标准差', '变异系数'], rows: sigmaRows },
      {
        name: 'beta',
        header: ['type', 'form', 'intercept', 'beta', 'se', 't', 'p', 'r_squared', 'df', 'observations', 'speed', 'half_life'],
        headerZh: ['类型', '形式', '截距', 'β', '标准误', 't值', 'p值', 'R²', '自由度', '观测数', '收敛速度', '半衰期(年)'],
        rows: betaRows,
      },
    ];
  },
};
