/**
 * The report in Debian's Chromium (playwright-core), opened from disk: it renders, runs nothing, loads nothing,
 * shows a markup-like region name as text, and prints to a multi-page PDF (one page rasterised by pdftoppm).
 * With $NQPF_SCREENSHOTS set, every section is screenshotted into that folder for a person to look at
 * (left out otherwise: the screenshots take most of the suite's time).
 * Without /usr/bin/chromium the suite is skipped with one line naming the apt command — except under CI=true.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadChinaMap } from '../../src/io/report/china-map.node.js';
import { reportHtml } from '../../src/io/report/report-html.js';
import { ASEM_SPEC, CHINA_SPEC, XSS, buildFile, hasChinaSpec } from './report-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const APT = 'apt-get install -y chromium fonts-wqy-microhei poppler-utils';
const available = existsSync(CHROMIUM);
const SHOTS = process.env.NQPF_SCREENSHOTS;
const SECTIONS = ['summary', 'framework', 'methods', 'data-quality', 'ranking', 'profiles', 'appendix', 'spec'];

if (!available && process.env.CI === 'true') {
  it('report in Chromium: Chromium is installed (CI)', () => {
    throw new Error(`${CHROMIUM} is missing: ${APT}`);
  });
} else if (!available) {
  console.log(`report browser tests skipped: no ${CHROMIUM} (${APT})`);
}

describe.skipIf(!available)('report in Chromium', () => {
  let browser: Browser;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'nqpf-report-'));
  const events: string[] = [];

  beforeAll(async () => {
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
    writeFileSync(join(dir, 'asem.html'), reportHtml(buildFile(ASEM_SPEC, { 0: XSS }), { lang: 'en' }));
    if (hasChinaSpec) writeFileSync(join(dir, 'china.html'), reportHtml(buildFile(CHINA_SPEC), { lang: 'zh', chinaMap: loadChinaMap() }));
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('dialog', (d) => (events.push(`dialog ${d.message()}`), void d.dismiss()));
    page.on('pageerror', (e) => events.push(`error ${e.message}`));
    page.on('request', (r) => !r.url().startsWith('file://') && events.push(`request ${r.url()}`));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  async function shootSections(name: string, extra: string[] = []): Promise<void> {
    for (const id of [...SECTIONS, ...extra]) {
      const section = page.locator(`#${id}`);
      expect((await section.boundingBox())?.height, id).toBeGreaterThan(40);
      if (SHOTS) await section.screenshot({ path: join(SHOTS, `${name}-${id}.png`) });
    }
  }

  it('report in Chromium: the ASEM report opens from disk, runs and loads nothing, shows the markup name as text', async () => {
    await page.goto(pathToFileURL(join(dir, 'asem.html')).href);
    expect(await page.getByText(XSS, { exact: true }).count()).toBeGreaterThan(0);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('#ranking svg rect, #ranking svg path').count()).toBeGreaterThan(51);
    await shootSections('asem-en');
    expect(events).toEqual([]);
  }, 60_000);

  it.runIf(hasChinaSpec)('report in Chromium: the China report draws the coloured province map and the diagnostic charts', async () => {
    await page.goto(pathToFileURL(join(dir, 'china.html')).href);
    const fills = await page.locator('#ranking figure:first-of-type svg path').evaluateAll((paths) => new Set(paths.map((p) => p.getAttribute('fill'))).size);
    expect(fills).toBeGreaterThan(10);
    // The diagnostics: nine charts drawn with size, the LISA map coloured by cluster, the typology's text table.
    const charts = page.locator('#analyses figure.diagnostic svg');
    expect(await charts.count()).toBe(9);
    for (const box of await charts.evaluateAll((svgs) => svgs.map((s) => s.getBoundingClientRect().height))) expect(box).toBeGreaterThan(100);
    expect(await page.locator('#analyses svg path[fill="#2c7bb6"]').count()).toBeGreaterThan(1);
    expect(await page.locator('#analyses table.typology tbody tr').count()).toBe(31);
    await shootSections('china-zh', ['analyses']);
    expect(events).toEqual([]);
  }, 60_000);

  it('report in Chromium: prints to a multi-page A4 PDF; pdftoppm renders a page', async () => {
    await page.goto(pathToFileURL(join(dir, 'asem.html')).href);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const out = SHOTS ?? dir;
    const pdfPath = join(out, 'report.pdf');
    writeFileSync(pdfPath, pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThan(5);
    try {
      execFileSync('pdftoppm', ['-f', '5', '-l', '5', '-r', '60', '-png', pdfPath, join(out, 'report-page')]);
    } catch {
      if (process.env.CI === 'true') throw new Error(`pdftoppm is missing: ${APT}`);
      console.log(`pdf page rendering skipped: no pdftoppm (${APT})`);
      return;
    }
    expect(existsSync(join(out, 'report-page-05.png')) || existsSync(join(out, 'report-page-5.png'))).toBe(true);
  }, 60_000);
});
