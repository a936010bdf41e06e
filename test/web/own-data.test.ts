/**
 * Own data in the web app (issue 16): a spec with `clean: true` dropped with its CSV reads `"1,234.5"`; a CSV
 * dropped on its own gets a framework drafted from its headers with directions proposed from the words
 * (能耗, PM2.5, 失业 … less is better), its unclean cells are offered a "clean these cells" action, and its
 * indicators can be moved to new and existing pillars in the framework tree (undo returns). zh and en.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_AVAILABLE, launchApp, SHOTS, type AppHandle } from './page.js';

const PROVINCES = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁', '吉林', '黑龙江', '上海', '江苏', '浙江', '安徽', '福建', '江西', '山东', '河南', '湖北', '湖南', '广东', '广西', '海南', '重庆', '四川', '贵州', '云南', '西藏', '陕西', '甘肃', '青海', '宁夏', '新疆'];
// Headers that match none of the bundled frameworks' indicators (else the app uses that framework, by name).
const HEADERS = ['专精特新企业数(家)', '5G基站数(个)', '工业能耗强度(吨标准煤/万元)', 'PM2.5超标天数(天)', '青年调查失业率(%)', '新能源汽车保有量(万辆)'];

/** A graduate student's panel: 31 provinces × 2021–2022, Chinese headers with units, `"1,234.5"` once and `—` once. */
function studentCsv(): Buffer {
  const lines = [['地区', '年份', ...HEADERS].join(',')];
  PROVINCES.forEach((province, i) => {
    for (const year of [2021, 2022]) {
      const k = i + 1 + (year - 2021) * 0.5;
      const cells = [(1 + (k % 7) * 0.4).toFixed(2), String(1000 + ((k * 937) % 5000)), (0.3 + (k % 5) * 0.2).toFixed(2), String(20 + ((k * 13) % 40)), (2.5 + (k % 4) * 0.5).toFixed(1), String(250 + ((k * 17) % 150))];
      if (province === '江苏' && year === 2022) cells[1] = '"1,234.5"';
      if (province === '西藏' && year === 2021) cells[5] = '—';
      lines.push([province, year, ...cells].join(','));
    }
  });
  return Buffer.from(`${lines.join('\n')}\n`);
}

const FRAMEWORK = `code: student
nodes:
  - { code: INDEX, name: { zh: 综合指数, en: Index } }
  - { code: TECH, name: { zh: 科技, en: Technology }, parent: INDEX }
  - { code: GREEN, name: { zh: 绿色, en: Green }, parent: INDEX }
  - { code: firms, name: 专精特新企业数, parent: TECH }
  - { code: base5g, name: 5G基站数, parent: TECH }
  - { code: energy, name: 工业能耗强度, parent: GREEN, direction: -1 }
  - { code: pm25, name: PM2.5超标天数, parent: GREEN, direction: -1 }
`;
const SPEC = `name: { zh: 我的指数, en: My index }
framework: student-fw.yaml
data: { path: panel.csv, clean: true }
steps:
  - { op: normalize, method: min-max }
  - { op: weight, method: equal }
  - { op: aggregate, method: arithmetic }
`;

const rows = (page: Page) => page.locator('[data-testid=ranking] tbody tr[data-region]').count();
const notesText = (page: Page) => page.locator('aside.left .notes').innerText();

describe.skipIf(!CHROMIUM_AVAILABLE)('web app: own data', () => {
  let app: AppHandle;
  beforeAll(async () => {
    app = await launchApp();
  }, 120_000);
  afterAll(async () => app?.close());

  it('spec with clean: true dropped with its CSV and framework: "1,234.5" is cleaned (logged), 31 provinces ranked', async () => {
    const page = await app.open(1440, 900);
    await page.click('[data-testid=tab-data]');
    await page.setInputFiles('[data-testid=data-input]', [
      { name: 'my.yaml', mimeType: 'application/yaml', buffer: Buffer.from(SPEC) },
      { name: 'panel.csv', mimeType: 'text/csv', buffer: studentCsv() },
      { name: 'student-fw.yaml', mimeType: 'application/yaml', buffer: Buffer.from(FRAMEWORK) },
    ]);
    await expect.poll(() => page.textContent('h1'), { timeout: 30_000 }).toContain('我的指数');
    await expect.poll(() => rows(page), { timeout: 30_000 }).toBe(31);
    expect(await page.locator('[data-testid=problems]').count()).toBe(0);
    await page.click('aside.left .notes summary');
    expect(await notesText(page)).toContain('"1,234.5" → 1234.5');
    await page.screenshot({ path: join(SHOTS, 'own-data-clean-spec-zh.png') });
    await page.close();
  }, 120_000);

  it('CSV dropped alone: drafted framework with proposed directions; "clean these cells" in the error box; move indicators to new and existing pillars, undo', async () => {
    const page = await app.open(1440, 900);
    await page.click('[data-testid=tab-data]');
    await page.setInputFiles('[data-testid=data-input]', { name: 'student.csv', mimeType: 'text/csv', buffer: studentCsv() });
    // The build without clean names the cell and offers the action.
    await page.waitForSelector('[data-testid=problems]', { timeout: 30_000 });
    await page.screenshot({ path: join(SHOTS, 'own-data-clean-action-zh.png') });
    await page.waitForSelector('[data-testid=clean-cells]', { timeout: 30_000 });
    expect(await page.textContent('[data-testid=problems]')).toContain('1,234.5');
    expect(await page.textContent('[data-testid=clean-cells]')).toBe('清理这 2 个单元格');
    await page.screenshot({ path: join(SHOTS, 'own-data-clean-action-zh.png') });
    await page.click('[data-testid=clean-cells]');
    await expect.poll(() => page.locator('[data-testid=problems]').count(), { timeout: 30_000 }).toBe(0);
    await expect.poll(() => page.textContent('h1')).toContain('student.csv');
    expect(await rows(page)).toBe(31);
    await page.click('aside.left .notes summary');
    expect(await notesText(page)).toContain('"1,234.5" → 1234.5');

    // The drafted framework: one pillar, directions proposed from the words, units from the brackets.
    await page.click('[data-testid=tab-framework]');
    await page.waitForSelector('[data-testid=drafted-note]');
    const direction = (code: string) => page.textContent(`[data-testid=fw-direction-${code}]`);
    const proposal = (code: string) => page.textContent(`[data-testid=fw-proposal-${code}]`);
    expect(await direction('x01')).toBe('正向 +');
    expect(await direction('x03')).toBe('负向 −');
    expect(await proposal('x03')).toBe('建议负向（含“能耗”）');
    expect(await proposal('x04')).toBe('建议负向（含“PM2.5”）');
    expect(await proposal('x05')).toBe('建议负向（含“失业”）');
    expect(await proposal('x06')).toBe('建议正向');
    expect(await page.textContent('[data-testid=fw-name-x03]')).toBe('工业能耗强度');
    expect(await page.locator('[data-testid=ranking] thead th').count()).toBe(6);
    await page.screenshot({ path: join(SHOTS, 'own-data-drafted-zh.png') });

    // Regroup: energy to a new pillar, PM2.5 into it; the ranking gets a second pillar column.
    await page.selectOption('[data-testid=fw-move-x03]', { label: '＋ 新维度' });
    await page.waitForSelector('[data-testid=fw-name-P2]');
    const p2 = await page.locator('[data-testid=fw-move-x04] option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(p2).toContain('P2');
    await page.selectOption('[data-testid=fw-move-x04]', 'P2');
    await expect.poll(() => page.locator('[data-testid=fw-move-x04]').inputValue()).toBe('P2');
    await expect.poll(() => page.locator('[data-testid=ranking] thead th').count()).toBe(7);
    expect(await page.locator('aside.left [data-testid^=weight-]').count()).toBe(2);
    // Flip a proposal: the badge shows it was overridden.
    await page.click('[data-testid=fw-direction-x06]');
    await expect.poll(() => direction('x06')).toBe('负向 −');
    expect(await page.getAttribute('[data-testid=fw-proposal-x06]', 'class')).toContain('overridden');
    await page.screenshot({ path: join(SHOTS, 'own-data-pillars-zh.png') });
    await page.click('[data-testid=lang]');
    await expect.poll(() => proposal('x03')).toBe('proposed: less is better ("能耗")');
    expect(await page.textContent('[data-testid=drafted-note]')).toContain('drafted from the table');
    await page.screenshot({ path: join(SHOTS, 'own-data-pillars-en.png') });

    // Undo: the direction, then the two moves.
    await page.click('[data-testid=undo]');
    await page.click('[data-testid=undo]');
    await page.click('[data-testid=undo]');
    await expect.poll(() => page.locator('[data-testid=ranking] thead th').count()).toBe(6);
    expect(await page.locator('[data-testid=fw-name-P2]').count()).toBe(0);
    await page.close();
  }, 180_000);

  it('console: no errors were logged', () => {
    expect(app.errors).toEqual([]);
  });
});
