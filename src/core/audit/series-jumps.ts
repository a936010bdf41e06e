import type { Panel } from '../model/types.js';
import type { Note } from '../pipeline/types.js';

/**
 * 序列突变检查 · Sudden-jump check: a value that breaks its own series — a typo or a unit slip such as
 * Jiangsu 2020 = 1,234.5 between 16,815 (2019) and 19,254 (2021). Flagged, never changed.
 *
 * Rule (per region and indicator, over the observed years in order; a series needs 3 values):
 * take the value's two nearest observed neighbours a and b — one on each side, or the next two on the
 * one side for the first and last year — with reference m = (a + b) / 2 inside the series and m = the
 * adjacent value at its ends. The value x is a jump when it lies outside [min(a, b), max(a, b)] and
 *   |x − m| > JUMP_FACTOR × max(|a − b|, JUMP_FLOOR × |m|, d),
 * where d is the median year-on-year change |x_{k+1} − x_k| of the rest of the series (the changes that
 * do not touch x): it departs from its neighbours by more than three times their own change, by more
 * than 60 % of their level (3 × 0.2), and by more than three typical changes, so a series that moves a
 * lot anyway (growth rates swinging around 0) is not flagged for moving. Thresholds chosen so that a ×10 or ÷10 unit slip and a dropped digit are always caught, and a
 * one-year change of up to 60 % of the level between two steady neighbours never is.
 *
 * @example seriesJumps(panel with JS rd = 16815, 1234.5, 19254) // => [{ code: 'SERIES_JUMP', region: 'JS', year: 2020, indicator: 'rd', value: 1234.5, … }]
 */
export const JUMP_FACTOR = 3;
export const JUMP_FLOOR = 0.2;

export function seriesJumps(panel: Panel, indicators: readonly string[] = Object.keys(panel.columns)): Note[] {
  const notes: Note[] = [];
  const n = panel.regions.length;
  if (panel.timeless || panel.years.length < 3) return notes;
  for (const indicator of indicators) {
    const column = panel.columns[indicator];
    if (!column) continue;
    panel.regions.forEach((region, r) => {
      const series: { t: number; x: number }[] = [];
      panel.years.forEach((_, t) => {
        const x = column[t * n + r];
        if (!Number.isNaN(x)) series.push({ t, x });
      });
      if (series.length < 3) return;
      series.forEach(({ t, x }, k) => {
        const inside = k > 0 && k < series.length - 1;
        const [a, b] = inside ? [series[k - 1].x, series[k + 1].x] : k === 0 ? [series[1].x, series[2].x] : [series[k - 1].x, series[k - 2].x];
        if (x >= Math.min(a, b) && x <= Math.max(a, b)) return;
        const m = inside ? (a + b) / 2 : a;
        if (Math.abs(x - m) <= JUMP_FACTOR * Math.max(Math.abs(a - b), JUMP_FLOOR * Math.abs(m), typicalChange(series, k))) return;
        const [before, after] = inside ? [series[k - 1], series[k + 1]] : k === 0 ? [undefined, series[1]] : [series[k - 1], undefined];
        const around = [before && `${panel.years[before.t]}: ${before.x}`, after && `${panel.years[after.t]}: ${after.x}`].filter(Boolean).join(', ');
        notes.push({
          code: 'SERIES_JUMP',
          region: region.code,
          year: panel.years[t],
          indicator,
          value: x,
          detail: `${region.name.zh === region.code ? region.code : `${region.code} ${region.name.zh}`} ${panel.years[t]} ${indicator}: ${x} (${around})`,
        });
      });
    });
  }
  return notes;
}

/** Median absolute change between consecutive observed values, leaving out the two that touch index k. */
function typicalChange(series: readonly { x: number }[], k: number): number {
  const changes: number[] = [];
  for (let i = 1; i < series.length; i++) if (i !== k && i !== k + 1) changes.push(Math.abs(series[i].x - series[i - 1].x));
  if (changes.length === 0) return 0;
  changes.sort((p, q) => p - q);
  const h = changes.length >> 1;
  return changes.length % 2 === 1 ? changes[h] : (changes[h - 1] + changes[h]) / 2;
}
