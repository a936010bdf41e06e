import { printable } from '../../core/errors/printable.js';
import type { Lang, Region, ResultsDiff, SpecChange } from '../../core/index.js';
import type { OutCell } from '../csv-write.js';
import type { OutputTable } from '../output-tables.js';
import { changeText, rankText, type ReportContext } from './context.js';
import { html, table, type SafeHtml } from './html.js';
import { label } from './labels.js';

/** A comparison of build A with build B (`nqpf diff A B`): as text, as diff.csv and as a report section. */
export interface BuildDiff {
  specChanges: SpecChange[];
  results: ResultsDiff;
  /** Regions of both builds, to show names instead of codes. */
  regions: Region[];
}

/** One spec change as a line: `step weight /params/shift: 0.0001 → 0.01`. */
export function changeLine(change: SpecChange, lang: Lang): string {
  const where = `${change.area === 'spec' ? '' : `${change.area === 'steps' ? label(lang, 'step').toLowerCase() : label(lang, 'analysis')} ${change.id} `}${change.pointer || ''}`.trim();
  const show = (v: unknown) => (v === undefined ? '∅' : JSON.stringify(v));
  switch (change.kind) {
    case 'added':
      return `${where}: ${label(lang, 'added')} ${show(change.after)}`;
    case 'removed':
      return `${where}: ${label(lang, 'removed')} ${show(change.before)}`;
    case 'moved':
      return `${where}: ${label(lang, 'moved')} #${Number(change.before) + 1} → #${Number(change.after) + 1}`;
    default:
      return `${where}: ${show(change.before)} → ${show(change.after)}`;
  }
}

function nameOf(diff: BuildDiff, code: string, lang: Lang): string {
  return printable(diff.regions.find((r) => r.code === code)?.name[lang] || code, 40); // data text: escaped, cut
}

/** The summary `nqpf diff` prints. */
export function diffText(diff: BuildDiff, lang: Lang): string {
  const { specChanges, results } = diff;
  const lines = [`${label(lang, 'specChanges')} (A → B)`];
  if (specChanges.length === 0) lines.push(`  ${label(lang, 'noSpecChanges')}`);
  for (const change of specChanges) lines.push(`  ${changeLine(change, lang)}`);
  lines.push('', `${label(lang, 'rankChanges')}: ${label(lang, 'diffYear', { year: results.year })}`);
  const width = Math.max(8, ...results.nodes.map((n) => printable(n.node, 40).length));
  const changed = lang === 'zh' ? '变化数' : 'changed';
  lines.push(`  ${label(lang, 'node').padEnd(width)}  ${changed.padStart(7)}  ${'mean|Δ|'.padStart(8)}  ${'max|Δ|'.padStart(6)}`);
  const { shown, quiet } = splitNodes(results);
  for (const n of shown) {
    lines.push(`  ${printable(n.node, 40).padEnd(width)}  ${String(n.changed).padStart(7)}  ${fmt(n.meanAbsChange, 2).padStart(8)}  ${fmt(n.maxAbsChange, 0).padStart(6)}`);
  }
  if (quiet) lines.push(`  ${label(lang, 'unchangedIndicators', { count: quiet })}`);
  if (results.index) {
    lines.push('', `${label(lang, 'topMovers')} (${results.index})`);
    if (results.topMovers.length === 0) lines.push('  –');
    for (const m of results.topMovers) {
      lines.push(`  ${nameOf(diff, m.region, lang).padEnd(24)} ${rankText(m.rankA).padStart(4)} → ${rankText(m.rankB).padEnd(4)} ${changeText(m.change).padStart(4)}`);
    }
  }
  const only: [string, string[]][] = [
    [`${label(lang, 'region')} ${label(lang, 'onlyInA')}`, results.regionsOnlyInA],
    [`${label(lang, 'region')} ${label(lang, 'onlyInB')}`, results.regionsOnlyInB],
    [`${label(lang, 'node')} ${label(lang, 'onlyInA')}`, results.nodesOnlyInA],
    [`${label(lang, 'node')} ${label(lang, 'onlyInB')}`, results.nodesOnlyInB],
  ];
  for (const [title, codes] of only) if (codes.length) lines.push('', `${title}: ${codes.map((c) => printable(c, 40)).join(', ')}`);
  return `${lines.join('\n')}\n`;
}

/** Aggregates always; indicators only when a rank moved (the others are counted). */
function splitNodes(results: ResultsDiff): { shown: ResultsDiff['nodes']; quiet: number } {
  const shown = results.nodes.filter((n) => n.level > 1 || n.changed > 0);
  return { shown, quiet: results.nodes.length - shown.length };
}

function fmt(value: number, decimals: number): string {
  return Number.isFinite(value) ? value.toFixed(decimals) : '–';
}

/** diff.csv: every node × region of the compared year, with both ranks and scores. */
export function diffTable(diff: BuildDiff): OutputTable {
  const rows: OutCell[][] = [];
  for (const n of diff.results.nodes) {
    for (const r of n.regions) rows.push([n.node, r.region, diff.results.year, r.rankA, r.rankB, r.change, r.scoreA, r.scoreB]);
  }
  return {
    name: 'diff',
    header: ['node', 'region', 'year', 'rank_a', 'rank_b', 'rank_change', 'score_a', 'score_b'],
    headerZh: ['节点', '地区', '年份', 'A排名', 'B排名', '排名变化', 'A得分', 'B得分'],
    rows,
  };
}

/** The report section: spec changes, per-node summary, and the index's largest movers. */
export function diffSection(c: ReportContext, diff: BuildDiff): SafeHtml {
  const { lang } = c;
  const { results } = diff;
  return html`<section id="diff"><h2>${label(lang, 'diff')}</h2>
<h3>${label(lang, 'specChanges')}</h3>${
    diff.specChanges.length
      ? html`<ul class="changes">${diff.specChanges.map((ch) => html`<li><code>${changeLine(ch, lang)}</code></li>`)}</ul>`
      : html`<p class="muted">${label(lang, 'noSpecChanges')}</p>`
  }
<h3>${label(lang, 'rankChanges')}</h3><p class="muted">${label(lang, 'diffYear', { year: results.year })}</p>${table(
    [
      { head: label(lang, 'node'), cell: (n: (typeof results.nodes)[number]) => `${c.nodeName(n.node)} (${n.node})` },
      { head: label(lang, 'changed'), cell: (n) => n.changed, numeric: true },
      { head: label(lang, 'meanAbsChange'), cell: (n) => fmt(n.meanAbsChange, 2), numeric: true },
      { head: label(lang, 'maxAbsChange'), cell: (n) => fmt(n.maxAbsChange, 0), numeric: true },
    ],
    splitNodes(results).shown,
    'compact',
  )}${splitNodes(results).quiet ? html`<p class="muted">${label(lang, 'unchangedIndicators', { count: splitNodes(results).quiet })}</p>` : ''}${
    results.index
      ? html`<h3>${label(lang, 'topMovers')}</h3>${table(
          [
            { head: label(lang, 'region'), cell: (m: (typeof results.topMovers)[number]) => nameOf(diff, m.region, lang) },
            { head: label(lang, 'rankA'), cell: (m) => rankText(m.rankA), numeric: true },
            { head: label(lang, 'rankB'), cell: (m) => rankText(m.rankB), numeric: true },
            { head: label(lang, 'change'), cell: (m) => changeText(m.change), numeric: true },
          ],
          results.topMovers,
          'compact',
        )}`
      : ''
  }</section>\n`;
}
