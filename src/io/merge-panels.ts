import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { Panel, Region } from '../core/model/types.js';

/**
 * Several data files → one panel (`data: { path: A, also: [B, C] }`, e.g. one EPS DATA export per indicator
 * group): regions in order of first appearance (joined by code, so files that spell names differently must be
 * matched to the same registry), years the union, indicators side by side. An indicator in two files is
 * DUPLICATE_COLUMN naming the second file; a cell a file does not have stays missing.
 */
export function mergePanels(panels: { panel: Panel; file: string }[]): Panel {
  if (panels.length === 1) return panels[0].panel;
  const regions: Region[] = [];
  const regionIndex = new Map<string, number>();
  for (const { panel } of panels) {
    for (const region of panel.regions) {
      if (regionIndex.has(region.code)) continue;
      regionIndex.set(region.code, regions.length);
      regions.push(region);
    }
  }
  const years = [...new Set(panels.flatMap(({ panel }) => panel.years))].sort((a, b) => a - b);
  const yearIndex = new Map(years.map((y, t) => [y, t]));
  const n = regions.length;
  const columns: Record<string, Float64Array> = {};
  const observed: Record<string, Uint8Array> = {};
  const errors: NqpfError[] = [];
  for (const { panel, file } of panels) {
    const m = panel.regions.length;
    for (const [code, column] of Object.entries(panel.columns)) {
      if (Object.hasOwn(columns, code)) {
        errors.push(new NqpfError('DUPLICATE_COLUMN', { name: code }, { file, column: code }));
        continue;
      }
      const out = new Float64Array(n * years.length).fill(NaN);
      const seen = new Uint8Array(n * years.length);
      panel.years.forEach((year, t) => {
        const T = yearIndex.get(year)!;
        panel.regions.forEach((region, i) => {
          const cell = T * n + regionIndex.get(region.code)!;
          out[cell] = column[t * m + i];
          seen[cell] = panel.observed[code][t * m + i];
        });
      });
      columns[code] = out;
      observed[code] = seen;
    }
  }
  throwAll(errors);
  const timeless = panels.every(({ panel }) => panel.timeless);
  return { regions, years, columns, observed, ...(timeless ? { timeless: true } : {}) };
}
