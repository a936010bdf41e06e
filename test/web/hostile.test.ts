/**
 * The web app on hostile workbooks (issue 17): a stray cell at XFD1048576 and a workbook of 500,001 shared
 * strings once left both workers silent and the page waiting forever. Now the worker's bounded readers
 * answer with the same message as the CLI, shown in the page's problem list.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../helpers/build.js';
import { ensureBuilt, serveDist } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const caseFile = (slug: string) => readFileSync(join(REPO, 'test/bad-inputs/cases', slug, 'data.xlsx'));

describe.skipIf(!existsSync(CHROMIUM))('web app: hostile workbooks', () => {
  let browser: Browser;
  let page: Page;
  let server: Server;

  beforeAll(async () => {
    ensureBuilt();
    let url: string;
    ({ url, server } = await serveDist());
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(url);
    await page.waitForSelector('[data-testid=map][data-colored]');
    await page.click('[data-testid=tab-data]');
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('drop a workbook with a stray cell at XFD1048576: the problem list shows one summarised message', async () => {
    await page.setInputFiles('[data-testid=data-input]', { name: 'stray.xlsx', mimeType: XLSX_TYPE, buffer: caseFile('h01-xlsx-stray-cell-last') });
    await expect.poll(() => page.locator('[data-testid=problems]').count(), { timeout: 60_000 }).toBe(1);
    expect(await page.textContent('[data-testid=problems]')).toContain('16378 列没有列名：G…XFD');
  }, 90_000);

  it('drop a workbook of 500,001 shared strings: refused with the shared-string message', async () => {
    await page.setInputFiles('[data-testid=data-input]', { name: 'strings.xlsx', mimeType: XLSX_TYPE, buffer: caseFile('h05-xlsx-shared-strings') });
    await expect.poll(() => page.textContent('[data-testid=problems]'), { timeout: 60_000 }).toContain('工作簿的共享字符串超过 500000 个');
  }, 90_000);
});
