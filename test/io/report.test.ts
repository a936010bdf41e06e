import { describe, expect, it } from 'vitest';
import { loadChinaMap } from '../../src/io/report/china-map.node.js';
import { escapeHtml, html } from '../../src/io/report/html.js';
import { reportHtml } from '../../src/io/report/report-html.js';
import { ASEM_SPEC, CHINA_SPEC, FORMULA, XSS, buildFile, hasChinaSpec } from './report-helpers.js';

const sectionIds = (page: string) => [...page.matchAll(/<section id="([\w-]+)">/g)].map((m) => m[1]);
const count = (page: string, pattern: RegExp) => (page.match(pattern) ?? []).length;

describe('report html', () => {
  const asem = buildFile(ASEM_SPEC, { 0: XSS, 1: FORMULA });
  const page = reportHtml(asem, { lang: 'en', chinaMap: loadChinaMap() });

  it('html: interpolated text is escaped, SafeHtml is kept', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(html`<td>${'<b>'}${html`<i>`}${[1, '<']}</td>`.value).toBe('<td>&lt;b&gt;<i>1&lt;</td>');
  });

  it('reportHtml: the ASEM example has every section, in order, and no analyses or diff section', () => {
    expect(sectionIds(page)).toEqual(['summary', 'framework', 'methods', 'data-quality', 'ranking', 'profiles', 'appendix', 'spec']);
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(count(page, /<nav class="toc">[\s\S]*?<li>/g)).toBe(1);
    expect(count(page, /<li><a href="#/g)).toBe(8);
  });

  it('reportHtml: ASEM has one chart (a bar chart, no map) and the golden table count', () => {
    expect(count(page, /<svg /g)).toBe(1);
    // framework, methods, missing cells, ranking, profiles (no treatments: the build applied none).
    expect(count(page, /<table/g)).toBe(5);
    // 51 regions ranked; Germany first with COINr 1.1.14's 75.23 (test/reference/coinr/minmax-arith.csv: 75.2257…).
    const ranking = page.slice(page.indexOf('<section id="ranking">'), page.indexOf('<section id="profiles">'));
    expect(count(ranking.slice(ranking.indexOf('<table')), /<tr><td class="num">\d+<\/td>/g)).toBe(51);
    expect(ranking).toMatch(/<tr><td class="num">1<\/td><td>Germany<\/td><td class="num">75\.23<\/td><\/tr>/);
  });

  it('reportHtml: a region named like markup appears as text; nothing loads from outside', () => {
    expect(page).not.toContain(XSS);
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(page).not.toMatch(/<(img|script|iframe|link|object|embed)\b/i);
    expect(page).not.toMatch(/\b(src|href)="(https?:)?\/\//i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('reportHtml: the same build gives the same bytes (no dates; chart ids renumbered)', () => {
    expect(reportHtml(asem, { lang: 'en', chinaMap: loadChinaMap() })).toBe(page);
    expect(page).not.toMatch(/zr\d+-/);
    expect(page).not.toMatch(/20\d\d-\d\d-\d\dT/);
  });

  it('reportHtml: the conventions and the spec are stated; the spec regenerates the build', () => {
    expect(page).toContain('rescaled to [0, 100]');
    expect(page).toContain('pooled: all years computed together');
    expect(page).toMatch(/<pre class="spec">[\s\S]*method: min-max[\s\S]*<\/pre>/);
    expect(page).toContain('z = lo + (hi − lo)(x − min)/(max − min)');
  });

  it('reportHtml: zh headings and labels', () => {
    const zh = reportHtml(asem, { lang: 'zh' });
    expect(zh).toContain('<html lang="zh-CN">');
    for (const heading of ['概要', '指标体系', '方法选择', '数据质量与处理', '得分与排名', '地区画像', '方法附录']) expect(zh).toContain(`<h2>${heading}</h2>`);
  });

  // Built once (the analyses' 999 permutations take a few seconds); undefined without the bundled example.
  const china = hasChinaSpec ? buildFile(CHINA_SPEC) : undefined;
  const zh = china ? reportHtml(china, { lang: 'zh', chinaMap: loadChinaMap() }) : '';
  const analysisDiv = (page: string, id: string) => {
    const start = page.indexOf(`<code>${id}</code></h3>`);
    if (start < 0) return '';
    const next = page.indexOf('<div class="analysis">', start);
    return page.slice(start, next < 0 ? page.indexOf('</section>', start) : next);
  };

  it.runIf(hasChinaSpec)('reportHtml: the China example gets the schematic map, the trend chart and a chart per diagnostic', () => {
    const analyses = china!.analyses ?? [];
    expect(analyses.map((a) => a.id)).toEqual([
      'trends', 'obstacle', 'coupling', 'dagum-gini', 'theil', 'cv', 'kernel-density', 'markov', 'spatial-markov', 'moran', 'local-moran', 'convergence', 'typology',
    ]);
    expect(sectionIds(zh)).toEqual(['summary', 'framework', 'methods', 'data-quality', 'ranking', 'profiles', 'analyses', 'appendix', 'spec']);
    // One heading per analysis the spec asked for, one table per analysis table, plus the typology's profile table.
    expect(count(zh, /<div class="analysis"><h3>/g)).toBe(analyses.length);
    const section = zh.slice(zh.indexOf('<section id="analyses">'), zh.indexOf('<section id="appendix">'));
    expect(count(section, /<table/g)).toBe(analyses.reduce((s, a) => s + a.tables.length, 0) + 1);
    // Map + trend, then 9 diagnostics: Dagum, Theil, CV, kernel density, Moran, LISA map, coupling, σ, obstacles.
    expect(count(zh, /<svg /g)).toBe(11);
    expect(count(section, /<figure class="diagnostic"><svg /g)).toBe(9);
    const charted = ['obstacle', 'coupling', 'dagum-gini', 'theil', 'cv', 'kernel-density', 'moran', 'local-moran', 'convergence'];
    for (const id of analyses.map((a) => a.id)) expect(count(analysisDiv(zh, id), /<svg /g), id).toBe(charted.includes(id) ? 1 : 0);
    expect(zh).toContain('示意图');
    expect(zh).toContain('无审图号');
    expect(zh).toContain('<h3>历年排名</h3>');
    // Without the GeoJSON the same build falls back to a bar chart, and the LISA map is left out.
    expect(count(reportHtml(china!, { lang: 'en' }), /<svg /g)).toBe(10);
  });

  it.runIf(hasChinaSpec)('reportHtml: the China report is byte-identical when rendered twice, with unique chart ids', () => {
    expect(reportHtml(china!, { lang: 'zh', chinaMap: loadChinaMap() })).toBe(zh);
    const en = reportHtml(china!, { lang: 'en', chinaMap: loadChinaMap() });
    expect(reportHtml(china!, { lang: 'en', chinaMap: loadChinaMap() })).toBe(en);
    expect(zh).not.toMatch(/zr\d+-/);
    const ids = [...zh.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.runIf(hasChinaSpec)('reportHtml: diagnostic charts show their tables (labels, series, marked p-values, LISA colours)', () => {
    const table = (id: string, name: string) => china!.analyses!.find((a) => a.id === id)!.tables.find((t) => t.name === name)!;
    // Dagum: zh legend for G and its three contributions; 14 years on the axis.
    const dagum = analysisDiv(zh, 'dagum-gini');
    for (const text of ['总体基尼系数 G', '组内贡献', '组间净值贡献', '超变密度贡献', '>2010<', '>2023<']) expect(dagum, text).toContain(text);
    // Moran: one p label per year, solid red points exactly where p < 0.05 (permutation p of the moran table).
    const moranTable = table('moran', '');
    const pCol = moranTable.header.indexOf('p_permutation');
    const moran = analysisDiv(zh, 'moran');
    expect(count(moran, />p=0\.\d{3}</g)).toBe(moranTable.rows.length);
    expect(count(moran.slice(0, moran.indexOf('</svg>')), /fill="#d7191c"/g)).toBe(moranTable.rows.filter((r) => (r[pCol] as number) < 0.05).length);
    // LISA: each significant cluster's colour is drawn; the legend names all five classes.
    const lisaTable = table('local-moran', '');
    const clusters = new Set(lisaTable.rows.map((r) => r[lisaTable.header.indexOf('cluster')] as string));
    const lisa = analysisDiv(zh, 'local-moran');
    const fills: Record<string, string> = { HH: '#d7191c', HL: '#f4a6a6', LH: '#9ec9e2', LL: '#2c7bb6' };
    // one map path per province in the cluster, plus the legend swatch
    const inCluster = (cluster: string) => lisaTable.rows.filter((r) => r[lisaTable.header.indexOf('cluster')] === cluster).length;
    for (const [cluster, fill] of Object.entries(fills)) expect(count(lisa, new RegExp(`fill="${fill}"`, 'g')), cluster).toBe(1 + inCluster(cluster));
    for (const text of ['高-高 HH', '高-低 HL', '低-高 LH', '低-低 LL', '不显著', '示意图']) expect(lisa, text).toContain(text);
    // Coupling: one bar label per province, D to 3 decimals with its band name (the table's 2023 rows).
    const coupling = table('coupling', '');
    const year = coupling.header.indexOf('year');
    const latest = coupling.rows.filter((r) => r[year] === 2023);
    const d = coupling.header.indexOf('d');
    const band = coupling.header.indexOf('band_zh');
    for (const r of latest) expect(analysisDiv(zh, 'coupling')).toContain(`>${(r[d] as number).toFixed(3)} ${r[band]}<`);
    // Obstacles: ten bars, labelled in percent; σ-convergence: the CV legend.
    expect(count(analysisDiv(zh, 'obstacle'), />\d+\.\d%</g)).toBe(10);
    expect(analysisDiv(zh, 'convergence')).toContain('σ 收敛');
    // Typology: a row per region with its generated zh profile text.
    const typology = analysisDiv(zh, 'typology');
    expect(typology).toContain('<h4>地区类型与画像</h4>');
    expect(count(typology, /<table class="compact typology">[\s\S]*?<\/table>/g)).toBe(1);
    expect(typology).toContain('北京：领先缓进型');
  });

  it.runIf(hasChinaSpec)('reportHtml: region names in diagnostic charts stay text', () => {
    const results = china!.results;
    const renamed = { ...china!, results: { ...results, regions: results.regions.map((r, k) => (k === 0 ? { ...r, name: { zh: XSS, en: XSS } } : r)) } };
    const page = reportHtml(renamed, { lang: 'en', chinaMap: loadChinaMap() });
    expect(page).not.toContain(XSS);
    expect(analysisDiv(page, 'coupling')).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(analysisDiv(page, 'typology')).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
