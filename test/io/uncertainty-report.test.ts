/**
 * `nqpf sensitivity` writes report.html (src/io/report/uncertainty-html.ts), run in-process through the CLI on
 * the COINr ASEM data with one region renamed to markup, N = 6 (a Saltelli design of 6 · (2 + 2) = 24 runs).
 * Structural checks only: the numbers drawn are the ones test/cli/sensitivity.test.ts and the core tests check.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { XSS } from './report-helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'nqpf-uncertainty-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = join(dir, 'spec.json');

async function sensitivity(out: string, global: string[] = [], options: string[] = []): Promise<string> {
  const { code, stderr } = await runCli([...global, 'sensitivity', spec, '--out', join(dir, out), '--workers', '1', '--runs', '6', '--quiet', ...options]);
  expect(code, stderr).toBe(0);
  return readFileSync(join(dir, out, 'report.html'), 'utf8');
}

describe('nqpf sensitivity report.html', () => {
  let en = '';
  beforeAll(async () => {
    const asem = join(REPO, 'data/coinr-asem');
    writeFileSync(join(dir, 'iMeta.csv'), readFileSync(join(asem, 'iMeta.csv')));
    writeFileSync(join(dir, 'iData.csv'), readFileSync(join(asem, 'iData.csv'), 'utf8').replace('"Austria"', `"${XSS}"`));
    writeFileSync(
      spec,
      JSON.stringify({
        framework: { format: 'coinr', path: 'iMeta.csv' },
        data: { format: 'coinr', path: 'iData.csv' },
        seed: 42,
        steps: [{ id: 'normalize', op: 'normalize', params: { range: [1, 100] } }, { id: 'aggregate', op: 'aggregate' }],
        uncertainty: {
          runs: 100,
          vary: [
            { step: 'normalize', pointer: '/params/range/0', values: { uniform: [0.5, 10] } },
            { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'geometric'] },
          ],
        },
      }),
    );
    en = await sensitivity('a');
  }, 30_000);

  it('uncertaintyReportHtml: a self-contained page with the rank-interval and the S_i / S_Ti charts', () => {
    expect(existsSync(join(dir, 'a', 'report.html'))).toBe(true);
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(en.match(/<svg[\s>]/g)).toHaveLength(2);
    expect(en).toContain('<section id="rank-intervals">');
    expect(en).toContain('<section id="sensitivity-indices">');
    expect(en).not.toMatch(/<script|<link|src="http/);
  });

  it('uncertaintyReportHtml: lists the uncertain inputs, the runs and the seed', () => {
    const inputs = /<table class="compact inputs">[\s\S]*?<\/table>/.exec(en)?.[0] ?? '';
    expect(inputs).toContain('<td>normalize</td><td><code>/params/range/0</code></td><td>uniform on [0.5, 10]</td>');
    expect(inputs).toContain('<td>aggregate</td><td><code>/method</code></td><td>arithmetic · geometric</td>');
    expect(en).toContain('<dt>Runs</dt><dd>24</dd>');
    expect(en).toContain('<dt>Seed</dt><dd>42</dd>');
  });

  it('uncertaintyReportHtml: a region named as markup stays text in the page and in the SVG', () => {
    expect(en).not.toContain(XSS);
    expect(en).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('uncertaintyReportHtml: the same spec writes the same bytes; --lang zh writes the page in Chinese', async () => {
    expect(await sensitivity('b')).toBe(en);
    const zh = await sensitivity('zh', ['--lang', 'zh']);
    expect(zh.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect(zh).toContain('<h2>排名区间</h2>');
    expect(zh).toContain('<dt>随机种子</dt><dd>42</dd>');
    expect(zh).toContain('<h2>方法说明</h2>');
    expect(zh).toContain('一阶 S_i = mean(y_B (y_ABi − y_A))/V');
  }, 30_000);

  it('uncertaintyReportHtml: the method section gives the Saltelli/Jansen estimators and the references (sensitivity)', () => {
    const method = en.slice(en.indexOf('<section id="method">'));
    expect(method).toContain('<h2>Method</h2>');
    expect(method).toContain('first order S_i = mean(y_B (y_ABi − y_A))/V; total S_Ti = Σ (y_A − y_ABi)²/(2NV)');
    expect(method).toContain('Saltelli A. et al. (2010), Computer Physics Communications 181(2): 259–270');
    expect(method).toContain('Saisana M., Saltelli A. &amp; Tarantola S. (2005), J. R. Stat. Soc. A 168(2): 307–323');
  });

  it('uncertaintyReportHtml: an uncertainty analysis draws the rank intervals only and says why', async () => {
    const page = await sensitivity('ua', [], ['--type', 'uncertainty']);
    expect(page.match(/<svg[\s>]/g)).toHaveLength(1);
    expect(page).toContain('<dt>Runs</dt><dd>6</dd>');
    expect(page).toContain('An uncertainty analysis has no sensitivity indices');
    expect(page).toContain('<h3>uncertainty analysis (N runs)</h3>');
    expect(page).not.toContain('<h3>sensitivity analysis');
  }, 30_000);
});
