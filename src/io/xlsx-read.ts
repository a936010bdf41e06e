import * as XLSX from '@e965/xlsx';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import { zipSync } from 'fflate';
import { unzipBounded, ZipRefused } from './bounded-unzip.js';
import { CellProblem, headerIndex, MAX_CELL_CHARS, tableFromLines, type Cell, type Table } from './table.js';
import { readYearColumns } from './year-columns.js';

/** A workbook may unpack to at most this many bytes (a real one is 5–20× its zip; a zip bomb far more). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** Distinct texts a workbook may hold (names, codes, labels: a data sheet needs thousands, not millions). */
export const MAX_SHARED_STRINGS = 500_000;
/** Cells a sheet may hold (a county panel of 3,000 regions × 20 years × 100 indicators is 6 million). */
export const MAX_SHEET_CELLS = 10_000_000;
/** Cells of the grid built from a sheet: rows that hold a cell × columns from the first to the last. */
export const MAX_GRID_CELLS = 20_000_000;

/**
 * A worksheet → Table (SheetJS CE 0.20.3 via @e965/xlsx, pinned: npm `xlsx` 0.18.5 has two CVEs).
 * Only real workbooks are read (a zip, or an old .xls compound file): SheetJS would otherwise read any
 * bytes as text. Cells keep their type; an Excel error cell (#DIV/0!, #N/A), a formula without a saved
 * value (kept by `sheetStubs`) and a date become CellProblems, reported with their row and column if they sit in a numeric
 * column. Merged cells are XLSX_MERGED errors (a merged area reads as one value then blanks).
 *
 * Work is bounded by the data, not by what the file claims (issue 17): zip entries are inflated with
 * their real size counted (unzipBounded), shared strings, cells and cell texts are counted in the XML
 * before SheetJS parses it, and the grid holds only rows that have a cell (a stray cell at XFD1048576
 * adds one row, not a million).
 * A sheet in the EPS DATA / NBS portal year-column layout is returned as a long table (year-columns.ts).
 */
export function readXlsx(bytes: Uint8Array, file: string, sheet?: string, headerRow?: number): Table {
  if (bytes.length === 0) throw new NqpfError('EMPTY_FILE', {}, { file });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const compound = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!zip && !compound) throw new NqpfError('XLSX_INVALID', { detail: 'no zip or OLE signature' }, { file });
  let workbook: XLSX.WorkBook;
  try {
    const options: XLSX.ParsingOptions = { type: 'array', cellFormula: true, cellDates: true, dense: false, sheetStubs: true };
    workbook = XLSX.read(zip ? boundedZip(bytes, file) : bytes, options);
  } catch (e) {
    if (e instanceof NqpfError) throw e;
    throw new NqpfError('XLSX_INVALID', { detail: String((e as Error)?.message ?? e).split('\n')[0] }, { file });
  }
  const name = sheet ?? workbook.SheetNames[0];
  const ws = Object.hasOwn(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
  if (!ws) throw new NqpfError('XLSX_SHEET', { sheet: name, known: workbook.SheetNames.join(', ') }, { file });
  const shown = `${file}[${name}]`;
  const rows = rowsPresent(ws);
  if (!rows) throw new NqpfError('EMPTY_FILE', {}, { file: shown });
  const { first, last, byRow } = rows;
  const width = last - first + 1;
  if (byRow.size * width > MAX_GRID_CELLS) {
    const rowNumbers = [...byRow.keys()];
    const range = `${XLSX.utils.encode_col(first)}${Math.min(...rowNumbers) + 1}:${XLSX.utils.encode_col(last)}${Math.max(...rowNumbers) + 1}`;
    throw new NqpfError('XLSX_SPARSE', { range, rows: byRow.size, columns: width, limit: MAX_GRID_CELLS }, { file: shown });
  }
  const grid = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([r, cells]) => {
      const row: Cell[] = new Array(width).fill(null);
      for (const [c, cell] of cells) row[c - first] = cellValue(cell);
      return { cells: row, row: r + 1 };
    });
  // EPS DATA / NBS portal exports merge each indicator's rows; that layout fills them down itself.
  const yearColumns = readYearColumns(shown, grid, name);
  if (yearColumns) return yearColumns.table;
  // Title rows above the header are skipped (table.ts headerIndex), merged or not. The grid holds only
  // rows with cells, so a header row given by file row number is found by that number.
  const h = headerIndex(grid.map((g) => g.cells), shown, headerRow === undefined ? undefined : grid.findIndex((g) => g.row === headerRow) + 1);
  const header = (grid[h]?.cells ?? []).map((c) => (c === null ? '' : String(c).trim()));
  const below = (ws['!merges'] ?? []).filter((m) => m.e.r >= grid[h].row - 1);
  throwAll(below.map((m) => mergedError(m, header, first, shown)));
  return tableFromLines(shown, header, grid.slice(h + 1), grid[h].row, (j) => XLSX.utils.encode_col(first + j));
}

/**
 * The zip's parts, inflated within MAX_UNZIPPED_BYTES and stored again uncompressed for SheetJS (whose own
 * unzip trusts the declared sizes). Parts SheetJS never reads (media, printer settings) are skipped;
 * shared strings and each sheet's cells are counted before SheetJS builds an object for each.
 */
function boundedZip(bytes: Uint8Array, file: string): Uint8Array {
  let parts: Map<string, Uint8Array>;
  const watch = (name: string) => {
    if (/^xl\/sharedStrings\.xml$/i.test(name)) return tagLimit(['<si>', '<si '], MAX_SHARED_STRINGS, () => new NqpfError('XLSX_SHARED_STRINGS', { limit: MAX_SHARED_STRINGS }, { file }));
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(name)) return tagLimit(['<c>', '<c '], MAX_SHEET_CELLS, () => new NqpfError('XLSX_CELLS', { limit: MAX_SHEET_CELLS }, { file }));
    return undefined;
  };
  try {
    parts = unzipBounded(bytes, MAX_UNZIPPED_BYTES, (name) => !/^xl\/(media|printerSettings|embeddings)\//.test(name), watch);
  } catch (e) {
    if (!(e instanceof ZipRefused)) throw e;
    if (e.reason === 'declared-too-large') throw new NqpfError('XLSX_TOO_LARGE', { size: e.detail.declared, limit: MAX_UNZIPPED_BYTES }, { file });
    if (e.reason === 'too-large') throw new NqpfError('XLSX_INFLATE_LIMIT', { entry: e.detail.entry, declared: e.detail.declared, limit: e.detail.limit }, { file });
    throw new NqpfError('XLSX_INVALID', { detail: e.message }, { file });
  }
  for (const [name, content] of parts) if (/^xl\/(sharedStrings|worksheets\/[^/]+)\.xml$/i.test(name)) refuseLongText(content, file);
  return zipSync(Object.fromEntries(parts), { level: 0 });
}

/**
 * A watcher of inflating XML that throws `refuse()` once either opening tag (ASCII) has been seen more
 * than `limit` times: a byte scan, with the last bytes of each chunk carried so a tag split between
 * chunks still counts.
 */
function tagLimit(tags: string[], limit: number, refuse: () => Error): (chunk: Uint8Array) => void {
  const keep = Math.max(...tags.map((t) => t.length)) - 1;
  let carry = new Uint8Array(0);
  let count = 0;
  return (chunk) => {
    const bytes = carry.length === 0 ? chunk : concat(carry, chunk);
    for (let i = bytes.indexOf(0x3c); i >= 0; i = bytes.indexOf(0x3c, i + 1)) {
      if (i + keep >= bytes.length) break; // may be a tag cut short: seen again with the next chunk
      if (tags.some((t) => matchesAt(bytes, i, t)) && ++count > limit) throw refuse();
    }
    const from = Math.max(0, bytes.length - keep);
    carry = bytes.slice(from);
  };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function matchesAt(bytes: Uint8Array, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (bytes[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * A text node longer than MAX_CELL_CHARS can take (4 bytes a character at most) is refused before
 * SheetJS decodes it, located at its cell (the nearest `r="…"` before it) when the part is a sheet.
 */
function refuseLongText(bytes: Uint8Array, file: string): void {
  const limitBytes = MAX_CELL_CHARS * 4;
  let open = -1;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x3e) open = i;
    else if (bytes[i] === 0x3c) open = -1;
    else if (open >= 0 && i - open > limitBytes) {
      let end = bytes.indexOf(0x3c, i);
      if (end < 0) end = bytes.length;
      let length = 0; // characters = bytes that do not continue a UTF-8 sequence
      for (let k = open + 1; k < end; k++) if ((bytes[k] & 0xc0) !== 0x80) length++;
      const before = new TextDecoder().decode(bytes.subarray(Math.max(0, open - 200), open + 1));
      const ref = [...before.matchAll(/<c r="([A-Z]+)(\d+)"/g)].pop();
      const where = ref ? { file, row: Number(ref[2]), column: ref[1] } : { file };
      throw new NqpfError('CELL_TOO_LONG', { length, limit: MAX_CELL_CHARS }, where);
    }
  }
}

/** The cells present (SheetJS keeps only those; its `!ref` may claim a million rows), grouped by row. */
function rowsPresent(ws: XLSX.WorkSheet): { first: number; last: number; byRow: Map<number, [number, XLSX.CellObject][]> } | null {
  const byRow = new Map<number, [number, XLSX.CellObject][]>();
  let first = Infinity;
  let last = -1;
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const cell = ws[key] as XLSX.CellObject;
    if (!cell.f && (cell.t === 'z' || (cell.v === undefined && cell.t !== 'e'))) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    first = Math.min(first, c);
    last = Math.max(last, c);
    const cells = byRow.get(r);
    if (cells) cells.push([c, cell]);
    else byRow.set(r, [[c, cell]]);
  }
  return byRow.size === 0 ? null : { first, last, byRow };
}

function mergedError(merge: XLSX.Range, header: string[], firstColumn: number, file: string): NqpfError {
  const range = XLSX.utils.encode_range(merge);
  const column = header[merge.s.c - firstColumn] || XLSX.utils.encode_col(merge.s.c);
  return new NqpfError('XLSX_MERGED', { range }, { file, row: merge.s.r + 1, column });
}

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  if (cell.f && (cell.t === 'z' || cell.v === undefined)) return new CellProblem('XLSX_FORMULA_NO_VALUE', { formula: cell.f }, `=${cell.f}`);
  if (cell.t === 'e') {
    const shown = cell.w ?? XLSX_ERRORS[cell.v as number] ?? '#ERROR';
    return new CellProblem('XLSX_ERROR_CELL', { value: shown }, shown);
  }
  if (cell.t === 'd') {
    const date = cell.v instanceof Date && Number.isFinite(cell.v.getTime()) ? cell.v.toISOString().slice(0, 10) : String(cell.w ?? cell.v);
    return new CellProblem('XLSX_DATE_CELL', { value: date }, date);
  }
  if (cell.t === 'n') return cell.v as number;
  if (cell.t === 'b') return cell.v as boolean;
  if (cell.t === 'z' || cell.v === undefined) return null;
  return String(cell.v);
}

/** Excel's error codes (ECMA-376 §18.18.33) for cells SheetJS leaves without display text. */
const XLSX_ERRORS: Record<number, string> = { 0: '#NULL!', 7: '#DIV/0!', 15: '#VALUE!', 23: '#REF!', 29: '#NAME?', 36: '#NUM!', 42: '#N/A', 43: '#GETTING_DATA' };
