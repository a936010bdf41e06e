import Papa from 'papaparse';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import { decodeText, type Encoding } from './decode.js';
import { readYearColumns, type YearColumnsLayout } from './year-columns.js';

/**
 * A cell a worksheet holds but that is not a value: an Excel error (#DIV/0!), a formula without a saved
 * result, a date. Label columns read it as its text; numeric columns report `code` at its location.
 */
export class CellProblem {
  constructor(
    readonly code: string,
    readonly params: Record<string, unknown>,
    readonly text: string,
  ) {}

  toString(): string {
    return this.text;
  }
}

export type Cell = string | number | boolean | null | CellProblem;

/** A rectangular table read from CSV or a worksheet. `rowNumbers[i]` is the file row of `rows[i]` (1-based). */
export interface Table {
  file: string;
  header: string[];
  /** The headers as the file writes them, where `header` renamed some to indicator codes (match-headers.ts). */
  shownHeader?: string[];
  rows: Cell[][];
  rowNumbers: number[];
  /** Set when the file had the EPS DATA / NBS portal year-column layout and was read as a long table. */
  layout?: YearColumnsLayout;
}

/**
 * CSV bytes → Table (papaparse; RFC 4180 quoting; delimiter `,` `;` or tab, sniffed from the first line).
 * Row numbers are file lines (a quoted cell may span lines). An unclosed quote is CSV_QUOTE at its line;
 * blank lines are skipped; ragged rows are errors.
 */
export function readCsv(bytes: Uint8Array, file: string, encoding: Encoding = 'auto', headerRow?: number): Table {
  if (bytes.length === 0) throw new NqpfError('EMPTY_FILE', {}, { file });
  const { text } = decodeText(bytes, file, encoding);
  if (text.trim() === '') throw new NqpfError('EMPTY_FILE', {}, { file });
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: sniffDelimiter(text) });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new NqpfError('CSV_QUOTE', {}, { file, row: lineAt(text, quote.index ?? 0) });
  const lines = parsed.data;
  const yearColumns = readYearColumns(file, gridLines(lines), fileStem(file));
  if (yearColumns) return yearColumns.table;
  const h = headerIndex(lines, file, headerRow);
  const header = lines[h].map((name) => name.trim());
  let line = 0;
  for (const cells of lines.slice(0, h + 1)) line += 1 + lineBreaks(cells);
  const headerLine = line - lineBreaks(lines[h]);
  const rows = lines.slice(h + 1).map((cells) => {
    const row = ++line;
    line += lineBreaks(cells);
    return { cells, row };
  });
  return tableFromLines(file, header, rows, headerLine);
}

/** Parsed CSV lines with their file line numbers (a quoted cell may span lines). */
function gridLines(lines: string[][]): { cells: Cell[]; row: number }[] {
  let line = 0;
  return lines.map((cells) => {
    const row = ++line;
    line += lineBreaks(cells);
    return { cells, row };
  });
}

/** `dir/地区生产总值.csv` → `地区生产总值`: the indicator name of a one-indicator file without `指标：`. */
export function fileStem(file: string): string {
  return (file.split(/[/\\]/).pop() ?? file).replace(/\[[^\]]*\]$/, '').replace(/\.[^.]*$/, '');
}

function lineBreaks(cells: string[]): number {
  let count = 0;
  for (const cell of cells) for (let i = cell.indexOf('\n'); i >= 0; i = cell.indexOf('\n', i + 1)) count++;
  return count;
}

function lineAt(text: string, index: number): number {
  return lineBreaks([text.slice(0, index)]) + 1;
}

function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf('\n') >>> 0 || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

/**
 * Which row holds the header (0-based). `headerRow` (1-based, `data: { header: 2 }`) names it; otherwise
 * leading title rows are skipped — a row with at most one filled cell (`表1 各省份…原始数据`) above a
 * row with two or more, up to five such rows, as statistical yearbook downloads have them.
 */
export function headerIndex(lines: readonly (readonly Cell[])[], file: string, headerRow?: number): number {
  if (headerRow !== undefined) {
    if (headerRow < 1 || headerRow > lines.length) throw new NqpfError('HEADER_ROW_OUT_OF_RANGE', { row: headerRow, rows: lines.length }, { file, pointer: '/data/header' });
    return headerRow - 1;
  }
  const filled = (cells: readonly Cell[]) => cells.filter((c) => c !== null && String(c).trim() !== '').length;
  let h = 0;
  while (h < 5 && h + 1 < lines.length && filled(lines[h]) <= 1 && filled(lines[h + 1]) >= 2) h++;
  // A title may be followed by blank rows before the header.
  while (h > 0 && h + 1 < lines.length && filled(lines[h]) === 0) h++;
  return h;
}

/** Names that would shadow a built-in property of a JavaScript object (`__proto__`, `constructor` …). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The most characters a cell may hold: Excel's own limit (32,767), for CSV cells as for workbooks. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Check header and row shapes and cell lengths, drop blank rows. Shared by the CSV and XLSX readers;
 * `columnLabel` names a column by position in messages (a workbook's letters; CSV: 1, 2, …).
 */
export function tableFromLines(
  file: string,
  header: string[],
  lines: { cells: Cell[]; row: number }[],
  headerRowNumber = 1,
  columnLabel: (index: number) => string = (j) => String(j + 1),
): Table {
  const errors: NqpfError[] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    const row = headerRowNumber;
    if (name.length > MAX_CELL_CHARS) errors.push(new NqpfError('CELL_TOO_LONG', { length: name.length, limit: MAX_CELL_CHARS }, { file, row, column: columnLabel(i) }));
    else if (name === '') errors.push(new NqpfError('EMPTY_COLUMN_NAME', { index: i + 1, label: columnLabel(i) }, { file, row }));
    else if (RESERVED_NAMES.has(name)) errors.push(new NqpfError('RESERVED_NAME', { name }, { file, row, column: name }));
    else if (seen.has(name)) errors.push(new NqpfError('DUPLICATE_COLUMN', { name }, { file, row, column: name }));
    seen.add(name);
  });
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  for (const { cells, row } of lines) {
    if (cells.every((c) => c === null || String(c).trim() === '')) continue;
    if (cells.length !== header.length) {
      errors.push(new NqpfError('RAGGED_ROW', { found: cells.length, expected: header.length }, { file, row }));
      continue;
    }
    const long = cells.findIndex((c) => typeof c === 'string' && c.length > MAX_CELL_CHARS);
    if (long >= 0) {
      const column = header[long] || columnLabel(long);
      errors.push(new NqpfError('CELL_TOO_LONG', { length: (cells[long] as string).length, limit: MAX_CELL_CHARS }, { file, row, column }));
      continue;
    }
    rows.push(cells);
    rowNumbers.push(row);
  }
  throwAll(errors);
  if (rows.length === 0) throw new NqpfError('HEADER_ONLY', {}, { file });
  return { file, header, rows, rowNumbers };
}

export function columnIndex(table: Table, names: readonly string[]): number {
  const lower = table.header.map((h) => h.toLowerCase());
  for (const name of names) {
    const i = lower.indexOf(name.toLowerCase());
    if (i >= 0) return i;
  }
  return -1;
}
