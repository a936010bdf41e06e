import * as XLSX from '@e965/xlsx';
import { NqpfError } from '../core/errors/nqpf-error.js';
import { tableFromLines, type Cell, type Table } from './table.js';

/**
 * A worksheet → Table (SheetJS CE 0.20.3 via @e965/xlsx, pinned: npm `xlsx` 0.18.5 has two CVEs).
 * Cells keep their type; Excel error cells (#DIV/0!, #N/A) become the text Excel shows, so the numeric
 * reader reports them as non-numeric with their row and column; formulas without a cached value are
 * reported the same way; merged areas are read as the top-left cell followed by blanks.
 */
export function readXlsx(bytes: Uint8Array, file: string, sheet?: string): Table {
  if (bytes.length === 0) throw new NqpfError('EMPTY_FILE', {}, { file });
  let workbook: XLSX.WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', cellFormula: true, cellDates: true, dense: false });
  } catch (e) {
    throw new NqpfError('SPEC_PARSE', { format: 'XLSX', detail: (e as Error).message }, { file });
  }
  const name = sheet ?? workbook.SheetNames[0];
  const ws = workbook.Sheets[name];
  if (!ws) throw new NqpfError('XLSX_SHEET', { sheet: name, known: workbook.SheetNames.join(', ') }, { file });
  const ref = ws['!ref'];
  if (!ref) throw new NqpfError('EMPTY_FILE', {}, { file });
  const range = XLSX.utils.decode_range(ref);
  const grid: { cells: Cell[]; row: number }[] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const cells: Cell[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) cells.push(cellValue(ws[XLSX.utils.encode_cell({ r, c })]));
    grid.push({ cells, row: r + 1 });
  }
  const header = (grid[0]?.cells ?? []).map((h) => (h === null ? '' : String(h).trim()));
  return tableFromLines(`${file}[${name}]`, header, grid.slice(1));
}

function cellValue(cell: XLSX.CellObject | undefined): Cell {
  if (!cell) return null;
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.t === 'd') return `date ${cell.w ?? String(cell.v)}`;
  if (cell.t === 'n') return cell.v as number;
  if (cell.t === 'b') return cell.v as boolean;
  if (cell.v === undefined && cell.f) return `=${cell.f}`;
  if (cell.t === 'z' || cell.v === undefined) return null;
  return String(cell.v);
}
