import { z } from 'zod';
import { localMoran } from '../diagnose/local-moran.js';
import { requireComplete, spatialParams } from './moran.js';
import { nodeSeries, yearIndex, yearParam } from './series.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';
import { spatialWeightsFor } from './weights.js';

const params = z
  .object({
    ...spatialParams,
    year: yearParam,
    /** A region is in its HH/HL/LH/LL cluster when its pseudo p-value ≤ significance, else 'ns'. */
    significance: z.number().gt(0).lt(1).default(0.05),
  })
  .strict();

/**
 * 局部莫兰指数（LISA）/ Local Moran's I of each region in one year (diagnose/local-moran.ts, as PySAL esda
 * `Moran_Local`): standardised value z, its spatial lag, I_i, Moran-scatterplot quadrant, conditional-permutation
 * pseudo p-value (seeded from the spec seed, the analysis id and the region's position) and the LISA cluster: the
 * quadrant when p ≤ significance, else 'ns'. With permutations: 0 there is no p-value and the cluster is the quadrant.
 */
export const localMoranAnalysis: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'local-moran',
  method: 'local-moran',
  tables: [''],
  title: { zh: '局部莫兰指数（LISA）', en: "Local Moran's I (LISA)" },
  summary: { zh: '各地区的局部空间自相关及高—高、高—低、低—高、低—低集聚类型', en: 'local spatial autocorrelation of each region with HH/HL/LH/LL clusters' },
  params,
  run(build, p, ctx) {
    const { regions, years } = build.results;
    const { code, values } = nodeSeries(build, p.node, ctx.pointer);
    const t = yearIndex(build, p.year, `${ctx.pointer}/params/year`);
    const y = values.subarray(t * regions.length, (t + 1) * regions.length);
    requireComplete(y, regions, years[t], code, ctx.pointer);
    const w = spatialWeightsFor(build, p.weights, p.rowStandardize, ctx);
    const m = localMoran(y, w, { permutations: p.permutations, seed: ctx.seed, stream: `${ctx.id}/${years[t]}` });
    const rows: AnalysisCell[][] = regions.map((region, r) => {
      const pValue = m.pseudoP === null ? null : m.pseudoP[r];
      const cluster = pValue === null || pValue <= p.significance ? m.quadrant[r] : 'ns';
      return [region.code, region.name.zh, region.name.en, years[t], y[r], m.z[r], m.lag[r], m.local[r], m.quadrant[r], pValue, cluster];
    });
    return [
      {
        name: '',
        header: ['region', 'name_zh', 'name_en', 'year', 'value', 'z', 'lag', 'local_i', 'quadrant', 'p_permutation', 'cluster'],
        headerZh: ['地区', '中文名', '英文名', '年份', '得分', '标准化值z', '空间滞后', '局部莫兰指数', '象限', '置换p值', '集聚类型'],
        rows,
      },
    ];
  },
};
