import { stringify } from 'yaml';
import { findAnalysis, findMethod, type ResolvedStep } from '../../core/index.js';
import { ANALYSIS_NOTES, paramsText, UNCERTAINTY_NOTES, type AnalysisNote } from './analysis-notes.js';
import type { ReportContext } from './context.js';
import { html, type SafeHtml } from './html.js';
import { label } from './labels.js';
import { METHOD_NOTES } from './method-notes.js';

/**
 * The methods appendix and the spec itself. The appendix gives the formula and reference of each step method
 * used; then, for each analysis the spec lists, its formula, conventions, the parameters it ran with and its
 * references; then, when the spec has an `uncertainty:` block, the uncertainty (and sensitivity) analysis.
 */
export function appendixSection(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  const used: Pick<ResolvedStep, 'op' | 'method'>[] = [];
  for (const step of build.spec.steps) if (!used.some((u) => u.op === step.op && u.method === step.method)) used.push(step);
  // Ranks always follow (ties: min), whether or not the spec names a rank step.
  if (!used.some((u) => u.op === 'rank')) used.push({ op: 'rank', method: 'min' });
  return html`<section id="appendix"><h2>${label(lang, 'appendix')}</h2><p class="muted">${label(lang, 'appendixIntro')}</p>${used.map((u) => {
    const definition = findMethod(u.op, u.method);
    const note = METHOD_NOTES[`${u.op}/${u.method}`];
    return html`<div class="method"><h3>${definition?.title[lang] ?? u.method} <code>${u.op}: ${u.method}</code></h3>
<p>${definition?.summary[lang] ?? ''}</p>${
      note ? html`<p><strong>${label(lang, 'formula')}</strong> <span class="formula">${note.formula}</span></p><p><strong>${label(lang, 'reference')}</strong> ${note.reference}</p>` : ''
    }</div>`;
  })}${analysisNotes(c)}${uncertaintyNotes(c)}</section>\n`;
}

function noteBody(c: ReportContext, note: AnalysisNote | undefined, params: string): SafeHtml {
  const { lang } = c;
  return html`${note ? html`<p><strong>${label(lang, 'formula')}</strong> <span class="formula">${note.formula[lang]}</span></p><p><strong>${label(lang, 'conventions')}</strong> ${note.conventions[lang]}</p>` : ''}<p><strong>${label(lang, 'parameters')}</strong> <code>${params}</code></p>${
    note ? html`<p><strong>${label(lang, 'reference')}</strong> ${note.reference}</p>` : ''
  }`;
}

/** One entry per analysis of the spec (two analyses of one method with other params are two entries). */
function analysisNotes(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  if (build.spec.analyses.length === 0) return html``;
  return html`<h3 class="appendix-part">${label(lang, 'appendixAnalyses')}</h3>${build.spec.analyses.map((a) => {
    const definition = findAnalysis(a.op, a.method ?? '');
    const method = a.method ?? '';
    return html`<div class="method"><h3>${definition?.title[lang] ?? method} <code>analyses: ${a.op}${method === a.op ? '' : `: ${method}`}${a.id === a.op ? '' : ` (id ${a.id})`}</code></h3>
<p>${definition?.summary[lang] ?? ''}</p>${noteBody(c, ANALYSIS_NOTES[`${a.op}/${method}`], paramsText(a.params, lang))}</div>`;
  })}`;
}

/** The spec's uncertainty block: what `nqpf sensitivity` computes from it (its results have their own report). */
function uncertaintyNotes(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  const block = build.spec.uncertainty;
  if (!block) return html``;
  const kinds: ('uncertainty' | 'sensitivity')[] = block.type === 'uncertainty' ? ['uncertainty'] : ['uncertainty', 'sensitivity'];
  const params = paramsText({ runs: block.runs, type: block.type ?? 'sensitivity', target: block.target ?? c.root.code, vary: block.vary.map((v) => `${v.step}${v.pointer}`) }, lang);
  return html`<h3 class="appendix-part">${label(lang, 'appendixUncertainty')}</h3>${kinds.map(
    (kind) => html`<div class="method"><h3>${label(lang, kind === 'uncertainty' ? 'uncertaintyAnalysis' : 'sensitivityAnalysis')} <code>uncertainty: ${kind}</code></h3>${noteBody(c, UNCERTAINTY_NOTES[kind], params)}</div>`,
  )}`;
}

export function specSection(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  return html`<section id="spec"><h2>${label(lang, 'spec')}</h2><p class="muted">${label(lang, 'specIntro')}</p><pre class="spec">${stringify(build.spec, { lineWidth: 0 })}</pre></section>\n`;
}
