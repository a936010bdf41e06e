import Papa from 'papaparse';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import { decodeText, type Encoding } from './decode.js';

export type Cell = string | number | boolean | null;

/** A rectangular table read from CSV or a worksheet. `rowNumbers[i]` is the file row of `rows[i]` (1-based). */
export interface Table {
  file: string;
  header: string[];
  rows: Cell[][];
  rowNumbers: number[];
}

/** CSV bytes → Table (papaparse; RFC 4180 quoting). Blank lines are skipped; ragged rows are errors. */
export function readCsv(bytes: Uint8Array, file: string, encoding: Encoding = 'auto'): Table {
  if (bytes.length === 0) throw new NqpfError('EMPTY_FILE', {}, { file });
  const { text } = decodeText(bytes, file, encoding);
  if (text.trim() === '') throw new NqpfError('EMPTY_FILE', {}, { file });
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: false, delimiter: sniffDelimiter(text) });
  const lines = parsed.data;
  const header = lines[0].map((h) => h.trim());
  return tableFromLines(file, header, lines.slice(1).map((cells, i) => ({ cells, row: i + 2 })));
}

function sniffDelimiter(text: string): string {
  const first = text.slice(0, text.indexOf('\n') >>> 0 || text.length);
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.sort((a, b) => b[1] - a[1])[0][0];
}

/** Check header and row shapes, drop blank rows. Shared by the CSV and XLSX readers. */
export function tableFromLines(file: string, header: string[], lines: { cells: Cell[]; row: number }[]): Table {
  const errors: NqpfError[] = [];
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === '') errors.push(new NqpfError('SPEC_SCHEMA', { detail: `empty column name in column ${i + 1}`, detailZh: `第 ${i + 1} 列的列名为空` }, { file, row: 1 }));
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
