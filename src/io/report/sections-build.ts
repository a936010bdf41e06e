import { childrenOf, findMethod, formatMessage, indicatorsOf, messages, type FrameworkNode, type Note } from '../../core/index.js';
import type { ReportContext } from './context.js';
import { html, table, type SafeHtml } from './html.js';
import { label, localized } from './labels.js';
import { conventionsOf } from './method-notes.js';

/** Report sections about the recipe: summary, indicator system, method choices, data quality. */

export function summarySection(c: ReportContext): SafeHtml {
  const { build, lang } = c;
  const { results, spec } = build;
  const years = results.years;
  const data = typeof spec.data === 'string' ? spec.data : spec.data.path;
  const fw = results.framework;
  const rows: [string, string][] = [
    [label(lang, 'frameworkName'), fw.name?.[lang] ?? fw.code ?? (typeof spec.framework === 'string' ? spec.framework : spec.framework.path)],
    [label(lang, 'dataFile'), data],
    [label(lang, 'regions'), String(results.regions.length)],
    [label(lang, 'years'), c.timeless ? '–' : years.length > 1 ? `${years[0]}–${years[years.length - 1]} (${years.length})` : String(years[0])],
    [label(lang, 'indicators'), String(indicatorsOf(fw).length)],
    [label(lang, 'steps'), build.steps.map((s) => `${s.id} (${s.method})`).join(' → ')],
    [label(lang, 'seed'), String(spec.seed)],
    [label(lang, 'specHash'), build.specHash],
    ...Object.entries(build.inputHashes).map(([file, hash]): [string, string] => [`${label(lang, 'inputHashes')}: ${file}`, hash]),
    [label(lang, 'engine'), build.engineVersion],
  ];
  const description = localized(spec.description, lang);
  return html`<section id="summary"><h2>${label(lang, 'summary')}</h2>
${description ? html`<p>${description}</p>` : ''}<dl class="facts">${rows.map(([k, v]) => html`<dt>${k}</dt><dd>${v}</dd>`)}</dl></section>\n`;
}

export function frameworkSection(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  const fw = build.results.framework;
  const weights = new Map(build.results.weights.map((w) => [w.node, w]));
  const children = childrenOf(fw);
  const ordered: { node: FrameworkNode; depth: number }[] = [];
  const visit = (node: FrameworkNode, depth: number): void => {
    ordered.push({ node, depth });
    for (const kid of children.get(node.code) ?? []) visit(kid, depth + 1);
  };
  visit(c.root, 0);
  const tree = table(
    [
      { head: label(lang, 'code'), cell: (r) => html`<span class="indent" style="padding-left:${(r.depth * 1.2).toFixed(1)}em">${r.node.code}</span>` },
      { head: label(lang, 'name'), cell: (r) => r.node.name[lang] },
      { head: label(lang, 'level'), cell: (r) => r.node.level, numeric: true },
      { head: label(lang, 'weight'), cell: (r) => fixed(weights.get(r.node.code)?.weight, 4), numeric: true },
      { head: label(lang, 'effectiveWeight'), cell: (r) => fixed(weights.get(r.node.code)?.effectiveWeight, 4), numeric: true },
      { head: label(lang, 'direction'), cell: (r) => (r.node.level === 1 ? label(lang, r.node.direction === 1 ? 'positive' : 'negative') : '') },
      { head: label(lang, 'unit'), cell: (r) => r.node.unit ?? '' },
      { head: label(lang, 'source'), cell: (r) => r.node.source ?? '' },
    ],
    ordered,
    'compact',
  );
  const sources = fw.sources ?? [];
  return html`<section id="framework"><h2>${label(lang, 'framework')}</h2>${tree}
<h3>${label(lang, 'sources')}</h3>${
    sources.length
      ? html`<ol class="sources">${sources.map((s) => html`<li>${s.cite}${s.url ? html` <span class="url">${s.url}</span>` : ''}</li>`)}</ol>`
      : html`<p class="muted">${label(lang, 'noSources')}</p>`
  }</section>\n`;
}

export function methodsSection(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  const rows = build.spec.steps.map((step, k) => ({ step, k, title: findMethod(step.op, step.method)?.title[lang] ?? step.method }));
  return html`<section id="methods"><h2>${label(lang, 'methods')}</h2>${table(
    [
      { head: '#', cell: (r) => r.k + 1, numeric: true },
      { head: label(lang, 'step'), cell: (r) => r.step.id },
      { head: label(lang, 'op'), cell: (r) => r.step.op },
      { head: label(lang, 'method'), cell: (r) => html`${r.title} <code>${r.step.method}</code>` },
      { head: label(lang, 'params'), cell: (r) => html`<code class="params">${paramsText(r.step.params)}</code>` },
      { head: label(lang, 'conventions'), cell: (r) => html`<ul class="conventions">${conventionsOf(r.step, lang).map((t) => html`<li>${t}</li>`)}</ul>` },
    ],
    rows,
  )}</section>\n`;
}

export function paramsText(params: Record<string, unknown>): string {
  const entries = Object.entries(params);
  return entries.length ? entries.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join('; ') : '–';
}

export function dataQualitySection(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  const panel = build.trace[0].panel;
  const cellsEach = panel.regions.length * panel.years.length;
  const rows = indicatorsOf(build.trace[0].framework)
    .filter((n) => panel.observed[n.code])
    .map((n) => {
      let missing = 0;
      for (const seen of panel.observed[n.code]) if (!seen) missing++;
      return { code: n.code, name: n.name[lang], missing };
    });
  const totalMissing = rows.reduce((s, r) => s + r.missing, 0);
  const notes: Note[] = [...build.loadNotes.map((n) => ({ ...n, step: n.step ?? 'load' })), ...build.steps.flatMap((s) => s.notes.map((n) => ({ ...n, step: s.id }))), ...(build.checks ?? []).map((n) => ({ ...n, step: 'check' }))];
  return html`<section id="data-quality"><h2>${label(lang, 'dataQuality')}</h2>
<p>${label(lang, 'missingTotal', { missing: totalMissing, cells: cellsEach * rows.length })}</p>${table(
    [
      { head: label(lang, 'code'), cell: (r) => r.code },
      { head: label(lang, 'indicator'), cell: (r) => r.name },
      { head: label(lang, 'missing'), cell: (r) => r.missing, numeric: true },
      { head: label(lang, 'share'), cell: (r) => `${((100 * r.missing) / Math.max(1, cellsEach)).toFixed(1)}%`, numeric: true },
    ],
    rows,
    'compact',
  )}<h3>${label(lang, 'treatments')}</h3>${notes.length ? notesTables(c, notes) : html`<p class="muted">${label(lang, 'noTreatments')}</p>`}</section>\n`;
}

/** At most this many notes are listed one by one (all are in notes.csv); the counts cover every note. */
export const NOTES_SHOWN = 1000;

function notesTables(c: ReportContext, notes: Note[]): SafeHtml {
  const { lang } = c;
  const counts = new Map<string, { step: string; code: string; method: string; count: number }>();
  for (const n of notes) {
    const key = `${n.step}\u0000${n.code}\u0000${n.method ?? ''}`;
    const entry = counts.get(key) ?? { step: n.step!, code: n.code, method: n.method ?? '', count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  const shown = notes.slice(0, NOTES_SHOWN);
  return html`<h4>${label(lang, 'treatmentCounts')}</h4>${table(
    [
      { head: label(lang, 'step'), cell: (r) => r.step },
      { head: label(lang, 'code'), cell: (r) => r.code },
      { head: label(lang, 'method'), cell: (r) => r.method },
      { head: label(lang, 'count'), cell: (r) => r.count, numeric: true },
    ],
    [...counts.values()],
    'compact',
  )}${table(
    [
      { head: label(lang, 'step'), cell: (r) => r.step ?? '' },
      { head: label(lang, 'detail'), cell: (r) => noteText(c, r) },
    ],
    shown,
    'compact notes',
  )}${notes.length > shown.length ? html`<p class="muted">${label(lang, 'notesTruncated', { shown: shown.length, total: notes.length })}</p>` : ''}`;
}

/** A note in words, from the message catalogue (region codes shown as names); codes without a template list their fields. */
function noteText(c: ReportContext, note: Note): string {
  const region = c.build.results.regions.find((r) => r.code === note.region) ?? c.build.trace[0].panel.regions.find((r) => r.code === note.region);
  const params: Record<string, unknown> = { ...note };
  if (region) params.region = c.regionName(region);
  if (note.indicator) params.indicator = `${note.indicator}`;
  // A one-child note names its parent (indicator) and child (framework/build-framework.ts singleChildNotes).
  if (note.code === 'FRAMEWORK_SINGLE_CHILD' && note.indicator) {
    const nameOf = (code: string) => c.build.inputs.framework.nodes.find((n) => n.code === code)?.name[c.lang] ?? code;
    params.parent = nameOf(note.indicator);
    params.child = nameOf((note.detail ?? '').replace(/^one child: /, ''));
  }
  for (const key of ['value', 'from'] as const) if (typeof note[key] === 'number') params[key] = Number(note[key]!.toPrecision(6));
  if (messages[note.code]) return formatMessage(note.code, params, c.lang);
  const fields = ['region', 'year', 'indicator', 'method', 'value', 'detail'].filter((k) => params[k] !== undefined).map((k) => String(params[k]));
  return `${note.code}: ${fields.join(' ')}`;
}

function fixed(value: number | undefined, decimals: number): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(decimals);
}
