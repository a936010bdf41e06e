/**
 * The self-contained HTML report 报告 (`nqpf report`, and `run` writes it): one file, no network, no external
 * files — styles inline, charts inline SVG from ECharts' server-side renderer. Sections: summary, indicator
 * system and its sources, method choices with their conventions, data quality and every treatment, map (China's
 * provinces; a bar chart otherwise) and rankings, region profiles, analyses (only when the build has them), a
 * comparison with another build (only when given), the methods appendix and the resolved spec. zh or en.
 * Browser-safe: the China map's GeoJSON is passed in (node callers read it with china-map.node.ts).
 * Deterministic: the same build gives the same bytes (no dates; chart ids renumbered per chart).
 *
 * @example reportHtml(build, { lang: 'en' }) // => '<!DOCTYPE html>\n<html lang="en">…'
 */
import type { Build, GuidanceResult, Lang } from '../../core/index.js';
import { reportContext } from './context.js';
import { diffSection, type BuildDiff } from './diff-report.js';
import { html, trusted, type SafeHtml } from './html.js';
import { label, localized } from './labels.js';
import { reportPage } from './page.js';
import { appendixSection, specSection } from './sections-appendix.js';
import { dataQualitySection, frameworkSection, methodsSection, summarySection } from './sections-build.js';
import { analysesSection, isProvinceBuild, profilesSection, rankingSection } from './sections-results.js';
import { guidanceSection } from './sections-guidance.js';
import { registerChinaMap } from './svg-chart.js';

export interface ReportOptions {
  lang: Lang;
  /** GeoJSON of China's provinces (web/public/china.json); without it a province build gets a bar chart. */
  chinaMap?: unknown;
  /** A comparison to include (`nqpf diff A B --out DIR`). */
  diff?: BuildDiff;
  /** Scenarios, paths, projection and targets (issue 15): the "paths and scenarios" section. */
  guidance?: GuidanceResult | null;
}

export function reportHtml(build: Build, options: ReportOptions): string {
  const { lang } = options;
  const c = reportContext(build, lang);
  const withMap = options.chinaMap !== undefined && isProvinceBuild(build.results.regions);
  if (withMap) registerChinaMap(options.chinaMap);
  const sections = [
    summarySection(c),
    frameworkSection(c),
    methodsSection(c),
    dataQualitySection(c),
    rankingSection(c, withMap),
    profilesSection(c),
    analysesSection(c, withMap),
    guidanceSection(c, options.guidance),
    options.diff ? diffSection(c, options.diff) : html``,
    appendixSection(c),
    specSection(c),
  ].filter((body) => body.value !== '');
  const title = localized(build.spec.name, lang) ?? c.root.name[lang];
  return reportPage({
    lang,
    title,
    subtitle: html`${label(lang, 'reportTitle')} · nqpf ${build.engineVersion}`,
    engineVersion: build.engineVersion,
    body: html`<nav class="toc"><h2>${label(lang, 'contents')}</h2><ol>${sections.map(tocEntry)}</ol></nav>
${sections}`,
  });
}

/** Each section starts `<section id="…"><h2>…</h2>`: the contents list links to it under its own heading. */
function tocEntry(body: SafeHtml): SafeHtml {
  const [, id, heading] = /^<section id="([\w-]+)"><h2>(.*?)<\/h2>/.exec(body.value)!;
  return html`<li><a href="#${id}">${trusted(heading)}</a></li>`;
}
