/**
 * The ranking table never hides the region name (issue 16 item 2): with 6 indicator columns the region column was
 * 0 px wide, and in English at 1440 and 1920 px Shanghai, Shandong, Shanxi, Shaanxi and Sichuan all showed as `S…`.
 * Checked at four widths, three column counts and both languages: every region cell is wider than zero, shows its
 * whole name (no overflow) and lies inside the visible pane.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvObjects } from '../helpers/build.js';
import { CHROMIUM_AVAILABLE, launchApp, SHOTS, type AppHandle } from './page.js';

const WIDTHS = [1024, 1280, 1440, 1920];
const HEADERS = ['R&D经费投入强度(%)', '发明专利授权占比(%)', '企业R&D经费占比(%)', '研究人员占比(%)', '基础研究占比(%)', '政府资金占比(%)', 'R&D经费(万元)', 'R&D人员全时当量(人年)', '专利授权数(件)', '高新技术企业数(个)', 'SCI论文数(篇)', '财政科技支出(亿元)'];
const INDICATORS = ['rd_intensity', 'invention_share_grant', 'business_rd_share', 'researcher_share', 'basic_research_share', 'gov_rd_share', 'rd_exp', 'rd_fte', 'patent_grant', 'hitech_firms', 'papers_sci', 'fiscal_exp_scitech'];

/** The bundled China panel, 2018–2022, with the first `count` indicators, as a user's CSV with Chinese province names. */
function provincesCsv(count: number): Buffer {
  const columns = INDICATORS.slice(0, count);
  const rows = readCsvObjects('data/china-provinces.csv').filter((r) => Number(r.year) >= 2018 && Number(r.year) <= 2022);
  // Headers as a user writes them (matched to the pillars framework's names).
  const headers = HEADERS.slice(0, count);
  return Buffer.from(['地区,年份,' + headers.join(','), ...rows.map((r) => [r.region_zh, r.year, ...columns.map((c) => r[c] || '1')].join(','))].join('\n'));
}

/** A framework with one pillar per indicator, so the ranking has `count` pillar columns. */
function pillarsFramework(count: number): Buffer {
  const nodes = ['  - { code: INDEX, name: { zh: 综合指数, en: Index } }'];
  HEADERS.slice(0, count).forEach((header, j) => {
    const name = header.replace(/\(.*\)$/, '');
    nodes.push(`  - { code: P${j + 1}, name: { zh: "${name}维度", en: "Pillar ${j + 1}" }, parent: INDEX }`);
    nodes.push(`  - { code: x${j + 1}, name: "${name}", parent: P${j + 1} }`);
  });
  return Buffer.from(`nodes:\n${nodes.join('\n')}\n`);
}

interface RegionCell {
  text: string;
  width: number;
  clipped: boolean;
  inside: boolean;
}

const regionCells = (page: Page): Promise<RegionCell[]> =>
  page.evaluate(() => {
    const pane = document.querySelector('[data-testid=ranking-pane]')!.getBoundingClientRect();
    return [...document.querySelectorAll<HTMLElement>('[data-testid=ranking] tbody th.region-name')].map((th) => {
      const box = th.getBoundingClientRect();
      return { text: th.textContent ?? '', width: th.clientWidth, clipped: th.scrollWidth > th.clientWidth, inside: box.left >= pane.left - 0.5 && box.right <= pane.right + 0.5 };
    });
  });

describe.skipIf(!CHROMIUM_AVAILABLE)('web app: ranking table', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await launchApp();
  }, 120_000);
  afterAll(async () => app?.close());

  for (const width of WIDTHS) {
    it(`ranking table at ${width} px: the region name is whole and in view with the China example and 6 and 12 indicator columns, zh and en`, async () => {
      const cases: [string, Buffer | null][] = [
        ['china', null],
        ['6', provincesCsv(6)],
        ['12', provincesCsv(12)],
      ];
      for (const [label, csv] of cases) {
        // A fresh page per case: a second table sharing columns with the first would reuse the first's framework.
        const page = await app.open(width, 800);
        if (csv) {
          await page.click('[data-testid=tab-data]');
          await page.setInputFiles('[data-testid=data-input]', [
            { name: `provinces-${label}.csv`, mimeType: 'text/csv', buffer: csv },
            { name: `pillars-${label}.yaml`, mimeType: 'application/yaml', buffer: pillarsFramework(Number(label)) },
          ]);
          await expect.poll(() => page.locator('[data-testid=ranking] thead th').count(), { timeout: 30_000 }).toBe(5 + Number(label));
        }
        for (const lang of ['zh', 'en'] as const) {
          if ((await page.getAttribute('html', 'lang')) !== (lang === 'zh' ? 'zh-CN' : 'en')) await page.click('[data-testid=lang]');
          await expect.poll(() => page.getAttribute('html', 'lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
          const cells = await regionCells(page);
          expect(cells.length).toBe(31);
          for (const cell of cells) {
            expect(cell.width, `${width}px ${label} ${lang}: ${cell.text}`).toBeGreaterThan(0);
            expect(cell.clipped, `${width}px ${label} ${lang}: ${cell.text} is clipped`).toBe(false);
            expect(cell.inside, `${width}px ${label} ${lang}: ${cell.text} is outside the pane`).toBe(true);
          }
          if (lang === 'en') expect(cells.map((c) => c.text)).toEqual(expect.arrayContaining(['Shanghai', 'Shandong', 'Shanxi', 'Shaanxi', 'Sichuan']));
          if (lang === 'zh' && label !== 'china') expect(cells.map((c) => c.text)).toEqual(expect.arrayContaining(['内蒙古', '黑龙江']));
          await page.screenshot({ path: join(SHOTS, `ranking-${width}-${label}-${lang}.png`) });
        }
        // Scrolled sideways to the last column, rank, change and region stay in view.
        await page.locator('[data-testid=ranking-pane]').evaluate((pane) => (pane.scrollLeft = pane.scrollWidth));
        for (const cell of await regionCells(page)) expect(cell.inside).toBe(true);
        if (label === '12') await page.screenshot({ path: join(SHOTS, `ranking-${width}-12-scrolled.png`) });
        await page.close();
      }
    }, 120_000);
  }

  it('console: no errors were logged', () => {
    expect(app.errors).toEqual([]);
  });
});
