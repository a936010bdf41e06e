import { z } from 'zod';
import { moranGlobal } from '../diagnose/moran.js';
import { NqpfError } from '../errors/nqpf-error.js';
import { nodeParam, nodeSeries } from './series.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';
import { spatialWeightsFor, weightsParam } from './weights.js';

export const spatialParams = {
  node: nodeParam,
  weights: weightsParam,
  /** Row-standardise W (PySAL esda's default transformation 'r'); false keeps binary (or file) weights. */
  rowStandardize: z.boolean().default(true),
  /** Random permutations for the pseudo p-value (seeded from the spec seed, the analysis id and the year); 0 skips. */
  permutations: z.number().int().min(0).max(99_999).default(999),
};
const params = z.object({ ...spatialParams }).strict();

/** A region-year with no score cannot enter a spatial statistic: name it rather than drop it silently. */
export function requireComplete(values: ArrayLike<number>, regions: { code: string }[], year: number, node: string, pointer: string): void {
  for (let r = 0; r < values.length; r++) {
    if (Number.isNaN(values[r])) throw new NqpfError('ANALYSIS_MISSING_VALUE', { node, region: regions[r].code, year }, { pointer });
  }
}

/**
 * 全局莫兰指数 / Global Moran's I of a node for each year (diagnose/moran.ts, as PySAL esda `Moran`): I, E[I],
 * variance, z and two-sided p under normality and under randomisation, and the seeded permutation pseudo p-value
 * with the permutation mean and SD. Weights: `weights` (see analyses/weights.ts), row-standardised by default.
 */
export const moran: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'moran',
  method: 'moran',
  tables: [''],
  title: { zh: '全局莫兰指数', en: "Global Moran's I" },
  summary: { zh: '按年份的全局空间自相关：正态与随机化假设下的检验及置换检验', en: "global spatial autocorrelation by year: normality, randomisation and permutation inference" },
  params,
  run(build, p, ctx) {
    const { regions, years } = build.results;
    const { code, values } = nodeSeries(build, p.node, ctx.pointer);
    const w = spatialWeightsFor(build, p.weights, p.rowStandardize, ctx);
    const rows: AnalysisCell[][] = years.map((year, t) => {
      const y = values.subarray(t * regions.length, (t + 1) * regions.length);
      requireComplete(y, regions, year, code, ctx.pointer);
      const m = moranGlobal(y, w, { permutations: p.permutations, seed: ctx.seed, stream: `${ctx.id}/${year}` });
      return [year, regions.length, m.i, m.expected, m.varianceNormality, m.zNormality, m.pNormality, m.varianceRandomization, m.zRandomization, m.pRandomization, p.permutations, m.pseudoP, m.simulatedMean, m.simulatedSd];
    });
    return [
      {
        name: '',
        header: ['year', 'n', 'i', 'expected', 'var_normality', 'z_normality', 'p_normality', 'var_randomization', 'z_randomization', 'p_randomization', 'permutations', 'p_permutation', 'mean_permutation', 'sd_permutation'],
        headerZh: ['年份', '地区数', '莫兰指数I', '期望E[I]', '方差(正态)', 'z(正态)', 'p(正态)', '方差(随机化)', 'z(随机化)', 'p(随机化)', '置换次数', '置换p值', '置换均值', '置换标准差'],
        rows,
      },
    ];
  },
};
