/**
 * Browser tests of the offline web app (issue 7) in Debian's Chromium via playwright-core: the one-file
 * build is served on 127.0.0.1 (and opened once from file:// offline). Without /usr/bin/chromium the
 * suite is skipped with one line naming the apt command — except under CI=true, where that is a failure.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { chromium, type Browser, type Page } from 'playwright-core';
import writeExcelFile from 'write-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromFile } from '../../src/cli/build-spec.js';
import { reportWithMap } from '../../src/io/report/china-map.node.js';
import { runUncertainty } from '../../src/core/index.js';
import { parse as parseYaml } from 'yaml';
import { toCsv } from '../../src/io/csv-write.js';
import { scoresTable } from '../../src/io/output-tables.js';
import { readCsvObjects, REPO } from '../helpers/build.js';
import { DIST, encodeGbk, ensureBuilt, serveDist } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const APT = 'apt-get install -y chromium fonts-wqy-microhei';
const available = existsSync(CHROMIUM);
const SHOTS = process.env.NQPF_SCREENSHOTS ?? join(tmpdir(), 'nqpf-web-screenshots');

if (!available && process.env.CI === 'true') {
  it('web app: Chromium is installed (CI)', () => {
    throw new Error(`${CHROMIUM} is missing: ${APT}`);
  });
} else if (!available) {
  console.log(`web app tests skipped: no ${CHROMIUM} (${APT})`);
}

describe.skipIf(!available)('web app', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;
  let url: string;
  const errors: string[] = [];

  const rankingOrder = () => page.locator('[data-testid=ranking] tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')));
  const rankingText = () => page.locator('[data-testid=ranking] tbody').innerText();
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

  beforeAll(async () => {
    ensureBuilt();
    mkdirSync(SHOTS, { recursive: true });
    ({ url, server } = await serveDist());
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('[data-testid=map][data-colored]');
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('app start: the China example colours 31 provinces and fills the ranking with 31 rows', async () => {
    expect(await page.getAttribute('[data-testid=map]', 'data-colored')).toBe('31');
    expect(await page.locator('[data-testid=ranking] tbody tr').count()).toBe(31);
    await expect.poll(() => page.textContent('figcaption')).toContain('示意图');
    await shot('results-map-zh');
  });

  it('weight slider: moving dimension weights re-ranks the table and recolours the map, within a measured latency', async () => {
    const before = await rankingOrder();
    // Time from the slider's input event until both the re-ranked table (tbody text changed) and the re-coloured
    // map (its data-draws count, bumped once the provinces' fills are set) are in the DOM: to the next
    // frame (requestAnimationFrame) and to the end of that frame's style, layout and paint (a task posted from it).
    const latencies: [number, number][] = await page.evaluate(async () => {
      const sliders = [...document.querySelectorAll<HTMLInputElement>('[data-testid^=weight-]')];
      const tbody = document.querySelector('[data-testid=ranking] tbody')!;
      const map = document.querySelector<HTMLElement>('[data-testid=map]')!;
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const move = (slider: HTMLInputElement, value: number) =>
        new Promise<[number, number]>((done) => {
          const text = tbody.textContent;
          const draws = map.dataset.draws;
          const observer = new MutationObserver(() => {
            if (tbody.textContent === text || map.dataset.draws === draws) return;
            observer.disconnect();
            requestAnimationFrame(() => {
              const frame = performance.now() - start;
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done([frame, performance.now() - start]);
              channel.port2.postMessage(null);
            });
          });
          observer.observe(tbody, { subtree: true, childList: true, characterData: true });
          observer.observe(map, { attributes: true, attributeFilter: ['data-draws'] });
          const start = performance.now();
          setter.call(slider, String(value));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
        });
      // One adjustment at a time, each after the previous one has settled.
      const settle = () => new Promise((done) => setTimeout(done, 250));
      const out: [number, number][] = [];
      for (let k = 0; k < 12; k++) {
        // start below the current weight: equal pillars sit at 1, the top of the scale
        out.push(await move(sliders[0], k % 2 === 0 ? 0.05 : 1));
        await settle();
      }
      out.push(await move(sliders[sliders.length - 1], 0.01));
      sliders[0].dispatchEvent(new Event('change', { bubbles: true }));
      return out;
    });
    const summary = (values: number[]) => {
      const sorted = values.slice().sort((a, b) => a - b);
      return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`;
    };
    const load = loadavg()[0].toFixed(1);
    console.log(
      `web slider latency (input → re-ranked table and re-coloured map, n=${latencies.length}): next frame ${summary(latencies.map((l) => l[0]))}; that frame painted ${summary(latencies.map((l) => l[1]))} (${cpus().length} cores, load average ${load})`,
    );
    expect(await rankingOrder()).not.toEqual(before);
    await expect.poll(() => page.textContent('[data-testid=status]')).toMatch(/自步骤 weight/);
  });

  it('tile grid: one coloured square for each of the 31 provinces, in the map\'s colours; clicking a province on the map selects it', async () => {
    // Guizhou on the map (its path's title names it) and as a tile: the same colour.
    const guizhou = page.locator('[data-testid=map] path', { has: page.locator('title', { hasText: /^贵州/ }) });
    const mapFill = await guizhou.getAttribute('fill');
    await guizhou.click();
    await expect.poll(() => page.locator('[data-testid=ranking] tr.selected').getAttribute('data-region')).toBe('520000');
    expect(await guizhou.getAttribute('class')).toContain('selected');
    await page.click('[data-testid=mode-tiles]');
    expect(await page.locator('[data-testid=tiles] [data-colored=true]').count()).toBe(31);
    expect(await page.locator('[data-testid=tiles] button', { hasText: '贵州' }).evaluate((b) => getComputedStyle(b).backgroundColor.replace(/ /g, ''))).toBe(mapFill);
    await shot('results-tiles-zh');
    await page.click('[data-testid=mode-map]');
    await page.click('[data-testid=tab-profile]');
    await page.waitForSelector('[data-testid=profile] .obstacles li');
    await shot('region-profile-zh');
    await page.click('[data-testid=tab-results]');
  });

  it('diagnostics tab: the Dagum decomposition, density ridgeline, Moran scatter and a 31-province LISA map; the profile shows the region type', async () => {
    await page.click('[data-testid=tab-diagnostics]');
    // Computed in the second worker after the slider test's last build; wait until it is current.
    await expect.poll(() => page.locator('[data-testid=diagnostics-progress]').count(), { timeout: 60_000 }).toBe(0);
    // Dagum: three stacked contributions and the G line, one point per year 2010–2023.
    await expect.poll(() => page.getAttribute('[data-testid=dagum]', 'data-points')).toBe('14,14,14,14');
    await expect.poll(() => page.getAttribute('[data-testid=lisa-map]', 'data-regions')).toBe('31');
    expect(await page.textContent('[data-testid=moran-title]')).toMatch(/^2023 全局莫兰指数 I = -?\d\.\d{3}（置换 p = \d\.\d{3}）$/);
    expect(await page.textContent('[data-testid=diagnostics] .lisa-legend')).toMatch(/高—高 \(\d+\).*不显著 \(\d+\)/);
    expect(await page.locator('[data-testid=density]').count()).toBe(1);
    expect(await page.locator('[data-testid=coupling]').count()).toBe(1);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=dagum-svg]')]);
    expect(svg.suggestedFilename()).toBe('dagum-gini.svg');
    expect(readFileSync((await svg.path())!, 'utf8')).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    await shot('diagnostics-zh');
    await page.click('[data-testid=tab-profile]');
    await page.selectOption('#profile-region', '110000');
    expect(await page.textContent('[data-testid=typology-type]')).toMatch(/^类型：(领先快进型|领先缓进型|追赶型|滞后型)·.+ · 水平档次 .+水平$/);
    expect(await page.textContent('[data-testid=typology-profile]')).toMatch(/^北京：.+最相似地区：.+。$/);
    expect(await page.locator('[data-testid=typology-similar] button').count()).toBe(3);
    await shot('region-profile-zh');
    await page.click('[data-testid=tab-results]');
  });

  it('language switch: English labels and region names, then back to Chinese', async () => {
    await page.click('[data-testid=lang]');
    await expect.poll(() => page.textContent('[data-testid=tab-results]')).toBe('Results');
    expect(await rankingText()).toContain('Beijing');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await shot('results-map-en');
    await page.click('[data-testid=lang]');
    await expect.poll(() => page.textContent('[data-testid=tab-results]')).toBe('结果');
    expect(await rankingText()).toContain('北京');
  });

  it('spec export → import: the re-imported spec gives the same ranking', async () => {
    const exported = await rankingText();
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-spec]')]);
    const yaml = readFileSync((await download.path())!, 'utf8');
    expect(yaml).toMatch(/method: fixed/);
    await page.click('[data-testid=tab-data]');
    await page.selectOption('#example-select', 'china-three-factors');
    await expect.poll(rankingText).not.toBe(exported);
    await page.setInputFiles('[data-testid=spec-input]', { name: 'spec.yaml', mimeType: 'application/yaml', buffer: Buffer.from(yaml) });
    await expect.poll(rankingText).toBe(exported);
  });

  it('framework tree: a rename and a direction flip are spec overrides — the UI follows, the exported spec rebuilds in the CLI to the same scores.csv, undo restores; a bundled framework can be picked', async () => {
    const before = await rankingText();
    await page.click('[data-testid=tab-framework]');
    await page.click('[data-testid=fw-name-TECH]');
    await page.fill('[data-testid=fw-name-input-TECH]', '科技创新力');
    await page.press('[data-testid=fw-name-input-TECH]', 'Enter');
    await expect.poll(() => page.textContent('[data-testid=fw-name-TECH]')).toBe('科技创新力');
    await expect.poll(() => page.textContent('aside.left')).toContain('科技创新力');
    expect(await page.textContent('[data-testid=fw-direction-rd_intensity]')).toBe('正向 +');
    await page.click('[data-testid=fw-direction-rd_intensity]');
    await expect.poll(() => page.textContent('[data-testid=fw-direction-rd_intensity]')).toBe('负向 −');
    await expect.poll(rankingText).not.toBe(before);
    await shot('framework-tree-zh');

    const [specFile] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-spec]')]);
    const yaml = readFileSync((await specFile.path())!, 'utf8');
    const exported = parseYaml(yaml) as { framework: { overrides: unknown } };
    expect(exported.framework.overrides).toEqual({ TECH: { name: { zh: '科技创新力', en: 'Technological innovation' } }, rd_intensity: { direction: -1 } });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-web-spec-'));
    writeFileSync(join(dir, 'spec.yaml'), yaml);
    const table = scoresTable(buildFromFile(join(dir, 'spec.yaml')).build);
    expect(readFileSync((await csv.path())!, 'utf8') === toCsv(table.header, table.rows)).toBe(true);

    await page.click('[data-testid=undo]');
    await page.click('[data-testid=undo]');
    await expect.poll(rankingText).toBe(before);
    await expect.poll(() => page.textContent('[data-testid=fw-name-TECH]')).toBe('科技创新');

    // Another bundled framework over the same data: the tree and the ranking follow; undo returns.
    await page.selectOption('[data-testid=framework-select]', 'nqpf:frameworks/nqpf-three-factors.yaml');
    await page.waitForSelector('[data-testid=fw-name-LABORERS]');
    await expect.poll(rankingText).not.toBe(before);
    await page.click('[data-testid=undo]');
    await expect.poll(rankingText).toBe(before);
    await page.click('[data-testid=tab-results]');
  });

  it('results export: scores.csv with the output contract header and an XLSX workbook', async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-csv]')]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text.startsWith('\uFEFFregion,name_zh,name_en,year,node,level,score,rank\n')).toBe(true);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-xlsx]')]);
    const workbook = XLSX.read(readFileSync((await xlsx.path())!), { type: 'buffer' });
    expect(workbook.SheetNames.slice(0, 4)).toEqual(['scores', 'panel', 'weights', 'notes']);
    expect(XLSX.utils.sheet_to_json<string[]>(workbook.Sheets.scores, { header: 1 })[0]).toEqual(['地区', '地区名称', '英文名称', '年份', '节点', '层级', '得分', '排名']);
  });

  it('data import: a GBK CSV is decoded, and a misspelt province is flagged with a suggestion', async () => {
    const rows = readCsvObjects('data/china-provinces.csv').filter((r) => r.year === '2022' || r.year === '2023');
    const full = (r: Record<string, string>) => (r.region === '230000' ? '黑龙讧省' : fullName(r.region_zh));
    const text = ['地区,年份,R&D经费投入强度,发明专利授权占比', ...rows.map((r) => [full(r), r.year, r.rd_intensity, r.invention_share_grant].join(','))].join('\r\n');
    await page.click('[data-testid=tab-data]');
    await page.setInputFiles('[data-testid=data-input]', { name: 'provinces-gbk.csv', mimeType: 'text/csv', buffer: Buffer.from(encodeGbk(text)) });
    await expect.poll(() => page.textContent('[data-testid=quality]')).toContain('provinces-gbk.csv');
    expect(await page.textContent('[data-testid=unmatched]')).toContain('“黑龙讧省” — 建议: 黑龙江省');
    expect(await page.locator('[data-testid=ranking] tbody tr').count()).toBe(31);
    expect(await rankingText()).toContain('内蒙古自治区');
    await shot('data-quality-gbk');
  });

  it('data import: an XLSX panel keyed by adcode builds a 31-province ranking and map', async () => {
    const rows = readCsvObjects('data/china-provinces.csv').filter((r) => r.year === '2023');
    const header = ['region', 'year', 'rd_intensity', 'invention_share_grant', 'business_rd_share'];
    const data = [header.map((value) => ({ value })), ...rows.map((r) => [{ value: r.region }, { value: 2023, type: Number }, ...header.slice(2).map((c) => ({ value: Number(r[c]), type: Number }))])];
    const bytes = await writeExcelFile(data as never).toBuffer();
    await page.setInputFiles('[data-testid=data-input]', { name: 'provinces.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(bytes) });
    await expect.poll(() => page.textContent('[data-testid=quality]')).toContain('provinces.xlsx (XLSX)');
    expect(await page.textContent('[data-testid=quality]')).toContain('地区名称全部匹配');
    expect(await page.locator('[data-testid=ranking] tbody tr').count()).toBe(31);
    await page.click('[data-testid=tab-results]');
    await expect.poll(() => page.getAttribute('[data-testid=map]', 'data-colored')).toBe('31');
  });

  it('file:// build: opens from disk offline with the China example', async () => {
    const context = await browser.newContext({ offline: true, viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    const offline = await context.newPage();
    offline.on('console', (m) => m.type() === 'error' && errors.push(`file://: ${m.text()}`));
    offline.on('pageerror', (e) => errors.push(`file://: ${e.message}`));
    await offline.goto(pathToFileURL(DIST).href);
    await offline.waitForSelector('[data-testid=map][data-colored="31"]');
    expect(await offline.locator('[data-testid=ranking] tbody tr').count()).toBe(31);
    // The report's SVG charts are drawn in the (inlined, blob-URL) worker from disk too.
    const [report] = await Promise.all([offline.waitForEvent('download'), offline.click('[data-testid=export-report]')]);
    expect(readFileSync((await report.path())!, 'utf8')).toMatch(/^<!DOCTYPE html>[\s\S]*<section id="ranking"><h2>地图与排名<\/h2><figure><svg /);
    await context.close();
  });

  it('robustness tab: runs the uncertainty block with progress, draws 31 rank intervals equal to the core\'s, and cancel keeps the finished runs', async () => {
    // A fresh page: the China example as specs/china-provinces.yaml writes it (the slider test changed the weights).
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    fresh.on('console', (m) => m.type() === 'error' && errors.push(`robustness: ${m.text()}`));
    fresh.on('pageerror', (e) => errors.push(`robustness: ${e.message}`));
    await fresh.goto(url);
    await fresh.waitForSelector('[data-testid=map][data-colored]');
    await fresh.click('[data-testid=tab-robustness]');
    await fresh.click('[data-testid=robustness-run]');
    await fresh.waitForSelector('[data-testid=robustness-progress]');
    await fresh.waitForSelector('[data-testid=rank-intervals][data-regions]', { timeout: 60_000 });
    expect(await fresh.locator('[data-testid=robustness-progress]').count()).toBe(0);
    expect(await fresh.getAttribute('[data-testid=rank-intervals]', 'data-regions')).toBe('31');
    expect(await fresh.textContent('[data-testid=robustness-summary]')).toMatch(/^完成 200 次运行，用时 \d+\.\d 秒。$/);
    // Oracle: the engine's single-thread runUncertainty in Node over the same spec and seed — what
    // `nqpf sensitivity` writes to rank-intervals.csv for any worker count (test/cli sensitivity tests).
    const year = Number(await fresh.getAttribute('[data-testid=rank-intervals]', 'data-year'));
    const shown = JSON.parse((await fresh.getAttribute('[data-testid=rank-intervals]', 'data-intervals'))!) as [string, number, number, number, number][];
    const { build } = buildFromFile(join(REPO, 'specs/china-provinces.yaml'));
    const result = runUncertainty(build);
    const { regions, years } = build.results;
    const t = years.indexOf(year);
    const expected = regions
      .map((region, r) => {
        const c = result.intervals[t * regions.length + r];
        return [region.code, c.nominalRank, c.medianRank, c.q05Rank, c.q95Rank] as [string, number, number, number, number];
      })
      .sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
    expect(t).toBeGreaterThanOrEqual(0);
    expect(shown).toEqual(expected);
    await fresh.screenshot({ path: join(SHOTS, 'robustness-zh.png') });
    // Cancel: stops after the running chunk; the summary says how many of the 200 runs it holds.
    await fresh.click('[data-testid=robustness-run]');
    await fresh.click('[data-testid=robustness-cancel]');
    await fresh.waitForSelector('[data-testid=robustness-partial]', { timeout: 60_000 });
    const partial = await fresh.textContent('[data-testid=robustness-partial]');
    const done = Number(/已完成的 (\d+)\/200 次运行/.exec(partial ?? '')?.[1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(200);
    expect(await fresh.getAttribute('[data-testid=rank-intervals]', 'data-regions')).toBe('31');
    // A spec without an uncertainty block: a note and a button that adds the default block, undoable.
    await fresh.click('[data-testid=tab-data]');
    await fresh.selectOption('#example-select', 'china-three-factors');
    await fresh.click('[data-testid=tab-robustness]');
    await fresh.waitForSelector('[data-testid=robustness-none]');
    await fresh.focus('[data-testid=robustness-add]');
    await fresh.keyboard.press('Enter');
    await fresh.waitForSelector('[data-testid=robustness-run]');
    await fresh.keyboard.press('Control+z');
    await fresh.waitForSelector('[data-testid=robustness-none]');
    await fresh.close();
  }, 120_000);

  it('report export: report.html from the worker equals the CLI\'s report of the China spec byte for byte, map and ranking inline, no script', async () => {
    // A fresh page: the unmodified China example, whose spec is specs/china-provinces.yaml as parsed (bundled.ts).
    const fresh = await browser.newPage({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
    fresh.on('console', (m) => m.type() === 'error' && errors.push(`report: ${m.text()}`));
    fresh.on('pageerror', (e) => errors.push(`report: ${e.message}`));
    await fresh.goto(url);
    await fresh.waitForSelector('[data-testid=map][data-colored]');
    // The diagnostics worker has the analyses of this build: the report comes from it, analyses included.
    await fresh.waitForSelector('[data-testid=export-report][data-analyses=ready]', { timeout: 60_000 });
    const [download] = await Promise.all([fresh.waitForEvent('download'), fresh.click('[data-testid=export-report]')]);
    expect(download.suggestedFilename()).toBe('report.html');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.slice(0, 15).toLowerCase()).toBe('<!doctype html>');
    // The ranking section opens with the province map (inline SVG, one path or more per province), then the ranking table.
    const ranking = /<section id="ranking">[\s\S]*?<\/section>/.exec(text)?.[0] ?? '';
    const map = /^<section id="ranking"><h2>地图与排名<\/h2><figure><svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*?<\/svg>/.exec(ranking)?.[0] ?? '';
    expect(map.match(/<path /g)?.length ?? 0).toBeGreaterThanOrEqual(31);
    const table = /<table class="compact ranking">[\s\S]*?<\/table>/.exec(ranking)?.[0] ?? '';
    expect(table.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)?.length).toBe(31);
    expect(table).toContain('<td>北京</td>');
    expect(text).not.toMatch(/<script/i);
    expect(text).toContain('<section id="analyses">');
    // Oracle: the CLI's own path — buildFromFile + reportWithMap (the report `nqpf run` writes) in Node.
    const { build } = buildFromFile(join(REPO, 'specs/china-provinces.yaml'));
    const expected = reportWithMap(build, { lang: 'zh' });
    expect(text.length).toBe(expected.length);
    expect(text === expected).toBe(true);
    // English, right after a weight change: the analyses are not ready, so the build worker writes the report
    // without them. The button's state is read in the same task as the click (the handler sees that render).
    await fresh.click('[data-testid=lang]');
    await fresh.locator('[data-testid^=weight-]').first().fill('0.2');
    await fresh.waitForSelector('[data-testid=export-report][data-analyses=none]');
    const [english, state] = await Promise.all([
      fresh.waitForEvent('download'),
      fresh.evaluate(() => {
        const button = document.querySelector<HTMLButtonElement>('[data-testid=export-report]')!;
        const analyses = button.dataset.analyses;
        button.click();
        return analyses;
      }),
    ]);
    const en = readFileSync((await english.path())!, 'utf8');
    expect(en.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(en).toContain('<h2>Map and ranking</h2>');
    expect(en.includes('<section id="analyses">')).toBe(state === 'ready');
    expect(en).not.toMatch(/<script/i);
    await fresh.close();
  }, 120_000);

  it('console: no errors were logged', () => {
    expect(errors).toEqual([]);
  });
});

function fullName(short: string): string {
  const special: Record<string, string> = { 内蒙古: '内蒙古自治区', 广西: '广西壮族自治区', 西藏: '西藏自治区', 宁夏: '宁夏回族自治区', 新疆: '新疆维吾尔自治区' };
  if (special[short]) return special[short];
  return ['北京', '天津', '上海', '重庆'].includes(short) ? `${short}市` : `${short}省`;
}
