/** Node only: the China map the web app vendors (web/public/china.json, echarts 4.9.0, Apache-2.0), for reports. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Build } from '../../core/index.js';
import { PACKAGE_ROOT } from '../node/files.js';
import { reportHtml, type ReportOptions } from './report-html.js';

let cached: unknown;

export function loadChinaMap(): unknown {
  cached ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'web/public/china.json'), 'utf8'));
  return cached;
}

/** The report with the China map loaded from the package (node callers: `run`, `report`, `diff`). */
export function reportWithMap(build: Build, options: Omit<ReportOptions, 'chinaMap'>): string {
  return reportHtml(build, { ...options, chinaMap: loadChinaMap() });
}
