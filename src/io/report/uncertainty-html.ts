/**
 * 不确定性与敏感性分析报告 / The uncertainty and sensitivity report (`nqpf sensitivity` writes report.html):
 * one self-contained page, no scripts, no network — the report's stylesheet inline, charts as inline SVG from
 * ECharts' server-side renderer. Sections: (1) rank intervals of the target in the latest year, regions sorted by
 * nominal rank: a bar from the 5th to the 95th percentile rank, a tick at the median, a dot at the nominal rank;
 * (2) for a sensitivity analysis, S_i (Saltelli 2010) and S_Ti (Jansen 1999) per uncertain input with their
 * bootstrap 5–95% intervals as error bars, and the same numbers as a table; (3) the uncertain inputs (step id,
 * pointer, values or range), runs, failures and the seed. zh or en; every data text escaped (html.ts).
 * Deterministic: the same result gives the same bytes (no dates, no thread count, chart ids keyed per chart).
 * Browser-safe (no node:*), so the web app can reuse it.
 *
 * @example uncertaintyReportHtml(build, result, { lang: 'en' }) // => '<!DOCTYPE html>\n<html lang="en">…'
 */
import * as echarts from 'echarts/core';
import { install as CustomChart } from 'echarts/lib/chart/custom/install.js';
import { install as ScatterChart } from 'echarts/lib/chart/scatter/install.js';
import type { Build, Lang, LocalizedName } from '../../core/index.js';
import type { UncertaintyResult } from '../../core/uncertainty/analysis.js';
import type { Factor } from '../../core/uncertainty/plan.js';
import { html, table, trusted, type SafeHtml } from './html.js';
import { UNCERTAINTY_NOTES } from './analysis-notes.js';
import { localized } from './labels.js';
import { reportPage } from './page.js';
import { renderSvg } from './svg-chart.js';
import { indexBarSeries, INTERVAL_COLORS, rankIntervalSeries } from './interval-series.js';

echarts.use([CustomChart, ScatterChart]);

export interface UncertaintyReportOptions {
  lang: Lang;
  /** The analysis was stopped early: intervals and indices use the finished rows only. */
  interrupted?: boolean;
}

const TEXT = {
  uncertaintyTitle: { zh: '不确定性分析报告', en: 'Uncertainty analysis report' },
  sensitivityTitle: { zh: '敏感性分析报告', en: 'Sensitivity analysis report' },
  summary: { zh: '概要', en: 'Summary' },
  target: { zh: '目标节点', en: 'Target node' },
  type: { zh: '分析类型', en: 'Analysis' },
  uncertainty: { zh: '不确定性分析（N 次运行）', en: 'uncertainty analysis (N runs)' },
  sensitivity: { zh: '敏感性分析（Saltelli 设计，N(d+2) 次运行）', en: 'sensitivity analysis (Saltelli design, N(d+2) runs)' },
  sample: { zh: '基础样本量 N', en: 'Base sample size N' },
  runs: { zh: '运行次数', en: 'Runs' },
  completed: { zh: '完成的运行', en: 'Completed runs' },
  failed: { zh: '失败的运行', en: 'Failed runs' },
  seed: { zh: '随机种子', en: 'Seed' },
  specHash: { zh: '规格哈希', en: 'Spec hash' },
  engine: { zh: '引擎版本', en: 'Engine version' },
  interrupted: { zh: '分析被用户中断：区间与指数仅基于已完成的行。', en: 'Interrupted by the user: intervals and indices use the finished rows only.' },
  rankIntervals: { zh: '排名区间', en: 'Rank intervals' },
  rankCaption: {
    zh: '{year}年 {target} 的排名：按名义排名排序；条 = 5%–95% 分位排名，竖线 = 中位数，圆点 = 名义排名（{runs} 次运行）',
    en: '{target} ranks in {year}, sorted by nominal rank; bar = 5th–95th percentile rank, tick = median, dot = nominal rank ({runs} runs)',
  },
  rankCaptionTimeless: {
    zh: '{target} 的排名：按名义排名排序；条 = 5%–95% 分位排名，竖线 = 中位数，圆点 = 名义排名（{runs} 次运行）',
    en: '{target} ranks, sorted by nominal rank; bar = 5th–95th percentile rank, tick = median, dot = nominal rank ({runs} runs)',
  },
  interval: { zh: '5%–95% 分位', en: '5th–95th percentile' },
  median: { zh: '中位数', en: 'median' },
  nominal: { zh: '名义排名', en: 'nominal rank' },
  rank: { zh: '排名', en: 'rank' },
  indices: { zh: '敏感性指数', en: 'Sensitivity indices' },
  indicesCaption: {
    zh: '平均绝对排名变化的一阶指数 S_i（Saltelli 2010）与总效应指数 S_Ti（Jansen 1999）；误差线 = 自助法 5%–95% 区间',
    en: 'First-order S_i (Saltelli 2010) and total S_Ti (Jansen 1999) of the mean absolute rank change; error bars = bootstrap 5–95% intervals',
  },
  first: { zh: '一阶 S_i', en: 'first-order S_i' },
  total: { zh: '总效应 S_Ti', en: 'total S_Ti' },
  interval595: { zh: '5%–95%', en: '5–95%' },
  inputs: { zh: '不确定输入', en: 'Uncertain inputs' },
  factor: { zh: '因素', en: 'Input' },
  step: { zh: '步骤', en: 'Step' },
  pointer: { zh: '指针', en: 'Pointer' },
  values: { zh: '取值', en: 'Values' },
  uniform: { zh: '均匀分布 [{low}, {high}]', en: 'uniform on [{low}, {high}]' },
  noIndices: { zh: '不确定性分析不计算敏感性指数（使用 --type sensitivity）。', en: 'An uncertainty analysis has no sensitivity indices (use --type sensitivity).' },
  method: { zh: '方法说明', en: 'Method' },
  methodIntro: { zh: '公式、约定与参考文献（详见 docs/METHODS.md）。', en: 'Formulas, conventions and references (at length in docs/METHODS.md).' },
  formula: { zh: '公式', en: 'Formula' },
  conventions: { zh: '约定', en: 'Conventions' },
  reference: { zh: '参考文献', en: 'Reference' },
} as const satisfies Record<string, LocalizedName>;

type Key = keyof typeof TEXT;

function t(lang: Lang, key: Key, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}


/** 16 px kept left of the axis labels: the server-side renderer estimates text widths, and browsers' fonts run wider. */
const OUTER_BOUNDS = { left: 16 };

const fixed = (value: number, decimals: number): string => (Number.isFinite(value) ? value.toFixed(decimals) : '—');

export function uncertaintyReportHtml(build: Build, result: UncertaintyResult, options: UncertaintyReportOptions): string {
  const { lang } = options;
  const { plan } = result;
  const node = build.results.framework.nodes.find((n) => n.code === plan.target);
  const target = node ? node.name[lang] : plan.target;
  const title = `${localized(build.spec.name, lang) ?? target} · ${t(lang, plan.type === 'sensitivity' ? 'sensitivityTitle' : 'uncertaintyTitle')}`;
  return reportPage({
    lang,
    title,
    subtitle: `nqpf ${build.engineVersion}`,
    engineVersion: build.engineVersion,
    body: html`${summarySection(build, result, target, options)}${rankSection(build, result, target, lang)}${indicesSection(result, lang)}${methodSection(result, lang)}`,
  });
}

function summarySection(build: Build, result: UncertaintyResult, target: string, options: UncertaintyReportOptions): SafeHtml {
  const { lang } = options;
  const { plan } = result;
  const facts: [Key, string | number][] = [
    ['type', t(lang, plan.type)],
    ['target', `${target} (${plan.target})`],
    ['sample', plan.rows],
    ['runs', plan.totalRuns],
    ['completed', result.completedRows * plan.runsPerRow],
    ['failed', result.failures.length],
    ['seed', plan.seed],
    ['specHash', build.specHash],
    ['engine', build.engineVersion],
  ];
  const columns = [
    { head: t(lang, 'factor'), cell: (f: Factor) => html`<code>${f.name}</code>` },
    { head: t(lang, 'step'), cell: (f: Factor) => f.stepId },
    { head: t(lang, 'pointer'), cell: (f: Factor) => html`<code>${f.pointer}</code>` },
    { head: t(lang, 'values'), cell: (f: Factor) => factorValues(f, lang) },
  ];
  return html`<section id="summary"><h2>${t(lang, 'summary')}</h2>
${options.interrupted ? html`<p><strong>${t(lang, 'interrupted')}</strong></p>` : ''}<dl class="facts">${facts.map(([k, v]) => html`<dt>${t(lang, k)}</dt><dd>${v}</dd>`)}</dl>
<h3>${t(lang, 'inputs')}</h3>
${table(columns, plan.factors, 'compact inputs')}</section>
`;
}

function factorValues(f: Factor, lang: Lang): string {
  if (f.uniform) return t(lang, 'uniform', { low: f.uniform[0], high: f.uniform[1] });
  return (f.values ?? []).map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v) : JSON.stringify(v))).join(' · ');
}

interface RankRow {
  label: string;
  nominal: number;
  median: number;
  low: number;
  high: number;
}

/** The cells of the latest year (cells are year-major: region r of year index y at y · regions + r). */
function latestYearRows(build: Build, result: UncertaintyResult, lang: Lang): RankRow[] {
  const { regions, years } = build.results;
  const last = years.indexOf(Math.max(...years));
  const rows = regions.map((region, r) => {
    const c = result.intervals[last * regions.length + r];
    return { label: region.name[lang] || region.code, code: region.code, nominal: c.nominalRank, median: c.medianRank, low: c.q05Rank, high: c.q95Rank };
  });
  const order = (v: number) => (Number.isFinite(v) ? v : Infinity);
  rows.sort((a, b) => order(a.nominal) - order(b.nominal) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return rows.map(({ code: _, ...row }) => row);
}

function rankSection(build: Build, result: UncertaintyResult, target: string, lang: Lang): SafeHtml {
  const rows = latestYearRows(build, result, lang);
  const drawn = rows.map((r, k) => [k, r.low, r.high, r.median, r.nominal] as const).filter(([, low, high]) => Number.isFinite(low) && Number.isFinite(high));
  const svg = renderSvg(
    {
      legend: { top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 24, right: 24, top: 32, bottom: 40, outerBounds: OUTER_BOUNDS },
      xAxis: { type: 'value', name: t(lang, 'rank'), nameLocation: 'middle', nameGap: 24, min: 1, max: Math.max(2, rows.length), minInterval: 1, axisLabel: { fontSize: 10, showMaxLabel: false } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { fontSize: 10, interval: 0 }, axisTick: { show: false } },
      series: [
        rankIntervalSeries(t(lang, 'interval'), drawn.map(([k, low, high]) => [k, low, high] as const)),
        {
          type: 'scatter',
          name: t(lang, 'median'),
          symbol: 'rect',
          symbolSize: [2, 12],
          itemStyle: { color: INTERVAL_COLORS.median },
          data: drawn.map(([k, , , median]) => [median, k]),
        },
        {
          type: 'scatter',
          name: t(lang, 'nominal'),
          symbolSize: 7,
          itemStyle: { color: INTERVAL_COLORS.nominal },
          data: drawn.filter(([, , , , nominal]) => Number.isFinite(nominal)).map(([k, , , , nominal]) => [nominal, k]),
        },
      ],
    },
    720,
    Math.max(200, 64 + rows.length * 15),
    'rank-intervals',
  );
  const { years } = build.results;
  const caption = build.trace[0]?.panel.timeless === true
    ? t(lang, 'rankCaptionTimeless', { target, runs: result.completedRows * result.plan.runsPerRow })
    : t(lang, 'rankCaption', { target, year: Math.max(...years), runs: result.completedRows * result.plan.runsPerRow });
  return html`<section id="rank-intervals"><h2>${t(lang, 'rankIntervals')}</h2>
<figure class="chart">${trusted(svg)}<figcaption>${caption}</figcaption></figure></section>
`;
}

function indicesSection(result: UncertaintyResult, lang: Lang): SafeHtml {
  const { indices, plan } = result;
  if (!indices) return html`<section id="sensitivity-indices"><h2>${t(lang, 'indices')}</h2><p class="muted">${t(lang, 'noIndices')}</p></section>\n`;
  const n = indices.length;
  /** One custom series per index: a bar from 0 to the estimate and a whisker over its interval, side by side in the band. */
  const series = (key: 'first' | 'total', offset: number) =>
    indexBarSeries(key, t(lang, key), offset, indices.map((x, k) => (key === 'first' ? [k, x.first, x.firstLow, x.firstHigh] : [k, x.total, x.totalLow, x.totalHigh])));
  const svg = renderSvg(
    {
      color: [INTERVAL_COLORS.first, INTERVAL_COLORS.total],
      legend: { top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 24, right: 24, top: 32, bottom: 24, outerBounds: OUTER_BOUNDS },
      xAxis: { type: 'value', axisLabel: { fontSize: 10 } },
      yAxis: { type: 'category', inverse: true, data: indices.map((s) => s.factor), axisLabel: { fontSize: 10, interval: 0 }, axisTick: { show: false } },
      series: [series('first', -0.5), series('total', 0.5)],
    },
    720,
    Math.max(160, 72 + n * 48),
    'sensitivity-indices',
  );
  type Row = (typeof indices)[number];
  const interval = (low: number, high: number) => `[${fixed(low, 3)}, ${fixed(high, 3)}]`;
  const columns = [
    { head: t(lang, 'factor'), cell: (s: Row) => html`<code>${s.factor}</code>` },
    { head: t(lang, 'first'), cell: (s: Row) => fixed(s.first, 3), numeric: true },
    { head: t(lang, 'interval595'), cell: (s: Row) => interval(s.firstLow, s.firstHigh), numeric: true },
    { head: t(lang, 'total'), cell: (s: Row) => fixed(s.total, 3), numeric: true },
    { head: t(lang, 'interval595'), cell: (s: Row) => interval(s.totalLow, s.totalHigh), numeric: true },
  ];
  return html`<section id="sensitivity-indices"><h2>${t(lang, 'indices')}</h2>
<figure class="chart">${trusted(svg)}<figcaption>${t(lang, 'indicesCaption')} (N = ${plan.rows})</figcaption></figure>
${table(columns, indices, 'compact')}</section>
`;
}

/** The formulas behind the page (the same notes as the build report's appendix). */
function methodSection(result: UncertaintyResult, lang: Lang): SafeHtml {
  const kinds: ('uncertainty' | 'sensitivity')[] = result.plan.type === 'sensitivity' ? ['uncertainty', 'sensitivity'] : ['uncertainty'];
  return html`<section id="method"><h2>${t(lang, 'method')}</h2><p class="muted">${t(lang, 'methodIntro')}</p>${kinds.map((kind) => {
    const note = UNCERTAINTY_NOTES[kind];
    return html`<div class="method"><h3>${t(lang, kind)}</h3><p><strong>${t(lang, 'formula')}</strong> <span class="formula">${note.formula[lang]}</span></p><p><strong>${t(lang, 'conventions')}</strong> ${note.conventions[lang]}</p><p><strong>${t(lang, 'reference')}</strong> ${note.reference}</p></div>`;
  })}</section>
`;
}
