import { z } from 'zod';
import { dimensionObstacle, obstacleDegree, topObstacles } from '../diagnose/obstacle.js';
import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import type { Build } from '../pipeline/run.js';
import { dimensionOfIndicators, rescaleParam, toUnitInterval } from './series.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';

const params = z
  .object({
    /** How many obstacles to list per region and year, at each level. */
    top: z.number().int().min(1).max(100).default(5),
    rescale: rescaleParam,
  })
  .strict();

/** Obstacle degrees of one region-year: percent per indicator (NaN where the indicator is missing). */
export interface ObstacleTable {
  indicators: string[];
  dimensionOf: string[];
  /** percent[t * n + r][j] (dimensionPercent likewise); cells outside `onlyYear` are empty. */
  percent: Float64Array[];
  dimensions: string[];
  dimensionPercent: number[][];
  rescaled: boolean;
}

/**
 * Obstacle degrees of every region and year. F_j = the indicator's effective weight in the index (the product of
 * the normalised weights down the tree, as weights.csv lists it); z = the normalized indicators of the build,
 * brought into [0, 1] by `toUnitInterval` (min-max [0, 1] output is used as it is). A missing z leaves that
 * indicator out of the region-year's row: the other indicators share 100 %. `onlyYear` (a year index) computes
 * that year's cells only (the rescaling still spans every year); other cells are then left empty.
 */
export function obstacleTable(build: Build, rescale: 'auto' | 'min-max' | 'none', pointer: string, onlyYear?: number): ObstacleTable {
  const final = build.trace[build.trace.length - 1];
  if (!final.normalized) throw new NqpfError('ANALYSIS_NEEDS_NORMALIZE', { op: 'obstacle' }, { pointer });
  const framework = build.results.framework;
  const indicators = indicatorsOf(framework).map((n) => n.code);
  const effective = new Map(build.results.weights.map((w) => [w.node, w.effectiveWeight]));
  const unit = toUnitInterval(indicators.map((code) => ({ code, values: final.normalized![code] })), rescale, pointer);
  const dimensionOf = dimensionOfIndicators(framework);
  const n = build.results.regions.length;
  const cells = n * build.results.years.length;
  const wanted = onlyYear === undefined ? Array.from({ length: cells }, (_, i) => i) : Array.from({ length: n }, (_, r) => onlyYear * n + r);
  const weights = indicators.map((code) => effective.get(code) ?? 0);
  const z: number[][] = new Array(cells);
  for (const i of wanted) z[i] = unit.columns.map((column) => column[i]);
  // Complete rows go through the kernel in one call; a row with missing z through its own call on what it has.
  const complete = wanted.filter((i) => !z[i].some(Number.isNaN));
  const percent: Float64Array[] = new Array(cells);
  obstacleDegree(complete.map((i) => z[i]), weights).percent.forEach((row, k) => (percent[complete[k]] = Float64Array.from(row)));
  for (const i of wanted) {
    if (percent[i]) continue;
    const present = indicators.map((_, j) => j).filter((j) => !Number.isNaN(z[i][j]));
    const row = obstacleDegree([present.map((j) => z[i][j])], present.map((j) => weights[j])).percent[0];
    percent[i] = new Float64Array(indicators.length).fill(NaN);
    present.forEach((j, k) => (percent[i][j] = row[k]));
  }
  const byDimension = dimensionObstacle(wanted.map((i) => Array.from(percent[i], (v) => (Number.isNaN(v) ? 0 : v))), dimensionOf);
  const dimensionPercent: number[][] = new Array(cells);
  wanted.forEach((i, k) => (dimensionPercent[i] = byDimension.percent[k]));
  const { dimensions } = byDimension;
  return { indicators, dimensionOf, percent, dimensions, dimensionPercent, rescaled: unit.rescaled };
}

/**
 * 障碍度 / Obstacle degree per region and year for indicators and dimensions, with the top k of each
 * (kernels: diagnose/obstacle.ts; METHODS "Obstacle degree").
 *
 * Tables: `indicators` (region, year, indicator, dimension, obstacle %), `dimensions` (region, year, dimension,
 * obstacle %: the sum over its indicators), `top` (region, year, level, rank, node, obstacle %).
 */
export const obstacle: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'obstacle',
  method: 'obstacle',
  tables: ['indicators', 'dimensions', 'top'],
  title: { zh: '障碍度', en: 'Obstacle degree' },
  summary: { zh: '各地区各年份指标与维度的障碍度及主要障碍因子', en: 'obstacle degree of indicators and dimensions per region and year; top-k obstacles' },
  params,
  run(build, p, ctx) {
    const table = obstacleTable(build, p.rescale, ctx.pointer);
    const { regions, years } = build.results;
    const indicatorRows: AnalysisCell[][] = [];
    const dimensionRows: AnalysisCell[][] = [];
    const topRows: AnalysisCell[][] = [];
    years.forEach((year, t) =>
      regions.forEach((region, r) => {
        const i = t * regions.length + r;
        const percent = table.percent[i];
        table.indicators.forEach((code, j) => indicatorRows.push([region.code, year, code, table.dimensionOf[j], Number.isNaN(percent[j]) ? null : percent[j]]));
        table.dimensions.forEach((code, g) => dimensionRows.push([region.code, year, code, table.dimensionPercent[i][g]]));
        const present = table.indicators.map((_, j) => j).filter((j) => !Number.isNaN(percent[j]));
        const topIndicators = topObstacles(present.map((j) => percent[j]), present.map((j) => table.indicators[j]), p.top);
        topIndicators.forEach((o, k) => topRows.push([region.code, year, 'indicator', k + 1, o.label, o.value]));
        topObstacles(table.dimensionPercent[i], table.dimensions, p.top).forEach((o, k) => topRows.push([region.code, year, 'dimension', k + 1, o.label, o.value]));
      }),
    );
    return [
      { name: 'indicators', header: ['region', 'year', 'indicator', 'dimension', 'obstacle'], headerZh: ['地区', '年份', '指标', '维度', '障碍度(%)'], rows: indicatorRows },
      { name: 'dimensions', header: ['region', 'year', 'dimension', 'obstacle'], headerZh: ['地区', '年份', '维度', '障碍度(%)'], rows: dimensionRows },
      { name: 'top', header: ['region', 'year', 'level', 'rank', 'node', 'obstacle'], headerZh: ['地区', '年份', '层级', '位次', '节点', '障碍度(%)'], rows: topRows },
    ];
  },
};
