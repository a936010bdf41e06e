import { stringify } from 'yaml';
import { findMethod, type ResolvedStep } from '../../core/index.js';
import type { ReportContext } from './context.js';
import { html, type SafeHtml } from './html.js';
import { label } from './labels.js';
import { METHOD_NOTES } from './method-notes.js';

/** The methods appendix (formula and reference of each method used) and the spec itself. */

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
  })}</section>\n`;
}

export function specSection(c: ReportContext): SafeHtml {
  const { lang, build } = c;
  return html`<section id="spec"><h2>${label(lang, 'spec')}</h2><p class="muted">${label(lang, 'specIntro')}</p><pre class="spec">${stringify(build.spec, { lineWidth: 0 })}</pre></section>\n`;
}
