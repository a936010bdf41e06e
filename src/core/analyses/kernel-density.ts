import { z } from 'zod';
import { kernelDensity } from '../diagnose/kernel-density.js';
import { nodeParam, nodeSeries } from './series.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';

const params = z
  .object({
    node: nodeParam,
    kernel: z.enum(['gaussian', 'epanechnikov']).default('gaussian'),
    /** 'nrd0' (Silverman, R default), 'nrd' (Scott) or a fixed bandwidth > 0. */
    bandwidth: z.union([z.enum(['nrd0', 'nrd']), z.number().positive()]).default('nrd0'),
    points: z.number().int().min(2).max(4096).default(512),
    cut: z.number().min(0).default(3),
  })
  .strict();

/**
 * 核密度估计 / Kernel density of a node's scores for each year (diagnose/kernel-density.ts, R `density()` grid).
 *
 * Tables: the main one is long — year, x, density — so the app and report can draw ridgelines or a 3-D surface
 * (each year has its own grid, min − cut·h … max + cut·h); `bandwidth` lists each year's n and bandwidth.
 * Regions missing in a year are left out of that year's estimate.
 */
export const kernelDensityAnalysis: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'kernel-density',
  method: 'kernel-density',
  tables: ['', 'bandwidth'],
  title: { zh: '核密度估计', en: 'Kernel density' },
  summary: { zh: '各年份得分分布的核密度曲线（岭线图 / 三维图）', en: 'kernel density of the scores per year, for ridgelines and 3-D surfaces' },
  params,
  run(build, p, ctx) {
    const { regions, years } = build.results;
    const { values } = nodeSeries(build, p.node, ctx.pointer);
    const density: AnalysisCell[][] = [];
    const bandwidth: AnalysisCell[][] = [];
    years.forEach((year, t) => {
      const y: number[] = [];
      for (let r = 0; r < regions.length; r++) if (!Number.isNaN(values[t * regions.length + r])) y.push(values[t * regions.length + r]);
      const d = kernelDensity(y, { kernel: p.kernel, bandwidth: p.bandwidth, points: p.points, cut: p.cut });
      bandwidth.push([year, y.length, d.bandwidth]);
      d.x.forEach((x, g) => density.push([year, x, d.y[g]]));
    });
    return [
      { name: '', header: ['year', 'x', 'density'], headerZh: ['年份', '得分', '密度'], rows: density },
      { name: 'bandwidth', header: ['year', 'n', 'bandwidth'], headerZh: ['年份', '地区数', '带宽'], rows: bandwidth },
    ];
  },
};
