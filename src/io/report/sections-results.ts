import { CHINA_PROVINCES, REGION4_LABELS, REGION4_ORDER } from '../../core/regions/index.js';
import type { Region } from '../../core/index.js';
import { findAnalysis } from '../../core/analyses/registry.js';
import { analysisFigure } from './analysis-charts.js';
import { barChartSvg, chinaMapSvg, lineChartSvg } from './charts.js';
import { changeText, rankText, type ReportContext } from './context.js';
import { html, table, trusted, type SafeHtml } from './html.js';
import { label } from './labels.js';
import { paramsText } from './sections-build.js';

/** Report sections about the results: map and ranking, region profiles, analyses. */

const PROVINCE_CODES = new Set(CHINA_PROVINCES.map((p) => p.code));

/** A build of China's provinces gets the map; anything else a bar chart. */
export function isProvinceBuild(regions: readonly Region[]): boolean {
  return regions.length > 0 && regions.every((r) => PROVINCE_CODES.has(r.code));
}

interface RankRow {
  region: Region;
  r: number;
  score: number;
  rank: number;
}

function rankedRows(c: ReportContext, node: string, t: number): RankRow[] {
  const { regions, scores, ranks } = c.build.results;
  return regions
    .map((region, r) => ({ region, r, score: c.at(scores[node], t, r), rank: c.at(ranks[node], t, r) }))
    .sort((a, b) => (Number.isNaN(a.rank) ? 1 : 0) - (Number.isNaN(b.rank) ? 1 : 0) || a.rank - b.rank || cmp(a.region.code, b.region.code));
}

/**
 * At county and firm scale the report summarises instead of listing every unit: above LIST_UNITS units the
 * tables show the top and bottom LIST_EACH (with a line saying how many are left out and that scores.csv has
 * them all) and the bar chart becomes the top LIST_EACH plus a histogram of every unit's score.
 */
const LIST_UNITS = 60;
const LIST_EACH = 25;
const HISTOGRAM_BINS = 20;

/** The rows a table lists: all, or the top and bottom LIST_EACH of a long ranking. */
function listed(rows: RankRow[]): RankRow[] {
  return rows.length > LIST_UNITS ? [...rows.slice(0, LIST_EACH), ...rows.slice(-LIST_EACH)] : rows;
}

function summarisedNote(c: ReportContext, rows: RankRow[]): SafeHtml {
  if (rows.length <= LIST_UNITS) return html``;
  return html`<p class="muted">${label(c.lang, 'unitsSummarised', { total: rows.length, top: LIST_EACH, bottom: LIST_EACH, between: rows.length - 2 * LIST_EACH })}</p>`;
}

/** Counts of the finite scores in HISTOGRAM_BINS equal-width bins, as bars labelled by their range. */
function histogramSvg(c: ReportContext, scores: number[]): string {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of scores) {
    lo = Math.min(lo, v);
    hi = Math.max(hi, v);
  }
  const width = hi > lo ? (hi - lo) / HISTOGRAM_BINS : 1;
  const counts = new Array<number>(HISTOGRAM_BINS).fill(0);
  for (const v of scores) counts[Math.min(HISTOGRAM_BINS - 1, Math.floor((v - lo) / width))]++;
  const bars = counts.map((n, k) => ({ label: `${c.score(lo + k * width)}–${c.score(lo + (k + 1) * width)}`, value: n }));
  return barChartSvg(bars.reverse(), 'histogram', 0);
}

export function rankingSection(c: ReportContext, chinaMap: boolean): SafeHtml {
  const { lang, build, root, latest } = c;
  const { years, ranks } = build.results;
  const year = years[latest];
  const rows = rankedRows(c, root.code, latest);
  const finite = rows.filter((x) => Number.isFinite(x.score));
  const many = rows.length > LIST_UNITS;
  const bars = (shown: RankRow[]) => barChartSvg(shown.map((x) => ({ label: c.regionName(x.region), value: x.score })), 'bars', c.decimals);
  const chart = chinaMap
    ? html`<figure>${trusted(chinaMapSvg(rows.map((x) => ({ code: x.region.code, value: x.score })), 'map', lang, c.decimals))}<figcaption>${root.name[lang]} ${c.timeless ? '' : year} · ${label(lang, 'mapCaption')}</figcaption></figure>`
    : many
      ? html`<figure>${trusted(bars(finite.slice(0, LIST_EACH)))}<figcaption>${root.name[lang]} · ${label(lang, 'topUnits', { top: LIST_EACH })}${c.timeless ? '' : ` · ${year}`}</figcaption></figure>
<figure>${trusted(histogramSvg(c, finite.map((x) => x.score)))}<figcaption>${root.name[lang]} · ${label(lang, 'distribution', { year: c.timeless ? '' : year })}</figcaption></figure>`
      : html`<figure>${trusted(bars(finite))}<figcaption>${root.name[lang]} · ${c.timeless ? '' : label(lang, 'barCaption', { year })}</figcaption></figure>`;
  const multi = years.length > 1;
  const grouped = build.results.regions.every((r) => r.groups.region4 !== undefined);
  const latestTable = table<RankRow>(
    [
      { head: label(lang, 'rank'), cell: (x) => rankText(x.rank), numeric: true },
      { head: label(lang, 'region'), cell: (x) => c.regionName(x.region) },
      ...(grouped ? [{ head: label(lang, 'group'), cell: (x: RankRow) => groupName(x.region, lang) }] : []),
      { head: label(lang, 'score'), cell: (x) => c.score(x.score), numeric: true },
      ...(multi
        ? [
            { head: label(lang, 'changePrev'), cell: (x: RankRow) => changeText(c.at(ranks[root.code], latest - 1, x.r) - x.rank), numeric: true },
            { head: label(lang, 'changeFirst', { year: years[0] }), cell: (x: RankRow) => changeText(c.at(ranks[root.code], 0, x.r) - x.rank), numeric: true },
          ]
        : []),
    ],
    listed(rows),
    'compact ranking',
  );
  return html`<section id="ranking"><h2>${label(lang, chinaMap ? 'ranking' : 'scoresRanking')}</h2>${chart}
<h3>${c.timeless ? label(lang, 'ranking1') : label(lang, 'latestYear', { year })}</h3>${summarisedNote(c, rows)}${latestTable}${multi ? trendTables(c, rows, grouped) : ''}</section>\n`;
}

function trendTables(c: ReportContext, latestRows: RankRow[], grouped: boolean): SafeHtml {
  const { lang, build, root } = c;
  const { years, regions, scores, ranks } = build.results;
  const groups = grouped ? REGION4_ORDER.filter((g) => regions.some((r) => r.groups.region4 === g)) : [];
  const meanOf = (members: number[], t: number): number => {
    const values = members.map((r) => c.at(scores[root.code], t, r)).filter(Number.isFinite);
    return values.length ? values.reduce((s, v) => s + v, 0) / values.length : Number.NaN;
  };
  const everyone = regions.map((_, r) => r);
  const series = [
    { name: label(lang, 'all'), values: years.map((_, t) => meanOf(everyone, t)) },
    ...groups.map((g) => ({
      name: REGION4_LABELS[g][lang],
      values: years.map((_, t) => meanOf(everyone.filter((r) => regions[r].groups.region4 === g), t)),
    })),
  ];
  const line = trusted(lineChartSvg(years, series, 'trend'));
  const byYear = table(
    [
      { head: label(lang, 'region'), cell: (x: RankRow) => c.regionName(x.region) },
      ...years.map((y, t) => ({ head: String(y), cell: (x: RankRow) => rankText(c.at(ranks[root.code], t, x.r)), numeric: true })),
    ],
    listed(latestRows),
    'compact matrix',
  );
  return html`<h3>${label(lang, 'meansByYear')}</h3><figure>${line}<figcaption>${root.name[lang]} · ${label(lang, 'mean')}</figcaption></figure>
<h3>${label(lang, 'rankByYear')}</h3>${byYear}`;
}

function groupName(region: Region, lang: ReportContext['lang']): string {
  const g = region.groups.region4 as keyof typeof REGION4_LABELS;
  return REGION4_LABELS[g]?.[lang] ?? region.groups.region4;
}

/** At most this many profile columns; beyond it only the index's direct children are shown. */
const PROFILE_COLUMNS = 12;

export function profilesSection(c: ReportContext): SafeHtml {
  const { lang, build, root, latest } = c;
  const { years, scores, ranks, framework } = build.results;
  const aggregates = framework.nodes.filter((n) => n.code !== root.code && n.level > 1 && scores[n.code]);
  const direct = framework.nodes.filter((n) => n.parent === root.code && scores[n.code]);
  const depthFirst = (nodes: typeof aggregates) => {
    const keep = new Set(nodes.map((n) => n.code));
    const out: typeof aggregates = [];
    const visit = (code: string): void => {
      for (const kid of framework.nodes.filter((n) => n.parent === code)) {
        if (keep.has(kid.code)) out.push(kid);
        visit(kid.code);
      }
    };
    visit(root.code);
    return out;
  };
  const columns = aggregates.length > 0 && aggregates.length <= PROFILE_COLUMNS ? depthFirst(aggregates) : direct;
  if (columns.length === 0) return html``;
  const ranges = new Map(
    [root, ...columns].map((n) => {
      let lo = Infinity;
      let hi = -Infinity;
      build.results.regions.forEach((_, r) => {
        const v = c.at(scores[n.code], latest, r);
        if (Number.isFinite(v)) [lo, hi] = [Math.min(lo, v), Math.max(hi, v)];
      });
      return [n.code, [lo, hi] as const];
    }),
  );
  const cell = (code: string, x: RankRow): SafeHtml => {
    const value = c.at(scores[code], latest, x.r);
    if (!Number.isFinite(value)) return html`–`;
    const [lo, hi] = ranges.get(code)!;
    const share = hi > lo ? (100 * (value - lo)) / (hi - lo) : 100;
    return html`<span class="prof" style="--w:${share.toFixed(0)}%">${c.score(value)} <span class="muted">(${rankText(c.at(ranks[code], latest, x.r))})</span></span>`;
  };
  const rows = rankedRows(c, root.code, latest);
  return html`<section id="profiles"><h2>${label(lang, 'profiles')}</h2><p class="muted">${label(lang, 'profilesIntro', { year: c.timeless ? '' : years[latest] })}</p>${table(
    [
      { head: label(lang, 'region'), cell: (x: RankRow) => c.regionName(x.region) },
      { head: root.name[lang], cell: (x: RankRow) => cell(root.code, x), numeric: true },
      ...columns.map((n) => ({ head: n.name[lang], cell: (x: RankRow) => cell(n.code, x), numeric: true })),
    ],
    listed(rows),
    'compact profiles',
  )}${summarisedNote(c, rows)}</section>\n`;
}

/** At most this many rows of an analysis table are shown (the full table is analyses/<id>[-<name>].csv). */
const ANALYSIS_ROWS = 40;

/**
 * Each analysis the spec asked for: its title, the parameters it used, its chart (analysis-charts.ts; the LISA map
 * only with `chinaMap`), then its tables; nothing when there are none.
 */
export function analysesSection(c: ReportContext, chinaMap: boolean): SafeHtml {
  const { lang } = c;
  const analyses = c.build.analyses ?? [];
  if (analyses.length === 0) return html``;
  return html`<section id="analyses"><h2>${label(lang, 'analyses')}</h2>${analyses.map((a, k) => {
    const title = findAnalysis(a.op, a.method)?.title[lang] ?? a.op;
    return html`<div class="analysis"><h3>${title} <code>${a.id}</code></h3><p><code class="params">${a.method} · ${paramsText(a.params)}</code></p>${analysisFigure(c, a, k, chinaMap)}${a.tables.map((t) => {
      const head = lang === 'zh' ? t.headerZh : t.header;
      const shown = t.rows.slice(0, ANALYSIS_ROWS);
      const file = `analyses/${a.id}${t.name ? `-${t.name}` : ''}.csv`;
      return html`${t.name ? html`<h4>${t.name}</h4>` : ''}${table(
        head.map((h, k) => ({ head: h, cell: (row: (typeof t.rows)[number]) => cellText(row[k]), numeric: shown.some((row) => typeof row[k] === 'number') })),
        shown,
        'compact',
      )}${t.rows.length > shown.length ? html`<p class="muted">${label(lang, 'rowsTruncated', { shown: shown.length, total: t.rows.length, file })}</p>` : ''}`;
    })}</div>`;
  })}</section>\n`;
}

function cellText(value: unknown): string {
  if (typeof value === 'number') return Number.isFinite(value) ? String(Number(value.toPrecision(6))) : '–';
  return value === null || value === undefined ? '' : String(value);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
