import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { Panel } from '../core/model/types.js';
import type { Note } from '../core/pipeline/types.js';
import { looksNumeric, parseCell } from './number.js';
import { matchRegistry } from './match-regions.js';
import { assemblePanel, type PanelRecord } from './panel-builder.js';
import { CellProblem, columnIndex, RESERVED_NAMES, type Cell, type Table } from './table.js';

export interface PanelOptions {
  format?: 'auto' | 'wide' | 'long' | 'coinr';
  region?: string;
  year?: string;
  indicator?: string;
  value?: string;
  clean?: boolean;
  years?: [number, number];
  /** Columns that must be numeric even if no cell looks like a number (the framework's indicators). */
  numeric?: readonly string[];
  /** Join region names or codes to a bundled registry (match-regions.ts); problems name the region's first row. */
  regions?: 'none' | 'china-provinces' | 'countries';
  /** Indicator codes for the names the file uses, for reads without a framework (scripts/build-data.mjs); specs map names with `data.columns`. */
  rename?: Record<string, string>;
  /** Region spellings the registry lacks → a registry name or code. */
  aliases?: Record<string, string>;
}

const REGION_COLUMNS = ['region', 'uCode', 'code', 'adcode', 'iso3', '地区代码', '代码', 'province', '地区', '省份', '省份名称', 'country'];
const YEAR_COLUMNS = ['year', 'Time', '年份', '年度', 'time'];
const NAME_COLUMNS = ['uName', 'name', 'region_zh', 'province_zh', '地区名称', '名称'];
const NAME_EN_COLUMNS = ['name_en', 'region_en', 'province_en', 'country_name'];
const INDICATOR_COLUMNS = ['indicator', '指标', 'variable', 'id'];
const VALUE_COLUMNS = ['value', '数值', '值'];

/**
 * A table → Panel. Long form has region, year, indicator and value columns; wide form has region, an
 * optional year, and one column per indicator. Text columns in which no cell is a number (names,
 * `*_group`, region4) become region labels and groups — unless `numeric` names them; every other column
 * is numeric, and a cell that is not a number is NON_NUMERIC at file:row:column (all such cells are
 * gathered; many of a kind are summarised when thrown).
 */
export function readPanel(table: Table, options: PanelOptions, notes: Note[]): Panel {
  const regionCol = options.region ? requireColumn(table, options.region) : columnIndex(table, REGION_COLUMNS);
  if (regionCol < 0) throw new NqpfError('MISSING_COLUMN', { name: REGION_COLUMNS.slice(0, 6).join(' / '), known: table.header.join(', ') }, { file: table.file, row: 1 });
  const yearCol = options.year ? requireColumn(table, options.year) : columnIndex(table, YEAR_COLUMNS);
  if (table.layout) {
    const { layout } = table;
    const years = `${layout.years[0]}–${layout.years[layout.years.length - 1]}`;
    notes.push({ code: 'DATA_LAYOUT', detail: `${table.file}, header row ${layout.headerRow}, ${layout.indicators.length} indicator(s) × ${years}` });
  }
  const long = options.format === 'long' || (options.format !== 'wide' && columnIndex(table, VALUE_COLUMNS) >= 0 && columnIndex(table, INDICATOR_COLUMNS) >= 0);
  const firstNote = notes.length;
  const read = long ? readLong(table, regionCol, yearCol, options, notes) : readWide(table, regionCol, yearCol, options, notes);
  const { records, indicators } = options.rename ? renameIndicators(read, options.rename, table.file) : read;
  const assembled = assemblePanel(table.file, records, indicators, yearCol < 0);
  const panel = options.regions && options.regions !== 'none' ? matchRegistry(assembled, options.regions, table.file, firstRows(records), options.aliases) : assembled;
  // Notes written while reading name a region as the file spells it; matched, they take the registry's code (one key in notes.csv).
  if (panel !== assembled) {
    const code = new Map(assembled.regions.map((region, r) => [region.code, panel.regions[r].code]));
    for (let k = firstNote; k < notes.length; k++) {
      const region = notes[k].region;
      if (region !== undefined && code.has(region)) notes[k] = { ...notes[k], region: code.get(region) };
    }
  }
  return options.years ? restrictYears(panel, options.years) : panel;
}

/** The file row where each region first appears. */
function firstRows(records: PanelRecord[]): Map<string, number> {
  const rows = new Map<string, number>();
  for (const record of records) if (!rows.has(record.region)) rows.set(record.region, record.row);
  return rows;
}

interface Records {
  records: PanelRecord[];
  indicators: string[];
}

function requireColumn(table: Table, name: string): number {
  const i = table.header.indexOf(name);
  if (i < 0) throw new NqpfError('MISSING_COLUMN', { name, known: table.header.join(', ') }, { file: table.file, row: 1 });
  return i;
}

function readWide(table: Table, regionCol: number, yearCol: number, options: PanelOptions, notes: Note[]): Records {
  const nameCol = columnIndex(table, NAME_COLUMNS);
  const nameEnCol = columnIndex(table, NAME_EN_COLUMNS);
  const labelCols = new Set([regionCol, yearCol, nameCol, nameEnCol].filter((i) => i >= 0));
  const forced = new Set(options.numeric ?? []);
  const textCols = table.header.map((_, j) => j).filter((j) => !labelCols.has(j) && !forced.has(table.header[j]) && isTextColumn(table, j));
  const textSet = new Set(textCols); // a Set: 200,000 columns were once checked with includes(), quadratically
  const numericCols = table.header.map((_, j) => j).filter((j) => !labelCols.has(j) && !textSet.has(j));
  const errors: NqpfError[] = [];
  const records: PanelRecord[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i];
    const region = regionKey(cells[regionCol], table, row, regionCol, errors);
    const year = yearCol >= 0 ? yearOf(cells[yearCol], table, row, yearCol, errors) : 0;
    const values: Record<string, number> = Object.create(null);
    for (const j of numericCols) {
      try {
        values[table.header[j]] = parseCell(cells[j], { file: table.file, row, column: table.header[j], shown: table.shownHeader?.[j], region, year }, options.clean ?? false, notes);
      } catch (e) {
        errors.push(e as NqpfError);
      }
    }
    const zh = nameCol >= 0 ? text(cells[nameCol]) : region;
    const name = { zh, en: nameEnCol >= 0 ? text(cells[nameEnCol]) : zh };
    const groups = Object.fromEntries(textCols.map((j) => [table.header[j], text(cells[j])]));
    records.push({ region, name, groups, year, row, values });
  });
  throwAll(errors);
  return { records, indicators: numericCols.map((j) => table.header[j]) };
}

function readLong(table: Table, regionCol: number, yearCol: number, options: PanelOptions, notes: Note[]): Records {
  const indicatorCol = options.indicator ? requireColumn(table, options.indicator) : columnIndex(table, INDICATOR_COLUMNS);
  const valueCol = options.value ? requireColumn(table, options.value) : columnIndex(table, VALUE_COLUMNS);
  if (indicatorCol < 0 || valueCol < 0) {
    const name = [indicatorCol < 0 ? INDICATOR_COLUMNS.join(' / ') : '', valueCol < 0 ? VALUE_COLUMNS.join(' / ') : ''].filter(Boolean).join('; ');
    throw new NqpfError('MISSING_COLUMN', { name, known: table.header.join(', ') }, { file: table.file, row: 1 });
  }
  const nameCol = columnIndex(table, NAME_COLUMNS);
  const nameEnCol = columnIndex(table, NAME_EN_COLUMNS);
  const errors: NqpfError[] = [];
  const byCell = new Map<string, PanelRecord>();
  const firstRow = new Map<string, number>();
  const indicators: string[] = [];
  const known = new Set<string>();
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i];
    const region = regionKey(cells[regionCol], table, row, regionCol, errors);
    const year = yearCol >= 0 ? yearOf(cells[yearCol], table, row, yearCol, errors) : 0;
    const indicator = text(cells[indicatorCol]);
    if (indicator === '' || RESERVED_NAMES.has(indicator)) {
      const column = table.header[indicatorCol];
      errors.push(indicator === '' ? new NqpfError('EMPTY_INDICATOR', {}, { file: table.file, row, column }) : new NqpfError('RESERVED_NAME', { name: indicator }, { file: table.file, row, column }));
      return;
    }
    const key = `${region}\u0000${year}`;
    const cellKey = `${key}\u0000${indicator}`;
    if (firstRow.has(cellKey)) {
      errors.push(new NqpfError('DUPLICATE_CELL', { region, year, indicator, first: firstRow.get(cellKey) }, { file: table.file, row }));
      return;
    }
    firstRow.set(cellKey, row);
    if (!known.has(indicator)) (known.add(indicator), indicators.push(indicator));
    let value = NaN;
    try {
      value = parseCell(cells[valueCol], { file: table.file, row, column: table.header[valueCol], region, year }, options.clean ?? false, notes);
    } catch (e) {
      errors.push(e as NqpfError);
    }
    const zh = nameCol >= 0 ? text(cells[nameCol]) : region;
    const record = byCell.get(key) ?? { region, name: { zh, en: nameEnCol >= 0 ? text(cells[nameEnCol]) : zh }, groups: {}, year, row, values: Object.create(null) };
    record.values[indicator] = value;
    byCell.set(key, record);
  });
  throwAll(errors);
  return { records: [...byCell.values()], indicators };
}

/** Apply `rename` (file name → code); a name the file does not have is an error, a clash DUPLICATE_COLUMN. */
function renameIndicators({ records, indicators }: Records, rename: Record<string, string>, file: string): Records {
  const errors: NqpfError[] = [];
  for (const name of Object.keys(rename)) if (!indicators.includes(name)) errors.push(new NqpfError('RENAME_UNKNOWN', { name, known: indicators.join(', ') }, { file }));
  const renamed = indicators.map((name) => (Object.hasOwn(rename, name) ? rename[name] : name));
  renamed.forEach((code, i) => {
    if (renamed.indexOf(code) !== i || RESERVED_NAMES.has(code)) errors.push(new NqpfError(RESERVED_NAMES.has(code) ? 'RESERVED_NAME' : 'DUPLICATE_COLUMN', { name: code }, { file }));
  });
  throwAll(errors);
  const to = new Map(indicators.map((name, i) => [name, renamed[i]]));
  for (const record of records) {
    const values: Record<string, number> = Object.create(null);
    for (const [name, value] of Object.entries(record.values)) values[to.get(name) ?? name] = value;
    record.values = values;
  }
  return { records, indicators: renamed };
}

function isTextColumn(table: Table, j: number): boolean {
  let sawText = false;
  for (const cells of table.rows) {
    const cell = cells[j];
    if (typeof cell === 'number') return false;
    if (cell instanceof CellProblem) continue;
    const t = cell === null ? '' : String(cell).trim();
    if (t === '') continue;
    if (looksNumeric(t)) return false;
    sawText = true;
  }
  return sawText;
}

function text(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

function regionKey(cell: Cell, table: Table, row: number, col: number, errors: NqpfError[]): string {
  const key = text(cell);
  if (key === '') errors.push(new NqpfError('MISSING_REGION', {}, { file: table.file, row, column: table.header[col] }));
  return key;
}

function yearOf(cell: Cell, table: Table, row: number, col: number, errors: NqpfError[]): number {
  const t = text(cell);
  const year = Number(t);
  if (!/^\d{4}$/.test(t) || !Number.isInteger(year)) {
    errors.push(new NqpfError('BAD_YEAR', { value: t }, { file: table.file, row, column: table.header[col] }));
    return NaN;
  }
  return year;
}

function restrictYears(panel: Panel, [from, to]: [number, number]): Panel {
  const keep = panel.years.map((y, t) => [y, t] as const).filter(([y]) => y >= from && y <= to);
  if (keep.length === 0) {
    const span = panel.timeless ? '—' : `${panel.years[0]}–${panel.years[panel.years.length - 1]}`;
    throw new NqpfError('YEARS_EMPTY', { from, to, span }, { pointer: '/data/years' });
  }
  const n = panel.regions.length;
  const slice = <T extends Float64Array | Uint8Array>(column: T): T => {
    const out = new (column.constructor as new (n: number) => T)(keep.length * n);
    keep.forEach(([, t], k) => out.set(column.subarray(t * n, (t + 1) * n), k * n));
    return out;
  };
  return {
    ...panel,
    years: keep.map(([y]) => y),
    columns: Object.fromEntries(Object.entries(panel.columns).map(([c, v]) => [c, slice(v)])),
    observed: Object.fromEntries(Object.entries(panel.observed).map(([c, v]) => [c, slice(v)])),
  };
}
