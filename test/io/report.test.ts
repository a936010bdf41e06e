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

  it.runIf(hasChinaSpec)('reportHtml: the China example gets the schematic map and the trend chart', () => {
    const china = buildFile(CHINA_SPEC);
    const zh = reportHtml(china, { lang: 'zh', chinaMap: loadChinaMap() });
    const analyses = china.analyses ?? [];
    expect(sectionIds(zh)).toEqual(['summary', 'framework', 'methods', 'data-quality', 'ranking', 'profiles', ...(analyses.length ? ['analyses'] : []), 'appendix', 'spec']);
    // One heading per analysis the spec asked for, one table per analysis table.
    expect(count(zh, /<div class="analysis"><h3>/g)).toBe(analyses.length);
    const section = zh.slice(zh.indexOf('<section id="analyses">'), zh.indexOf('<section id="appendix">'));
    expect(count(section, /<table/g)).toBe(analyses.reduce((s, a) => s + a.tables.length, 0));
    expect(count(zh, /<svg /g)).toBe(2);
    expect(zh).toContain('示意图');
    expect(zh).toContain('无审图号');
    expect(zh).toContain('<h3>历年排名</h3>');
    // Without the GeoJSON the same build falls back to a bar chart.
    expect(count(reportHtml(china, { lang: 'en' }), /<svg /g)).toBe(2);
    expect(reportHtml(china, { lang: 'zh', chinaMap: loadChinaMap() })).toBe(zh);
  });
});
