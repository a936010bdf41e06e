import { z } from 'zod';
import { dagumGini } from '../diagnose/dagum-gini.js';
import { coefficientOfVariation, theil } from '../diagnose/theil.js';
import type { Build } from '../pipeline/run.js';
import { groupLabels, nodeParam, nodeSeries } from './series.js';
import type { AnalysisCell, AnalysisContext, AnalysisDefinition } from './types.js';

/** `groups`: a key of Region.groups (default the NBS four regions), or 'none' for one group of all regions. */
const groupedParams = z.object({ node: nodeParam, groups: z.string().min(1).default('region4') }).strict();
const cvParams = z.object({ node: nodeParam, groups: z.string().min(1).default('auto'), sample: z.boolean().default(true) }).strict();

/** Each year's observed values of the node with their group labels (missing regions left out of that year). */
function byYear(build: Build, node: string | undefined, groups: string | null, ctx: AnalysisContext) {
  const { regions, years } = build.results;
  const { values } = nodeSeries(build, node, ctx.pointer);
  const labels = groups === null ? regions.map(() => 'all') : groupLabels(build, groups, ctx.pointer);
  return years.map((year, t) => {
    const y: number[] = [];
    const g: string[] = [];
    regions.forEach((_, r) => {
      const v = values[t * regions.length + r];
      if (Number.isNaN(v)) return;
      y.push(v);
      g.push(labels[r]);
    });
    return { year, y, g, order: [...new Set(labels)].filter((l) => g.includes(l)) };
  });
}

/**
 * Dagum 基尼系数分解 / Dagum Gini by year with within, net-between and transvariation parts (diagnose/dagum-gini.ts).
 * Tables: `summary` (year: G, G_w, G_nb, G_t and their shares of G), `groups` (year, group: size, mean, G_jj),
 * `pairs` (year, group pair in first-appearance order: G_jh and the relative affluence D_jh, positive when the
 * first group is the richer). Default grouping: the NBS four regions.
 */
export const disparityDagum: AnalysisDefinition<z.infer<typeof groupedParams>> = {
  op: 'disparity',
  method: 'dagum-gini',
  tables: ['summary', 'groups', 'pairs'],
  title: { zh: 'Dagum 基尼系数及分解', en: 'Dagum Gini decomposition' },
  summary: { zh: '按年份的总体基尼系数及组内、组间净值与超变密度贡献', en: 'Gini by year with within, net-between and transvariation contributions' },
  params: groupedParams,
  run(build, p, ctx) {
    const summary: AnalysisCell[][] = [];
    const groups: AnalysisCell[][] = [];
    const pairs: AnalysisCell[][] = [];
    for (const { year, y, g, order } of byYear(build, p.node, p.groups === 'none' ? null : p.groups, ctx)) {
      const d = dagumGini(y, g);
      const mean = y.reduce((a, b) => a + b, 0) / y.length;
      summary.push([year, y.length, mean, d.gini, d.within, d.netBetween, d.transvariation, d.contribution.within, d.contribution.netBetween, d.contribution.transvariation]);
      const at = order.map((label) => d.groups.indexOf(label));
      order.forEach((label, a) => groups.push([year, label, d.groupSizes[at[a]], d.groupMeans[at[a]], d.withinGini[at[a]]]));
      for (let a = 0; a < order.length; a++) {
        for (let b = a + 1; b < order.length; b++) pairs.push([year, order[a], order[b], d.betweenGini[at[a]][at[b]], d.affluence[at[a]][at[b]]]);
      }
    }
    return [
      {
        name: 'summary',
        header: ['year', 'n', 'mean', 'gini', 'within', 'net_between', 'transvariation', 'within_share', 'net_between_share', 'transvariation_share'],
        headerZh: ['年份', '地区数', '均值', '总体基尼系数G', '组内贡献Gw', '组间净值贡献Gnb', '超变密度贡献Gt', '组内贡献率', '组间贡献率', '超变密度贡献率'],
        rows: summary,
      },
      { name: 'groups', header: ['year', 'group', 'n', 'mean', 'within_gini'], headerZh: ['年份', '分组', '地区数', '均值', '组内基尼系数'], rows: groups },
      { name: 'pairs', header: ['year', 'group_a', 'group_b', 'between_gini', 'affluence'], headerZh: ['年份', '分组A', '分组B', '组间基尼系数', '相对经济影响D'], rows: pairs },
    ];
  },
};

/**
 * 泰尔指数分解 / Theil T by year with its within/between decomposition (diagnose/theil.ts).
 * Tables: `summary` (year: T, within, between, shares), `groups` (year, group: size, income share, T_g).
 */
export const disparityTheil: AnalysisDefinition<z.infer<typeof groupedParams>> = {
  op: 'disparity',
  method: 'theil',
  tables: ['summary', 'groups'],
  title: { zh: '泰尔指数及分解', en: 'Theil index decomposition' },
  summary: { zh: '按年份的泰尔指数及组内、组间分解', en: 'Theil T by year with its within/between decomposition' },
  params: groupedParams,
  run(build, p, ctx) {
    const summary: AnalysisCell[][] = [];
    const groups: AnalysisCell[][] = [];
    for (const { year, y, g } of byYear(build, p.node, p.groups === 'none' ? null : p.groups, ctx)) {
      const t = theil(y, g);
      summary.push([year, y.length, t.theil, t.within, t.between, t.contribution.within, t.contribution.between]);
      t.groups.forEach((label, j) => groups.push([year, label, Math.round(t.populationShares[j] * y.length), t.incomeShares[j], t.withinTheil[j]]));
    }
    return [
      { name: 'summary', header: ['year', 'n', 'theil', 'within', 'between', 'within_share', 'between_share'], headerZh: ['年份', '地区数', '泰尔指数', '组内差异', '组间差异', '组内贡献率', '组间贡献率'], rows: summary },
      { name: 'groups', header: ['year', 'group', 'n', 'income_share', 'within_theil'], headerZh: ['年份', '分组', '地区数', '得分份额', '组内泰尔指数'], rows: groups },
    ];
  },
};

/**
 * 变异系数 / Coefficient of variation by year, for all regions (group `all`) and each group (sample SD by default).
 */
export const disparityCv: AnalysisDefinition<z.infer<typeof cvParams>> = {
  op: 'disparity',
  method: 'cv',
  tables: [''],
  title: { zh: '变异系数', en: 'Coefficient of variation' },
  summary: { zh: '按年份的变异系数（全体与各分组）', en: 'coefficient of variation by year, overall and by group' },
  params: cvParams,
  run(build, p, ctx) {
    const key = p.groups === 'auto' ? (build.results.regions.every((r) => r.groups.region4) ? 'region4' : null) : p.groups === 'none' ? null : p.groups;
    const rows: AnalysisCell[][] = [];
    for (const { year, y, g, order } of byYear(build, p.node, key, ctx)) {
      const line = (label: string, values: number[]) => {
        const n = values.length;
        const mean = values.reduce((a, b) => a + b, 0) / n;
        const enough = n >= (p.sample ? 2 : 1) && mean !== 0;
        const cv = enough ? coefficientOfVariation(values, { sample: p.sample }) : null;
        rows.push([year, label, n, mean, cv === null ? null : cv * mean, cv]);
      };
      line('all', y);
      if (key !== null) for (const label of order) line(label, y.filter((_, i) => g[i] === label));
    }
    return [{ name: '', header: ['year', 'group', 'n', 'mean', 'sd', 'cv'], headerZh: ['年份', '分组', '地区数', '均值', '标准差', '变异系数'], rows }];
  },
};
