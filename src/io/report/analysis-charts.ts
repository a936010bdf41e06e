/**
 * Inline SVG charts (and one text table) for the diagnostics, placed beside each analysis's tables in the report:
 * Dagum Gini and Theil decompositions by year, CV by group, kernel densities of a few years, global Moran's I with
 * its p-values, LISA clusters on the China map, coupling coordination D by region, σ-convergence, the top obstacles
 * and the typology's region profiles. Each reads its analysis's own tables by column name; an analysis without a
 * figure here (trends, Markov chains) or a table missing a column gets none. Chart keys are `a<k>` from the
 * analysis's position, never its id (ids are spec text, and keys go into SVG id attributes unescaped).
 */
import type { AnalysisCell, AnalysisResult, AnalysisTable } from '../../core/analyses/types.js';
import type { Lang } from '../../core/index.js';
import { REGION4_LABELS } from '../../core/regions/index.js';
import type { ReportContext } from './context.js';
import { html, table, trusted, type SafeHtml } from './html.js';
import { label, type LabelKey } from './labels.js';
import { chinaMapSeries, renderSvg } from './svg-chart.js';

const PALETTE = ['#3b6ea8', '#d1743c', '#4a9a6b', '#8c5aa8', '#b8a23a', '#5a8fa8', '#a84a5a'];
/** LISA cluster colours (GeoDa's: HH red, LL blue, HL pink, LH light blue; not significant grey). */
const LISA_COLOURS = { HH: '#d7191c', HL: '#f4a6a6', LH: '#9ec9e2', LL: '#2c7bb6', ns: '#eeeeee' } as const;
/** The ten coupling coordination bands, extreme imbalance (1, red) to quality coordination (10, green). */
const BAND_COLOURS = ['#a50026', '#d73027', '#f46d43', '#fdae61', '#fee08b', '#d9ef8b', '#a6d96a', '#66bd63', '#1a9850', '#006837'];

/** A figure for analysis `a` (the k-th of the build), or nothing. `chinaMap`: the China map is registered. */
export function analysisFigure(c: ReportContext, a: AnalysisResult, k: number, chinaMap: boolean): SafeHtml | null {
  const key = `a${k}`;
  switch (`${a.op}/${a.method}`) {
    case 'disparity/dagum-gini':
      return decomposition(c, tableOf(a, 'summary'), key, 'gini', ['within', 'net_between', 'transvariation'], 'dagumCaption');
    case 'disparity/theil':
      return decomposition(c, tableOf(a, 'summary'), key, 'theil', ['within', 'between'], 'theilCaption');
    case 'disparity/cv':
      return cvByGroup(c, tableOf(a, ''), key);
    case 'kernel-density/kernel-density':
      return densities(c, tableOf(a, ''), key);
    case 'moran/moran':
      return moranLine(c, tableOf(a, ''), key);
    case 'local-moran/local-moran':
      return chinaMap ? lisaMap(c, tableOf(a, ''), key) : null;
    case 'coupling/classic':
    case 'coupling/corrected':
      return couplingBars(c, tableOf(a, ''), key);
    case 'convergence/convergence':
      return sigmaLine(c, tableOf(a, 'sigma'), key);
    case 'obstacle/obstacle':
      return obstacleBars(c, tableOf(a, 'indicators'), key);
    case 'typology/typology':
      return typologyTable(c, tableOf(a, 'regions'));
    default:
      return null;
  }
}

function tableOf(a: AnalysisResult, name: string): AnalysisTable | undefined {
  return a.tables.find((t) => t.name === name);
}

/** Column readers by header name; undefined when a column is missing. */
function columns<K extends string>(t: AnalysisTable | undefined, names: readonly K[]): Record<K, (row: AnalysisCell[]) => AnalysisCell> | undefined {
  if (!t || t.rows.length === 0) return undefined;
  const out = {} as Record<K, (row: AnalysisCell[]) => AnalysisCell>;
  for (const name of names) {
    const k = t.header.indexOf(name);
    if (k < 0) return undefined;
    out[name] = (row) => row[k];
  }
  return out;
}

const num = (v: AnalysisCell): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number.NaN);
const orNull = (v: number): number | null => (Number.isFinite(v) ? v : null);
const axisText = { fontSize: 10 };

function figure(svg: string, caption: string): SafeHtml {
  return html`<figure class="diagnostic">${trusted(svg)}<figcaption>${caption}</figcaption></figure>`;
}

function groupName(group: string, lang: Lang): string {
  if (group === 'all') return label(lang, 'all');
  return REGION4_LABELS[group as keyof typeof REGION4_LABELS]?.[lang] ?? group;
}

/** Overall index as a line over stacked contributions (they sum to it), by year. */
function decomposition(c: ReportContext, t: AnalysisTable | undefined, key: string, total: string, parts: string[], caption: LabelKey): SafeHtml | null {
  const col = columns(t, ['year', total, ...parts]);
  if (!col) return null;
  const rows = t!.rows;
  const name = (part: string) => label(c.lang, `part_${part}` as LabelKey);
  const svg = renderSvg(
    {
      color: PALETTE,
      legend: { top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 24, top: 36, bottom: 8 },
      xAxis: { type: 'category', data: rows.map((r) => String(col.year(r))), axisLabel: axisText },
      yAxis: { type: 'value', axisLabel: axisText },
      series: [
        ...parts.map((part) => ({ type: 'bar', name: name(part), stack: 'parts', data: rows.map((r) => orNull(num(col[part](r)))), barCategoryGap: '30%' })),
        { type: 'line', name: name(total), data: rows.map((r) => orNull(num(col[total](r)))), symbolSize: 5, lineStyle: { width: 2 }, itemStyle: { color: '#1d2433' } },
      ],
    },
    720,
    300,
    key,
  );
  return figure(svg, label(c.lang, caption));
}

/** One line per group (all regions first). */
function cvByGroup(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['year', 'group', 'cv']);
  if (!col) return null;
  const years = [...new Set(t!.rows.map((r) => num(col.year(r))))];
  const groups = [...new Set(t!.rows.map((r) => String(col.group(r))))];
  const value = new Map(t!.rows.map((r) => [`${col.year(r)}|${col.group(r)}`, num(col.cv(r))]));
  return figure(
    lines(years, groups.map((g) => ({ name: groupName(g, c.lang), values: years.map((y) => value.get(`${y}|${g}`) ?? Number.NaN) })), key),
    label(c.lang, 'cvCaption'),
  );
}

/** σ-convergence: the coefficient of variation of all regions by year. */
function sigmaLine(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['year', 'cv']);
  if (!col) return null;
  return figure(lines(t!.rows.map((r) => num(col.year(r))), [{ name: label(c.lang, 'part_cv'), values: t!.rows.map((r) => num(col.cv(r))) }], key), label(c.lang, 'sigmaCaption'));
}

function lines(years: number[], series: { name: string; values: number[] }[], key: string): string {
  return renderSvg(
    {
      color: PALETTE,
      legend: { top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 24, top: 36, bottom: 8 },
      xAxis: { type: 'category', data: years.map(String), axisLabel: axisText },
      yAxis: { type: 'value', scale: true, axisLabel: axisText },
      series: series.map((s) => ({ type: 'line', name: s.name, data: s.values.map(orNull), symbolSize: 4 })),
    },
    720,
    280,
    key,
  );
}

/** Density curves of the index for up to four years spread over the span (first and last always). */
function densities(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['year', 'x', 'density']);
  if (!col) return null;
  const years = [...new Set(t!.rows.map((r) => String(col.year(r))))];
  const picked = [...new Set([0, 1, 2, 3].map((q) => years[Math.round((q * (years.length - 1)) / 3)]))];
  const svg = renderSvg(
    {
      color: PALETTE,
      legend: { top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 24, top: 36, bottom: 8 },
      xAxis: { type: 'value', scale: true, axisLabel: axisText },
      yAxis: { type: 'value', axisLabel: axisText },
      series: picked.map((y) => ({
        type: 'line',
        name: y,
        showSymbol: false,
        lineStyle: { width: 1.5 },
        data: t!.rows.filter((r) => String(col.year(r)) === y).map((r) => [num(col.x(r)), num(col.density(r))]),
      })),
    },
    720,
    280,
    key,
  );
  return figure(svg, label(c.lang, 'densityCaption'));
}

/** Global Moran's I by year; each point labelled with its p-value, filled when p < 0.05. */
function moranLine(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['year', 'i', 'p_permutation', 'p_randomization']);
  if (!col) return null;
  const rows = t!.rows;
  const permuted = rows.some((r) => Number.isFinite(num(col.p_permutation(r))));
  const p = (r: AnalysisCell[]) => num(permuted ? col.p_permutation(r) : col.p_randomization(r));
  const svg = renderSvg(
    {
      grid: { left: 8, right: 24, top: 24, bottom: 8 },
      xAxis: { type: 'category', data: rows.map((r) => String(col.year(r))), axisLabel: axisText },
      yAxis: { type: 'value', scale: true, axisLabel: axisText },
      series: [
        {
          type: 'line',
          lineStyle: { color: PALETTE[0] },
          data: rows.map((r) => {
            const significant = p(r) < 0.05;
            return {
              value: orNull(num(col.i(r))),
              symbol: significant ? 'circle' : 'emptyCircle',
              symbolSize: significant ? 9 : 6,
              itemStyle: { color: significant ? '#d7191c' : PALETTE[0] },
              label: { show: true, position: 'top', fontSize: 9, color: '#5a6478', formatter: Number.isFinite(p(r)) ? `p=${p(r).toFixed(3)}` : '' },
            };
          }),
        },
      ],
    },
    720,
    280,
    key,
  );
  return figure(svg, label(c.lang, permuted ? 'moranCaptionPermutation' : 'moranCaptionRandomization'));
}

const LISA_ORDER = ['HH', 'HL', 'LH', 'LL', 'ns'] as const;

/** LISA clusters on the schematic China map; the legend is the map's piecewise visual map. */
function lisaMap(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['region', 'year', 'cluster']);
  if (!col) return null;
  const year = col.year(t!.rows[0]);
  const svg = renderSvg(
    {
      visualMap: {
        type: 'piecewise',
        left: 10,
        bottom: 10,
        itemWidth: 14,
        itemHeight: 10,
        textStyle: { fontSize: 10 },
        pieces: LISA_ORDER.map((cluster, value) => ({ value, label: label(c.lang, `lisa_${cluster}`), color: LISA_COLOURS[cluster] })),
      },
      series: [
        chinaMapSeries(
          t!.rows.map((r) => ({ name: String(col.region(r)), value: Math.max(0, LISA_ORDER.indexOf(String(col.cluster(r)) as (typeof LISA_ORDER)[number])) })),
          '#ffffff',
        ),
      ],
    },
    720,
    540,
    key,
  );
  return figure(svg, `${label(c.lang, 'lisaCaption', { year: String(year) })} ${label(c.lang, 'mapCaption')}`);
}

/** Coupling coordination D of the latest year by region, highest first, each bar in its band's colour. */
function couplingBars(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['region', 'year', 'd', 'band', 'band_zh', 'band_en']);
  if (!col) return null;
  const year = Math.max(...t!.rows.map((r) => num(col.year(r))));
  const names = new Map(c.build.results.regions.map((r) => [r.code, c.regionName(r)]));
  const bars = t!.rows
    .filter((r) => num(col.year(r)) === year && Number.isFinite(num(col.d(r))))
    .map((r) => ({ name: names.get(String(col.region(r))) ?? String(col.region(r)), d: num(col.d(r)), band: num(col.band(r)), text: String(c.lang === 'zh' ? col.band_zh(r) : col.band_en(r)) }))
    .sort((x, y) => x.d - y.d || (x.name < y.name ? -1 : 1));
  const svg = renderSvg(
    {
      grid: { left: 8, right: 150, top: 8, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 1, axisLabel: axisText },
      yAxis: { type: 'category', data: bars.map((b) => b.name), axisLabel: { fontSize: 10, interval: 0 }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          barCategoryGap: '25%',
          data: bars.map((b) => ({
            value: b.d,
            itemStyle: { color: BAND_COLOURS[Math.min(9, Math.max(0, b.band - 1))] ?? '#999' },
            label: { show: true, position: 'right', fontSize: 9, formatter: `${b.d.toFixed(3)} ${b.text}` },
          })),
        },
      ],
    },
    720,
    Math.max(160, 40 + bars.length * 16),
    key,
  );
  return figure(svg, label(c.lang, 'couplingCaption', { year }));
}

/** The indicators with the largest mean obstacle degree across regions in the latest year (top 10). */
function obstacleBars(c: ReportContext, t: AnalysisTable | undefined, key: string): SafeHtml | null {
  const col = columns(t, ['year', 'indicator', 'obstacle']);
  if (!col) return null;
  const year = Math.max(...t!.rows.map((r) => num(col.year(r))));
  const sums = new Map<string, { sum: number; n: number }>();
  for (const r of t!.rows) {
    const value = num(col.obstacle(r));
    if (num(col.year(r)) !== year || !Number.isFinite(value)) continue;
    const entry = sums.get(String(col.indicator(r))) ?? { sum: 0, n: 0 };
    entry.sum += value;
    entry.n++;
    sums.set(String(col.indicator(r)), entry);
  }
  const top = [...sums]
    .map(([code, s]) => ({ name: c.nodeName(code), value: s.sum / s.n }))
    .sort((x, y) => y.value - x.value || (x.name < y.name ? -1 : 1))
    .slice(0, 10)
    .reverse();
  const svg = renderSvg(
    {
      color: [PALETTE[1]],
      grid: { left: 8, right: 48, top: 8, bottom: 24 },
      xAxis: { type: 'value', axisLabel: { fontSize: 10, formatter: '{value}%' } },
      yAxis: { type: 'category', data: top.map((b) => b.name), axisLabel: { fontSize: 10, interval: 0, width: 260, overflow: 'truncate' }, axisTick: { show: false } },
      series: [{ type: 'bar', barCategoryGap: '25%', data: top.map((b) => b.value), label: { show: true, position: 'right', fontSize: 9, formatter: (p: { value: number }) => `${p.value.toFixed(1)}%` } }],
    },
    720,
    Math.max(160, 40 + top.length * 22),
    key,
  );
  return figure(svg, label(c.lang, 'obstacleCaption', { year }));
}

/** The typology as text: each region's type and its generated profile, by rank. */
function typologyTable(c: ReportContext, t: AnalysisTable | undefined): SafeHtml | null {
  const col = columns(t, ['region', 'rank', 'type_zh', 'type_en', 'profile_zh', 'profile_en']);
  if (!col) return null;
  const names = new Map(c.build.results.regions.map((r) => [r.code, c.regionName(r)]));
  const zh = c.lang === 'zh';
  const rows = [...t!.rows].sort((x, y) => num(col.rank(x)) - num(col.rank(y)));
  return html`<h4>${label(c.lang, 'typologyProfiles')}</h4>${table(
    [
      { head: label(c.lang, 'rank'), cell: (r: AnalysisCell[]) => String(col.rank(r) ?? '–'), numeric: true },
      { head: label(c.lang, 'region'), cell: (r) => names.get(String(col.region(r))) ?? String(col.region(r)) },
      { head: label(c.lang, 'regionType'), cell: (r) => String((zh ? col.type_zh(r) : col.type_en(r)) ?? '') },
      { head: label(c.lang, 'profile'), cell: (r) => String((zh ? col.profile_zh(r) : col.profile_en(r)) ?? '') },
    ],
    rows,
    'compact typology',
  )}`;
}
