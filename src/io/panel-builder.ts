import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { LocalizedName, Panel, Region } from '../core/model/types.js';

/** One region-year's values as a reader found them, with the file row for errors. */
export interface PanelRecord {
  region: string;
  name?: LocalizedName;
  groups: Record<string, string>;
  year: number;
  row: number;
  values: Record<string, number>;
}

/**
 * Records → Panel: regions in order of first appearance, years ascending, each indicator a year-major
 * Float64Array (NaN = missing) with its observed mask. A second record for the same region and year is
 * DUPLICATE_ROW (DUPLICATE_REGION_ROW in a cross-section without years); all are gathered.
 */
export function assemblePanel(file: string, records: PanelRecord[], indicators: string[], timeless: boolean): Panel {
  const regionIndex = new Map<string, number>();
  const regions: Region[] = [];
  const years = [...new Set(records.map((r) => r.year))].sort((a, b) => a - b);
  const yearIndex = new Map(years.map((y, t) => [y, t]));
  for (const record of records) {
    if (regionIndex.has(record.region)) continue;
    regionIndex.set(record.region, regions.length);
    regions.push({ code: record.region, name: record.name ?? { zh: record.region, en: record.region }, groups: record.groups });
  }
  const nRegions = regions.length;
  const cells = nRegions * years.length;
  const columns: Record<string, Float64Array> = {};
  const observed: Record<string, Uint8Array> = {};
  for (const code of indicators) {
    columns[code] = new Float64Array(cells).fill(NaN);
    observed[code] = new Uint8Array(cells);
  }
  const firstRow = new Map<number, number>();
  const errors: NqpfError[] = [];
  for (const record of records) {
    const cell = yearIndex.get(record.year)! * nRegions + regionIndex.get(record.region)!;
    const first = firstRow.get(cell);
    if (first !== undefined) {
      const code = timeless ? 'DUPLICATE_REGION_ROW' : 'DUPLICATE_ROW';
      errors.push(new NqpfError(code, { region: record.region, year: record.year, first }, { file, row: record.row }));
      continue;
    }
    firstRow.set(cell, record.row);
    for (const [code, value] of Object.entries(record.values)) {
      columns[code][cell] = value;
      observed[code][cell] = Number.isNaN(value) ? 0 : 1;
    }
  }
  throwAll(errors);
  return { regions, years, columns, observed, ...(timeless ? { timeless: true } : {}) };
}
