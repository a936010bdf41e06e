import * as XLSX from '@e965/xlsx';
import { unzipSync } from 'fflate';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import { CellProblem, headerIndex, tableFromLines, type Cell, type Table } from './table.js';
import { readYearColumns } from './year-columns.js';

/** A workbook may unpack to at most this many bytes (a real one is 5–20× its zip; a zip bomb far more). */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

/** Refuse a workbook whose zip entries declare more than MAX_UNZIPPED_BYTES, before anything is inflated. */
function refuseZipBomb(bytes: Uint8Array, file: string): void {
  let declared = 0;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        declared += entry.originalSize;
        return false;
      },
    });
  } catch (e) {
    throw new NqpfError('XLSX_INVALID', { detail: String((e as Error)?.message ?? e).split('\n')[0] }, { file });
  }
  if (declared > MAX_UNZIPPED_BYTES) throw new NqpfError('XLSX_TOO_LARGE', { size: declared, limit: MAX_UNZIPPED_BYTES }, { file });
}

/**
 * A worksheet → Table (SheetJS CE 0.20.3 via @e965/xlsx, pinned: npm `xlsx` 0.18.5 has two CVEs).
 * Only real workbooks are read (a zip, or an old .xls compound file): SheetJS would otherwise read any
 * bytes as text. Cells keep their type; an Excel error cell (#DIV/0!, #N/A), a formula without a saved
 * value (kept by `sheetStubs`) and a date become CellProblems, reported with their row and column if they sit in a numeric
 * column. Merged cells are XLSX_MERGED errors (a merged area reads as one value then blanks). The grid
 * is the extent of the cells present, not the sheet's declared range (which can claim a million rows).
 * A sheet in the EPS DATA / NBS portal year-column layout is returned as a long table (year-columns.ts).
 */
export function readXlsx(bytes: Uint8Array, file: string, sheet?: string, headerRow?: number): Table {
  if (bytes.length === 0) throw new NqpfError('EMPTY_FILE', {}, { file });
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const compound = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!zip && !compound) throw new NqpfError('XLSX_INVALID', { detail: 'no zip or OLE signature' }, { file });
  if (zip) refuseZipBomb(bytes, file);
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellDates: true, dense: false, sheetStubs: true });
  } catch (e) {
    throw new NqpfError('XLSX_INVALID', { detail: String((e as Error)?.message ?? e).split('\n')[0] }, { file });
  }
  const name = sheet ?? workbook.SheetNames[0];
  const ws = Object.hasOwn(workbook.Sheets, name) ? workbook.Sheets[name] : undefined;
  if (!ws) throw new NqpfError('XLSX_SHEET', { sheet: name, known: workbook.SheetNames.join(', ') }, { file });
  const shown = `${file}[${name}]`;
  const extent = usedRange(ws);
  if (!extent) throw new NqpfError('EMPTY_FILE', {}, { file: shown });
  const grid: { cells: Cell[]; row: number }[] = [];
  for (let r = extent.s.r; r <= extent.e.r; r++) {
    const cells: Cell[] = [];
    for (let c = extent.s.c; c <= extent.e.c; c++) cells.push(cellValue(ws[XLSX.utils.encode_cell({ r, c })]));
    grid.push({ cells, row: r + 1 });
  }
  // EPS DATA / NBS portal exports merge each indicator's rows; that layout fills them down itself.
  const yearColumns = readYearColumns(shown, grid, name);
  if (yearColumns) return yearColumns.table;
  // Title rows above the header are skipped (table.ts headerIndex), merged or not.
  const h = headerIndex(grid.map((g) => g.cells), shown, headerRow === undefined ? undefined : headerRow - extent.s.r);
  const header = (grid[h]?.cells ?? []).map((c) => (c === null ? '' : String(c).trim()));
  const below = (ws['!merges'] ?? []).filter((m) => m.e.r >= grid[h].row - 1);
  throwAll(below.map((m) => mergedError(m, header, extent.s.c, shown)));
  return tableFromLines(shown, header, grid.slice(h + 1), grid[h].row);
}

function usedRange(ws: XLSX.WorkSheet): XLSX.Range | null {
  let range: XLSX.Range | null = null;
  for (const key of Object.keys(ws)) {
    if (key.startsWith('!')) continue;
    const cell = ws[key] as XLSX.CellObject;
    if (!cell.f && (cell.t === 'z' || (cell.v === undefined && cell.t !== 'e'))) continue;
    const { r, c } = XLSX.utils.decode_cell(key);
    if (!range) range = { s: { r, c }, e: { r, c } };
    else {
      range.s.r = Math.min(range.s.r, r);
      range.s.c = Math.min(range.s.c, c);
      range.e.r = Math.max(range.e.r, r);
      range.e.c = Math.max(range.e.c, c);
    }
  }
  return range;
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
