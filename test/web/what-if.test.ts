/**
 * Browser test of the what-if panel (issue 15): move a slider → new rank and a re-coloured map; run a path to rank k;
 * add a projection; export the spec → `nqpf whatif` reproduces the rank and the path. Skipped without Chromium
 * (see app.test.ts for the CI rule).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCsvObjects } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';
import { CHROMIUM_AVAILABLE, launchApp, SHOTS, type AppHandle } from './page.js';

describe.skipIf(!CHROMIUM_AVAILABLE)('web app: what-if panel', () => {
  let app: AppHandle;
  let page: Page;

  beforeAll(async () => {
    app = await launchApp();
    page = await app.open(1280, 1400);
    await page.waitForSelector('[data-testid=map][data-colored]');
  }, 120_000);

  afterAll(async () => app?.close());

  it('slider → rank and map; path to rank k; projection; the exported spec reproduces them in the CLI', async () => {
    await page.click('[data-testid=tab-profile]');
    await page.selectOption('#profile-region', '520000');
    await page.waitForSelector('[data-testid=what-if-rd_intensity]');
    const rankBefore = Number((await page.textContent('[data-testid=what-if-result] tbody tr td:nth-child(3)'))!.trim());
    // Drag R&D intensity to +100 % (input events while dragging, change on release).
    await page.$eval('[data-testid=what-if-rd_intensity]', (el) => {
      const input = el as HTMLInputElement;
      for (const v of ['20', '60', '100']) {
        input.value = v;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForSelector('[data-testid=what-if-rank]');
    const rankAfter = Number(await page.textContent('[data-testid=what-if-rank]'));
    expect(rankAfter).toBeLessThan(rankBefore);
    expect(await page.getAttribute('[data-testid=what-if] [data-testid=map]', 'data-colored')).toBe('31');
    // The type (分类指导) before and after, by the spec's typology analysis (the bundled China example has one).
    const typeAfter = (await page.textContent('[data-testid=what-if-type]'))!.trim();
    expect(typeAfter).toMatch(/领先|无领先维度/);
    expect((await page.textContent('[data-testid=what-if-type-before]'))!.trim()).toMatch(/领先|无领先维度/);
    expect(await page.textContent('[data-testid=what-if-type-source]')).toMatch(/typology 分析/);

    // The ranking table and the main map follow the scenario, labelled, with a way back to observed.
    const rankCell = '[data-testid=ranking] tr[data-region="520000"] td:first-child';
    expect(Number(await page.textContent(rankCell))).toBe(rankAfter);
    expect(await page.textContent('aside.right [data-testid=scenario-banner]')).toMatch(/情景模拟（非观测值）：whatif · 2023/);
    await page.click('[data-testid=tab-results]');
    await page.waitForSelector('[data-testid=map][data-colored]');
    expect(await page.locator('main [data-testid=scenario-banner]').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'what-if-scenario-map-zh.png'), fullPage: true });
    await page.click('main [data-testid=scenario-toggle]');
    await page.waitForFunction((cell) => Number(document.querySelector(cell)?.textContent) !== 0, rankCell);
    expect(Number(await page.textContent(rankCell))).toBe(rankBefore);
    expect(await page.getAttribute('main [data-testid=scenario-banner]', 'data-showing')).toBe('observed');
    await page.click('main [data-testid=scenario-toggle]');
    expect(Number(await page.textContent(rankCell))).toBe(rankAfter);
    await page.click('[data-testid=lang]');
    expect(await page.textContent('main [data-testid=scenario-banner]')).toMatch(/Scenario \(not observed\): whatif · 2023/);
    await page.screenshot({ path: join(SHOTS, 'what-if-scenario-map-en.png'), fullPage: true });
    await page.click('[data-testid=lang]');

    // Planners' targets: a targets.csv dropped on the Data tab appears in the region profile.
    const targetsDir = mkdtempSync(join(tmpdir(), 'nqpf-web-targets-'));
    writeFileSync(join(targetsDir, 'targets.csv'), 'indicator,region,year,value\nrd_intensity,贵州,2027,2\nrd_intensity,*,2030,3\n');
    await page.click('[data-testid=tab-data]');
    await page.setInputFiles('[data-testid=data-input]', join(targetsDir, 'targets.csv'));
    await page.click('[data-testid=tab-profile]');
    await page.waitForSelector('[data-testid=targets-table]');
    const targetRows = await page.locator('[data-testid=targets-table] tbody tr').allTextContents();
    expect(targetRows).toHaveLength(2);
    expect(targetRows[0]).toMatch(/2027/);

    await page.fill('[data-testid=path-k]', String(rankAfter - 1));
    await page.click('[data-testid=path-run]');
    await page.waitForSelector('[data-testid=path-result]');
    expect(await page.textContent('[data-testid=path-result]')).toMatch(/完全重建验证：(未)?达到目标/);
    await page.click('[data-testid=projection-run]');
    await page.waitForSelector('[data-testid=projection-chart]');
    await page.screenshot({ path: join(SHOTS, 'what-if-zh.png'), fullPage: true });
    await page.locator('[data-testid=projection-chart]').screenshot({ path: join(SHOTS, 'what-if-projection-zh.png') });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-spec]')]);
    const yaml = readFileSync((await download.path())!, 'utf8');
    const spec = parseYaml(yaml) as { scenarios: unknown[]; paths: unknown[]; projection: unknown; targets: string };
    expect(spec.targets).toBe('targets.csv');
    expect(spec.scenarios).toEqual([{ id: 'whatif', year: 2023, regions: ['520000'], changes: { rd_intensity: { multiply: 2 } }, rebuild: true }]);
    expect(spec.paths).toMatchObject([{ id: 'path', region: '520000', year: 2023, target: { rank: rankAfter - 1 }, limits: { default: { multiply: 1.3 } } }]);
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-web-whatif-'));
    writeFileSync(join(dir, 'spec.yaml'), yaml);
    writeFileSync(join(dir, 'targets.csv'), readFileSync(join(targetsDir, 'targets.csv')));
    const cli = await runCli(['whatif', join(dir, 'spec.yaml'), '--out', join(dir, 'out'), '-q']);
    expect(cli.stderr).toBe('');
    const row = readCsvObjects(join(dir, 'out/scenarios/whatif.csv')).find((r) => r.region === '520000' && r.node === 'NQPF')!;
    expect(Number(row.rank_after)).toBe(rankAfter);
    const moves = readCsvObjects(join(dir, 'out/paths/path.csv'));
    expect(moves.length).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=path-chart]').count()).toBe(1);
    expect(existsSync(join(dir, 'out/projection.csv'))).toBe(true);
    // The CLI's targets.csv has the rows the profile showed for 贵州 (distance to the same target).
    const targets = readCsvObjects(join(dir, 'out/targets.csv')).filter((r) => r.region === '520000');
    expect(targets.map((r) => [r.indicator, r.year, r.target])).toEqual([
      ['rd_intensity', '2027', '2'],
      ['rd_intensity', '2030', '3'],
    ]);
    expect(app.errors).toEqual([]);
  }, 120_000);
});
