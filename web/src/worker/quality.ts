import type { Panel } from '../../../src/core/model/types.js';
import { CHINA_PROVINCES, COUNTRIES, matchRegion, type RegistryEntry } from '../../../src/core/regions/index.js';
import type { QualityReport } from './protocol.js';

type Registry = QualityReport['registry'];

/**
 * Which bundled registry a panel's regions belong to: the one that recognises at least half of them
 * (by code, then by name), or none. Unrecognised regions come back with matchRegion's suggestions.
 */
export function detectRegistry(panel: Panel): { registry: Registry; unmatched: QualityReport['unmatched'] } {
  for (const [registry, entries] of [['china-provinces', CHINA_PROVINCES], ['countries', COUNTRIES]] as const) {
    const unmatched = unmatchedRegions(panel, entries);
    if (unmatched.length <= panel.regions.length / 2) return { registry, unmatched };
  }
  return { registry: 'none', unmatched: [] };
}

function unmatchedRegions(panel: Panel, entries: readonly RegistryEntry[]): QualityReport['unmatched'] {
  const out: QualityReport['unmatched'] = [];
  for (const region of panel.regions) {
    const byCode = matchRegion(region.code, entries);
    if ('code' in byCode) continue;
    const byName = matchRegion(region.name.zh, entries);
    if ('code' in byName) continue;
    out.push({ name: region.code, suggestions: byCode.suggestions.length > 0 ? byCode.suggestions : byName.suggestions });
  }
  return out;
}

/** The data-quality panel's numbers: shape, missing cells per indicator, unmatched names, outlier flags. */
export function qualityReport(panel: Panel, file: string, format: string, rows: number, frameworkMissing: string[]): QualityReport {
  const { registry, unmatched } = detectRegistry(panel);
  const codes = Object.keys(panel.columns);
  const missing = codes
    .map((indicator) => ({ indicator, count: panel.columns[indicator].reduce((n, v) => n + (Number.isNaN(v) ? 1 : 0), 0) }))
    .filter((m) => m.count > 0);
  const outliers = codes.flatMap((indicator) => {
    const { skew, kurtosis } = moments(panel.columns[indicator]);
    return Math.abs(skew) > 2 && kurtosis > 3.5 ? [{ indicator, skew, kurtosis }] : [];
  });
  return {
    file,
    format,
    rows,
    regions: panel.regions.length,
    years: panel.timeless ? [] : panel.years,
    indicators: codes.length,
    cells: codes.length * panel.regions.length * panel.years.length,
    missing,
    missingTotal: missing.reduce((n, m) => n + m.count, 0),
    registry,
    unmatched,
    outliers,
    frameworkMissing,
  };
}

/** Moment skewness m3/m2^1.5 and excess kurtosis m4/m2² − 3 of the present cells. */
function moments(column: Float64Array): { skew: number; kurtosis: number } {
  let n = 0;
  let sum = 0;
  for (const v of column) if (!Number.isNaN(v)) (n++, (sum += v));
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const v of column) {
    if (Number.isNaN(v)) continue;
    const d = v - mean;
    m2 += d * d;
    m3 += d * d * d;
    m4 += d * d * d * d;
  }
  m2 /= n;
  m3 /= n;
  m4 /= n;
  return m2 > 0 ? { skew: m3 / m2 ** 1.5, kurtosis: m4 / (m2 * m2) - 3 } : { skew: 0, kurtosis: 0 };
}
