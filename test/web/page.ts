/** Shared set-up of the browser tests: Debian's Chromium through playwright-core, the one-file build served locally. */
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBuilt, serveDist } from './helpers.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_AVAILABLE = existsSync(CHROMIUM);
export const SHOTS = process.env.NQPF_SCREENSHOTS ?? join(tmpdir(), 'nqpf-web-screenshots');

export interface AppHandle {
  browser: Browser;
  url: string;
  /** Console errors and page errors of every page opened with `open`. */
  errors: string[];
  open: (width?: number, height?: number) => Promise<Page>;
  close: () => Promise<void>;
}

export async function launchApp(): Promise<AppHandle> {
  ensureBuilt();
  mkdirSync(SHOTS, { recursive: true });
  const { url, server } = await serveDist();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const errors: string[] = [];
  const open = async (width = 1280, height = 720) => {
    const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    await page.waitForSelector('[data-testid=ranking] tbody tr');
    return page;
  };
  const close = async () => {
    await browser.close();
    (server as Server).close();
  };
  return { browser, url, errors, open, close };
}
