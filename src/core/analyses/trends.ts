import { z } from 'zod';
import { compoundAnnualGrowth, meansByYear, yearOnYearGrowth } from '../diagnose/trends.js';
import { NqpfError } from '../errors/nqpf-error.js';
import { aggregatesOf } from '../framework/tree.js';
import type { AnalysisCell, AnalysisDefinition } from './types.js';

const params = z
  .object({
    /** Nodes to follow; default every aggregate (the index and its dimensions). */
    nodes: z.array(z.string().min(1)).min(1).optional(),
    /** Region grouping for group means: 'auto' = region4 when every region carries it, 'none' = national only. */
    groups: z.string().min(1).default('auto'),
  })
  .strict();

/**
 * 趋势分析 / Trends: each node's compound annual growth (CAGR) and year-on-year growth per region, and the
 * national and group means by year (kernels in diagnose/trends.ts).
 *
 * Tables: `growth` (region, node, first/last observed year and value, cagr), `yoy` (region, year, node, value, yoy),
 * `means` (year, node, group, mean; group `all` = every region). CAGR uses the first and last observed values; when
 * either is ≤ 0 it is left empty (a score crossing zero has no compound rate), as is a series with one value.
 */
export const trends: AnalysisDefinition<z.infer<typeof params>> = {
  op: 'trends',
  method: 'trends',
  tables: ['growth', 'yoy', 'means'],
  title: { zh: '趋势分析', en: 'Trends' },
  summary: { zh: '各地区各节点的年均增长率、同比增长率，以及全国和分组均值', en: 'growth of each node per region (CAGR, year on year), national and group means by year' },
  params,
  run(build, p, ctx) {
    const { framework, regions, years, scores } = build.results;
    const nodes = p.nodes ?? aggregatesOf(framework).map((n) => n.code).reverse();
    nodes.forEach((code, k) => {
      if (!scores[code]) throw new NqpfError('ANALYSIS_UNKNOWN_NODE', { node: code, known: Object.keys(scores).join(', ') }, { pointer: `${ctx.pointer}/params/nodes/${k}` });
    });
    const key = p.groups === 'auto' ? (regions.every((r) => r.groups.region4) ? 'region4' : 'none') : p.groups;
    if (key !== 'none') {
      const missing = regions.find((r) => !r.groups[key]);
      if (missing) throw new NqpfError('ANALYSIS_GROUP_MISSING', { region: missing.code, groups: key }, { pointer: `${ctx.pointer}/params/groups` });
    }
    const n = regions.length;
    const growth: AnalysisCell[][] = [];
    const yoy: AnalysisCell[][] = [];
    const means: AnalysisCell[][] = [];
    for (const code of nodes) {
      const column = scores[code];
      regions.forEach((region, r) => {
        const series = years.map((_, t) => column[t * n + r]);
        const observed = series.map((v, t) => (Number.isNaN(v) ? -1 : t)).filter((t) => t >= 0);
        const first = observed[0];
        const last = observed[observed.length - 1];
        const positive = first !== undefined && series[first] > 0 && series[last] > 0;
        const cagr = positive ? compoundAnnualGrowth(series, years) : null;
        growth.push([region.code, region.name.zh, region.name.en, code, years[first] ?? null, years[last] ?? null, series[first] ?? null, series[last] ?? null, cagr]);
        yearOnYearGrowth(series).forEach((g, t) => yoy.push([region.code, years[t], code, Number.isNaN(series[t]) ? null : series[t], g]));
      });
      const m = meansByYear(column, regions.map((r) => (key === 'none' ? 'all' : r.groups[key])), years.length);
      years.forEach((year, t) => {
        means.push([year, code, 'all', m.national[t]]);
        if (key !== 'none') m.groups.forEach((g, j) => means.push([year, code, g, m.byGroup[j][t]]));
      });
    }
    return [
      {
        name: 'growth',
        header: ['region', 'name_zh', 'name_en', 'node', 'first_year', 'last_year', 'first_value', 'last_value', 'cagr'],
        headerZh: ['地区', '中文名', '英文名', '节点', '起始年', '终止年', '起始值', '终止值', '年均复合增长率'],
        rows: growth,
      },
      { name: 'yoy', header: ['region', 'year', 'node', 'value', 'yoy'], headerZh: ['地区', '年份', '节点', '值', '同比增长率'], rows: yoy },
      { name: 'means', header: ['year', 'node', 'group', 'mean'], headerZh: ['年份', '节点', '分组', '均值'], rows: means },
    ];
  },
};
