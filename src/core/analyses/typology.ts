import { z } from 'zod';
import { compoundAnnualGrowth } from '../diagnose/trends.js';
import { kMeans } from '../diagnose/kmeans.js';
import { leadingLagging, levelBands, levelGrowthQuadrants, nationalPosition, STRENGTH_AT_MOST, WEAKNESS_ABOVE } from '../diagnose/typology.js';
import { wardClusters } from '../diagnose/ward.js';
import { indicatorsOf } from '../framework/tree.js';
import { rankMin } from '../stats/rank-min.js';
import { requireComplete } from './moran.js';
import { obstacleTable } from './obstacle.js';
import { crossSection, dimensionsOf, nodeNames, nodeParam, nodeSeries, rescaleParam, yearIndex, yearParam } from './series.js';
import { bandName, regionProfile, regionType } from './typology-profile.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';

const params = z
  .object({
    node: nodeParam,
    year: yearParam,
    /** Level bands: how many, and quantiles (R type 7) or Jenks natural breaks. */
    bands: z.number().int().min(2).max(10).default(4),
    bandMethod: z.enum(['quantile', 'jenks']).default('quantile'),
    /** Growth (CAGR) for the level × growth quadrants runs from this year to `year`. */
    growthFrom: yearParam.default('first'),
    /** Clustering on the dimension scores: seeded k-means++ or Ward (R hclust ward.D2); k is capped at the regions. */
    cluster: z.enum(['kmeans', 'ward']).default('kmeans'),
    clusters: z.number().int().min(1).max(50).default(4),
    top: z.number().int().min(0).max(100).default(3),
    strengths: z.number().int().min(0).max(100).default(3),
    similar: z.number().int().min(0).max(100).default(3),
    rescale: rescaleParam,
  })
  .strict();

const join = (codes: string[]): string => codes.join(';');

type Ranked = { label: string; rank: number }[];

/**
 * diagnose/typology.ts `strengthsWeaknesses` (national top third / bottom third, disjoint) for every region at
 * once — the same result region by region (a test checks it), but each indicator is ranked once (rankMin:
 * highest = 1, ties min), so all regions cost O(m·n log n) instead of O(m·n²).
 */
export function allStrengthsWeaknesses(columns: ArrayLike<number>[], labels: string[], count: number): { strengths: Ranked; weaknesses: Ranked }[] {
  const ranks = columns.map((column) => rankMin(column, true));
  const counts = columns.map((column) => Array.prototype.filter.call(column, (v: number) => !Number.isNaN(v)).length);
  const n = columns.length > 0 ? columns[0].length : 0;
  return Array.from({ length: n }, (_, r) => {
    const entries = labels.map((label, j) => ({ label, rank: ranks[j][r], p: nationalPosition(ranks[j][r], counts[j]) })).filter((e) => !Number.isNaN(e.rank));
    const strengths = entries.filter((e) => e.p <= STRENGTH_AT_MOST).sort((a, b) => a.rank - b.rank);
    const weaknesses = entries.filter((e) => e.p > WEAKNESS_ABOVE).sort((a, b) => b.rank - a.rank);
    const bare = (list: typeof entries) => list.slice(0, count).map(({ label, rank }) => ({ label, rank }));
    return { strengths: bare(strengths), weaknesses: bare(weaknesses) };
  });
}

/** The k regions nearest to region r in Euclidean distance on the points (ties: lower index), by partial selection. */
function nearest(points: number[][], r: number, k: number): number[] {
  const chosen: { s: number; d: number }[] = [];
  if (k < 1) return [];
  for (let s = 0; s < points.length; s++) {
    if (s === r) continue;
    let d = 0;
    for (let j = 0; j < points[r].length; j++) d += (points[r][j] - points[s][j]) ** 2;
    if (chosen.length === k && d >= chosen[k - 1].d) continue;
    let at = chosen.length < k ? chosen.length : k - 1;
    while (at > 0 && chosen[at - 1].d > d) at--;
    chosen.splice(at, 0, { s, d });
    if (chosen.length > k) chosen.pop();
  }
  return chosen.map((c) => c.s);
}

/**
 * 分类指导 / Typology for classified guidance, in one year (kernels: diagnose/typology.ts, kmeans.ts, ward.ts).
 *
 * Per region: level band of the node (quantile or natural-breaks bands, 1 = lowest); leading and lagging dimensions
 * (score minus the unweighted national mean, largest first); CAGR from `growthFrom` and the level × growth quadrant
 * against the means; cluster on the raw dimension scores; COINr-style strengths and weaknesses among the indicators
 * (their normalized scores; worst-ranked indicators discarded, as `get_str_weak`); top obstacles (analyses/obstacle.ts);
 * the `similar` regions nearest in Euclidean distance on the dimension scores; its type and a zh/en profile.
 * Tables: `regions` (one row each), `dimensions` (score, national mean, gap), `strengths`, `clusters` (centres), `bands`.
 */
export const typology: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'typology',
  method: 'typology',
  tables: ['regions', 'dimensions', 'strengths', 'clusters', 'bands'],
  title: { zh: '分类指导', en: 'Typology for classified guidance' },
  summary: { zh: '水平分级、优势与短板维度、水平—增速象限、聚类、优劣势指标与地区画像', en: 'level bands, leading/lagging dimensions, level × growth quadrants, clusters, strengths and weaknesses, region profiles' },
  params,
  run(build, p, ctx) {
    const { framework, regions, years, scores, ranks } = build.results;
    const n = regions.length;
    const names = nodeNames(framework);
    const { code, values } = nodeSeries(build, p.node, ctx.pointer);
    const t = yearIndex(build, p.year, `${ctx.pointer}/params/year`);
    const t0 = yearIndex(build, p.growthFrom, `${ctx.pointer}/params/growthFrom`);
    const level = crossSection(values, n, t);
    requireComplete(level, regions, years[t], code, `${ctx.pointer}/params/node`);
    const dims = dimensionsOf(framework).map((d) => d.code);
    const dimScores = dims.map((d) => crossSection(scores[d], n, t));
    dimScores.forEach((column, d) => requireComplete(column, regions, years[t], dims[d], ctx.pointer));
    const points = regions.map((_, r) => dims.map((_, d) => dimScores[d][r]));

    const bands = levelBands(level, { classes: p.bands, method: p.bandMethod });
    const bandCount = bands.breaks.length + 1;
    const gaps = leadingLagging(points, dims);
    const growth = regions.map((_, r) => {
      if (t0 >= t) return NaN;
      const series = [values[t0 * n + r], values[t * n + r]];
      return series[0] > 0 && series[1] > 0 ? (compoundAnnualGrowth(series, [years[t0], years[t]]) ?? NaN) : NaN;
    });
    const quadrants = levelGrowthQuadrants(level, growth).quadrant;
    const k = Math.min(p.clusters, n);
    const labels = p.cluster === 'ward' ? wardClusters(points, k).labels : kMeans(points, k, { seed: ctx.seed, stream: ctx.id }).labels;
    const indicators = indicatorsOf(framework).map((i) => i.code);
    const strengthsOf = allStrengthsWeaknesses(indicators.map((c) => crossSection(scores[c], n, t)), indicators, p.strengths);
    const final = build.trace[build.trace.length - 1];
    const obstacles = final.normalized ? obstacleTable(build, p.rescale, ctx.pointer, t) : null;
    const nameOf = (c: string) => names.get(c)!;

    const regionRows: AnalysisCell[][] = [];
    const strengthRows: AnalysisCell[][] = [];
    const dimensionRows: AnalysisCell[][] = [];
    regions.forEach((region, r) => {
      const sw = strengthsOf[r];
      sw.strengths.forEach((s, k2) => strengthRows.push([region.code, 'strength', k2 + 1, s.label, s.rank]));
      sw.weaknesses.forEach((s, k2) => strengthRows.push([region.code, 'weakness', k2 + 1, s.label, s.rank]));
      dims.forEach((d, j) => dimensionRows.push([region.code, d, points[r][j], gaps.mean[j], gaps.gap[r][j]]));
      const percent = obstacles ? obstacles.percent[t * n + r] : new Float64Array(0);
      const top = obstacles
        ? indicators
            .map((c, j) => ({ c, v: percent[j] }))
            .filter((o) => o.v > 0) // missing or no shortfall: not an obstacle
            .sort((a, b) => b.v - a.v)
            .slice(0, p.top)
        : [];
      const similar = p.similar > 0 ? nearest(points, r, Math.min(p.similar, n - 1)) : [];
      const facts = {
        name: region.name,
        node: nameOf(code),
        level: level[r],
        rank: ranks[code][t * n + r],
        regionCount: n,
        band: bandName(bands.band[r], bandCount),
        bandNumber: bands.band[r] + 1,
        bandCount,
        quadrant: quadrants[r],
        growth: Number.isNaN(growth[r]) ? null : growth[r],
        leading: gaps.leading[r].map(nameOf),
        lagging: gaps.lagging[r].map(nameOf),
        strengths: sw.strengths.map((s) => nameOf(s.label)),
        weaknesses: sw.weaknesses.map((s) => nameOf(s.label)),
        obstacles: top.map((o) => ({ name: nameOf(o.c), percent: o.v })),
        similar: similar.map((s) => regions[s].name),
      };
      const type = regionType(facts);
      const profile = regionProfile(facts);
      regionRows.push([
        region.code, region.name.zh, region.name.en, years[t], level[r], facts.rank, facts.bandNumber, facts.band.zh, facts.band.en,
        facts.growth, quadrants[r], labels[r] + 1, join(gaps.leading[r]), join(gaps.lagging[r]),
        join(sw.strengths.map((s) => s.label)), join(sw.weaknesses.map((s) => s.label)), join(top.map((o) => o.c)),
        join(similar.map((s) => regions[s].code)), type.zh, type.en, profile.zh, profile.en,
      ]);
    });
    const clusterRows: AnalysisCell[][] = [];
    for (let c = 0; c < k; c++) {
      const members = labels.map((l, r) => (l === c ? r : -1)).filter((r) => r >= 0);
      dims.forEach((d, j) => clusterRows.push([c + 1, members.length, d, members.reduce((a, r) => a + points[r][j], 0) / members.length]));
    }
    return [
      {
        name: 'regions',
        header: ['region', 'name_zh', 'name_en', 'year', 'level', 'rank', 'band', 'band_zh', 'band_en', 'growth', 'quadrant', 'cluster', 'leading', 'lagging', 'strengths', 'weaknesses', 'obstacles', 'similar', 'type_zh', 'type_en', 'profile_zh', 'profile_en'],
        headerZh: ['地区', '中文名', '英文名', '年份', '水平', '排名', '档次', '档次(中文)', '档次(英文)', '年均增长率', '象限', '聚类', '优势维度', '短板维度', '优势指标', '劣势指标', '主要障碍因子', '相似地区', '类型', '类型(英文)', '画像', '画像(英文)'],
        rows: regionRows,
      },
      { name: 'dimensions', header: ['region', 'dimension', 'score', 'national_mean', 'gap'], headerZh: ['地区', '维度', '得分', '全国均值', '差距'], rows: dimensionRows },
      { name: 'strengths', header: ['region', 'kind', 'order', 'indicator', 'rank'], headerZh: ['地区', '类别', '序号', '指标', '排名'], rows: strengthRows },
      { name: 'clusters', header: ['cluster', 'size', 'dimension', 'center'], headerZh: ['聚类', '地区数', '维度', '中心'], rows: clusterRows },
      {
        name: 'bands',
        header: ['band', 'upper', 'label_zh', 'label_en'],
        headerZh: ['档次', '上界', '名称', '名称(英文)'],
        rows: Array.from({ length: bandCount }, (_, b) => [b + 1, b < bands.breaks.length ? bands.breaks[b] : null, bandName(b, bandCount).zh, bandName(b, bandCount).en]),
      },
    ];
  },
};
