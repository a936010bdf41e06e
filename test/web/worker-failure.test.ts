/**
 * Issue 17 in the browser: a worker that fails while the user works loses nothing. The test wraps the page's
 * Worker so that one chosen request kills its worker (terminated, then an error event, as a crash gives); the
 * client replaces the worker (worker-client.ts) and the page keeps the imported files and the user's edits:
 * the ranking stays on screen, Retry rebuilds with the moved weight or imports the dropped files again.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFromFile } from '../../src/cli/build-spec.js';
import { countyPanel } from './county-panel.js';
import { CHROMIUM_AVAILABLE, launchApp, SHOTS, type AppHandle } from './page.js';

/** In the page before its scripts: `window.failNext = 'build'` makes the next build request kill its worker. */
const KILL_SWITCH = `(() => {
  const Native = window.Worker;
  window.Worker = class extends Native {
    postMessage(message, transfer) {
      if (window.failNext && message && message.request && message.request.type === window.failNext) {
        window.failNext = null;
        this.terminate();
        setTimeout(() => this.onerror && this.onerror(new ErrorEvent('error', { message: 'killed by the test' })), 0);
        return;
      }
      return super.postMessage(message, transfer);
    }
  };
})();`;

describe.skipIf(!CHROMIUM_AVAILABLE)('web app: a worker failure keeps the user\'s files and edits', () => {
  let app: AppHandle;
  let page: Page;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nqpf-web-failure-'));
    const { csv, framework } = countyPanel(12, 3, 20);
    writeFileSync(join(dir, 'mine.csv'), csv);
    writeFileSync(join(dir, 'mine.yaml'), framework);
    const second = countyPanel(9, 2, 20);
    writeFileSync(join(dir, 'other.csv'), second.csv.replace(/\bC0/g, 'K0'));
    app = await launchApp();
    page = await app.browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && app.errors.push(m.text()));
    page.on('pageerror', (e) => app.errors.push(e.message));
    await page.addInitScript(KILL_SWITCH);
    await page.goto(app.url);
    await page.waitForSelector('[data-testid=ranking] tbody tr');
  }, 120_000);
  afterAll(async () => app?.close());

  const regions = () => page.locator('[data-testid=ranking] tbody tr[data-region]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')).sort());
  const exportedWeights = async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-spec]')]);
    const spec = parseYaml(readFileSync((await download.path())!, 'utf8')) as { steps: { op: string; params?: { weights?: Record<string, number> } }[] };
    return spec.steps.find((s) => s.op === 'weight')?.params?.weights ?? {};
  };

  it('build fails after a weight move: the data and the weight stay, Retry rebuilds with them', async () => {
    await page.click('[data-testid=tab-data]');
    await page.setInputFiles('[data-testid=data-input]', [join(dir, 'mine.csv'), join(dir, 'mine.yaml')]);
    await page.waitForSelector('[data-testid=ranking] tbody tr[data-region=C0001]');
    const ours = await regions();
    expect(ours).toHaveLength(12);
    const before = await page.locator('[data-testid=ranking] tbody').innerText();

    await page.evaluate(() => ((window as unknown as { failNext: string }).failNext = 'build'));
    await page.locator('[data-testid^=weight-]').first().evaluate((slider: HTMLInputElement) => {
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(slider, '0.1');
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await page.waitForSelector('[data-testid=retry]');
    expect(await page.textContent('[data-testid=problems]')).toContain('计算线程出错并已重启：killed by the test。导入的文件和修改都已保留');
    // Still the user's data on screen, and the moved weight still in the spec.
    expect(await regions()).toEqual(ours);
    expect((await exportedWeights()).D1).toBe(0.1);
    await page.screenshot({ path: join(SHOTS, 'worker-failed-zh.png') });

    await page.click('[data-testid=retry]');
    await page.waitForSelector('[data-testid=problems]', { state: 'detached' });
    await expect.poll(() => page.locator('[data-testid=ranking] tbody').innerText()).not.toBe(before);
    expect(await regions()).toEqual(ours);
    // The ranking shown equals the CLI's build of the exported spec (the moved weight) on the same files.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=export-spec]')]);
    // The steps only (the China example's analyses, e.g. Dagum by region4, do not apply to these units).
    const { analyses: _a, uncertainty: _u, ...steps } = parseYaml(readFileSync((await download.path())!, 'utf8')) as Record<string, unknown>;
    writeFileSync(join(dir, 'spec.yaml'), JSON.stringify(steps));
    const { build } = buildFromFile(join(dir, 'spec.yaml'));
    const { regions: units, years, ranks, framework } = build.results;
    const root = framework.nodes.find((n) => n.parent === null)!.code;
    const last = years.length - 1;
    const expected = units.map((u, r) => [u.code, ranks[root][last * units.length + r]] as const).sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1)).map(([code]) => code);
    const shown = await page.locator('[data-testid=ranking] tbody tr[data-region]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-region')));
    expect(shown).toEqual(expected);
    expect(build.spec.steps.find((s) => s.op === 'weight')?.params.weights).toMatchObject({ D1: 0.1 });
  });

  it('import fails: Retry imports the dropped file again without a second drop', async () => {
    await page.evaluate(() => ((window as unknown as { failNext: string }).failNext = 'import'));
    await page.setInputFiles('[data-testid=data-input]', [join(dir, 'other.csv')]);
    await page.waitForSelector('[data-testid=retry]');
    expect(await regions()).toHaveLength(12);
    await page.click('[data-testid=retry]');
    await page.waitForSelector('[data-testid=ranking] tbody tr[data-region=K0001]');
    expect(await regions()).toEqual(Array.from({ length: 9 }, (_, r) => `K${String(r + 1).padStart(4, '0')}`));
    await page.click('[data-testid=lang]');
    await page.screenshot({ path: join(SHOTS, 'worker-retried-en.png') });
  });

  it('console: only the killed worker\'s error was logged', () => {
    expect(app.errors.filter((e) => !e.includes('killed by the test'))).toEqual([]);
  });
});
