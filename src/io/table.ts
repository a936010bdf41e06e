import Papa from 'papaparse';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import { decodeText, type Encoding } from './decode.js';

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
  rows: Cell[][];
  rowNumbers: number[];
}

/**
 * CSV bytes → Table (papaparse; RFC 4180 quoting; delimiter `,` `;` or tab, sniffed from the first line).
 * Row numbers are file lines (a quoted cell may span lines). An unclosed quote is CSV_QUOTE at its line;
 * blank lines are skipped; ragged rows are errors.
 */
export function readCsv(bytes: Uint8Array, file: string, encoding: Encoding = 'auto'): Table {
  if (bytes.length === 0) throw new NqpfError('EMPTY_FILE', {}, { file });
  const { text } = decodeText(bytes, file, encoding);
  if (text.trim() === '') throw new NqpfError('EMPTY_FILE', {}, { file });
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: sniffDelimiter(text) });
  const quote = parsed.errors.find((e) => e.type === 'Quotes');
  if (quote) throw new NqpfError('CSV_QUOTE', {}, { file, row: lineAt(text, quote.index ?? 0) });
  const lines = parsed.data;
  const header = lines[0].map((h) => h.trim());
  let line = 1 + lineBreaks(lines[0]);
  const rows = lines.slice(1).map((cells) => {
    const row = ++line;
    line += lineBreaks(cells);
    return { cells, row };
  });
  return tableFromLines(file, header, rows);
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

/** Names that would shadow a built-in property of a JavaScript object (`__proto__`, `constructor` …). */
export const RESERVED_NAMES: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/** The most characters a cell may hold: Excel's own limit (32,767), for CSV cells as for workbooks. */
export const MAX_CELL_CHARS = 32_767;

/**
 * Check header and row shapes and cell lengths, drop blank rows. Shared by the CSV and XLSX readers;
 * `columnLabel` names a column by position in messages (a workbook's letters; CSV: 1, 2, …).
 */
export function tableFromLines(file: string, header: string[], lines: { cells: Cell[]; row: number }[], columnLabel: (index: number) => string = (j) => String(j + 1)): Table {
  const errors: NqpfError[] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name.length > MAX_CELL_CHARS) errors.push(new NqpfError('CELL_TOO_LONG', { length: name.length, limit: MAX_CELL_CHARS }, { file, row: 1, column: columnLabel(i) }));
    else if (name === '') errors.push(new NqpfError('EMPTY_COLUMN_NAME', { index: i + 1, label: columnLabel(i) }, { file, row: 1 }));
    else if (RESERVED_NAMES.has(name)) errors.push(new NqpfError('RESERVED_NAME', { name }, { file, row: 1, column: name }));
    else if (seen.has(name)) errors.push(new NqpfError('DUPLICATE_COLUMN', { name }, { file, row: 1, column: name }));
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
