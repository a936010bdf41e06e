// The report's methods appendix: every analysis and the uncertainty block the spec uses get their formula,
// conventions, the parameters they ran with and their references, in zh and in en (issue 16, item 10).
import { describe, expect, it } from 'vitest';
import { allAnalyses, findAnalysis, resolveSpec, run, type Build } from '../../src/core/index.js';
import { loadInputs, loadSpecFile } from '../../src/io/node/load.js';
import { ANALYSIS_NOTES, paramsText, UNCERTAINTY_NOTES } from '../../src/io/report/analysis-notes.js';
import { escapeHtml } from '../../src/io/report/html.js';
import { reportHtml } from '../../src/io/report/report-html.js';
import { ASEM_SPEC, CHINA_SPEC, buildFile, hasChinaSpec } from './report-helpers.js';

const appendixOf = (page: string) => page.slice(page.indexOf('<section id="appendix">'), page.indexOf('<section id="spec">'));

/** The China example with fewer permutations (the appendix does not depend on them) and an uncertainty block of `type`. */
function chinaBuild(type: 'uncertainty' | 'sensitivity' | undefined): Build {
  const loaded = loadSpecFile(CHINA_SPEC);
  const document = structuredClone(loaded.document) as { analyses: { op: string; params?: Record<string, unknown> }[]; uncertainty: { type?: string } };
  for (const a of document.analyses) if (a.op === 'moran' || a.op === 'local-moran') a.params = { ...a.params, permutations: 9 };
  if (type === undefined) delete document.uncertainty.type;
  else document.uncertainty.type = type;
  const spec = resolveSpec(document);
  const { inputs } = loadInputs(spec.framework, spec.data, loaded.dir);
  return run(document, inputs);
}

describe('report appendix', () => {
  it('analysis notes: every registered analysis has a formula and conventions in zh and en, and a reference', () => {
    const incomplete = allAnalyses()
      .filter((a) => {
        const note = ANALYSIS_NOTES[`${a.op}/${a.method}`];
        return !note || !note.formula.zh || !note.formula.en || !note.conventions.zh || !note.conventions.en || !note.reference;
      })
      .map((a) => `${a.op}/${a.method}`);
    expect(incomplete).toEqual([]);
    expect(Object.keys(ANALYSIS_NOTES).sort()).toEqual(allAnalyses().map((a) => `${a.op}/${a.method}`).sort());
  });

  it('paramsText: resolved params as key = value in spec order, lists as JSON; none when empty', () => {
    expect(paramsText({ top: 5, rescale: 'auto' }, 'zh')).toBe('top = 5；rescale = auto');
    expect(paramsText({ nodes: ['TECH', 'GREEN'], sample: false }, 'en')).toBe('nodes = ["TECH","GREEN"]; sample = false');
    expect(paramsText({}, 'en')).toBe('none');
  });

  it('appendix: a spec without analyses or an uncertainty block lists the step methods only', () => {
    const page = reportHtml(buildFile(ASEM_SPEC), { lang: 'en' });
    const appendix = appendixOf(page);
    expect(appendix).toContain('<code>normalize: min-max</code>');
    expect(appendix).not.toContain('<code>analyses:');
    expect(appendix).not.toContain('<code>uncertainty:');
  });

  describe.runIf(hasChinaSpec)('the China example', () => {
    const build = chinaBuild('uncertainty');
    for (const lang of ['zh', 'en'] as const) {
      it(`appendix (${lang}): each analysis of the spec with its title, formula, conventions, params as run and reference`, () => {
        const appendix = appendixOf(reportHtml(build, { lang }));
        expect(build.spec.analyses.length).toBe(13);
        for (const a of build.spec.analyses) {
          const note = ANALYSIS_NOTES[`${a.op}/${a.method}`];
          const entryStart = appendix.indexOf(`<code>analyses: ${a.op}${a.method === a.op ? '' : `: ${a.method}`}${a.id === a.op ? '' : ` (id ${a.id})`}</code>`);
          expect(entryStart, a.id).toBeGreaterThan(0);
          const title = `<h3>${escapeHtml(findAnalysis(a.op, a.method!)!.title[lang])} `;
          expect(appendix.slice(entryStart - title.length, entryStart), a.id).toBe(title);
          const entry = appendix.slice(entryStart, appendix.indexOf('</div>', entryStart));
          expect(entry, a.id).toContain(escapeHtml(note.formula[lang]));
          expect(entry, a.id).toContain(escapeHtml(note.conventions[lang]));
          expect(entry, a.id).toContain(escapeHtml(note.reference));
          expect(entry, a.id).toContain(`<code>${escapeHtml(paramsText(a.params, lang))}</code>`);
        }
        // Parameters as the analysis ran, defaults filled: the spec asks for top 5; rescale is the default.
        expect(appendix).toContain(lang === 'zh' ? '<code>top = 5；rescale = auto</code>' : '<code>top = 5; rescale = auto</code>');
        expect(appendix).toContain(lang === 'zh' ? '<strong>公式</strong>' : '<strong>Formula</strong>');
        expect(appendix).toContain(lang === 'zh' ? '<strong>参数</strong>' : '<strong>Parameters</strong>');
        expect(appendix).toContain('Dagum C. (1997), A new approach to the decomposition of the Gini income inequality ratio, Empirical Economics 22(4): 515–531');
        expect(appendix).toContain('Anselin L. (1995), Local indicators of spatial association—LISA, Geographical Analysis 27(2): 93–115');
      });

      it(`appendix (${lang}): the spec's uncertainty block (type uncertainty) gets the uncertainty note only, with its runs and inputs`, () => {
        const appendix = appendixOf(reportHtml(build, { lang }));
        expect(appendix).toContain('<code>uncertainty: uncertainty</code>');
        expect(appendix).toContain(escapeHtml(UNCERTAINTY_NOTES.uncertainty.formula[lang]));
        expect(appendix).toContain(escapeHtml(UNCERTAINTY_NOTES.uncertainty.reference));
        expect(appendix).not.toContain('<code>uncertainty: sensitivity</code>');
        expect(appendix).toContain(escapeHtml(paramsText({ runs: 200, type: 'uncertainty', target: 'NQPF', vary: ['normalize/method', 'weight/params/noise'] }, lang)));
      });
    }

    it('appendix: without a type the block is a sensitivity analysis, and both notes appear', () => {
      const appendix = appendixOf(reportHtml(chinaBuild(undefined), { lang: 'en' }));
      expect(appendix).toContain('<code>uncertainty: uncertainty</code>');
      expect(appendix).toContain('<code>uncertainty: sensitivity</code>');
      expect(appendix).toContain(escapeHtml(UNCERTAINTY_NOTES.sensitivity.formula.en));
      expect(appendix).toContain('Saltelli A. et al. (2010), Computer Physics Communications 181(2): 259–270');
    });
  });
});
