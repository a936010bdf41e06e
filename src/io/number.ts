import { NqpfError } from '../core/errors/nqpf-error.js';
import type { Note } from '../core/pipeline/types.js';
import type { Cell } from './table.js';

/** Cells read as missing without comment: empty, NA, and the World Bank's "..". */
const MISSING = new Set(['', 'na', 'n/a', 'nan', '..', 'null']);

export interface CellWhere {
  file: string;
  row: number;
  column: string;
}

/**
 * A data cell → number (NaN = missing). Anything else is NON_NUMERIC naming file, row and column —
 * unless `clean` is on: then thousands separators, full-width digits and trailing footnote marks
 * (`12.3*`, `1,234`, `１２３`) are cleaned and yearbook dashes (`—`, `…`, `-`) read as missing, each
 * change logged as a note.
 */
export function parseCell(cell: Cell, where: CellWhere, clean: boolean, notes: Note[]): number {
  if (cell === null || cell === undefined) return NaN;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new NqpfError('NON_FINITE', { value: String(cell) }, where);
    return cell;
  }
  if (typeof cell === 'boolean') throw new NqpfError('NON_NUMERIC', { value: String(cell) }, where);
  const text = cell.trim();
  if (MISSING.has(text.toLowerCase())) return NaN;
  const value = strictNumber(text);
  if (value !== null) return value;
  if (clean) {
    const cleaned = cleanNumber(text);
    if (cleaned !== null) {
      notes.push({ code: 'CELL_CLEANED', indicator: where.column, detail: `${where.file}:${where.row}: "${text}" → ${Number.isNaN(cleaned) ? 'missing' : cleaned}` });
      return cleaned;
    }
  }
  throw new NqpfError('NON_NUMERIC', { value: text }, where);
}

function strictNumber(text: string): number | null {
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(text)) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

const DASHES = new Set(['—', '——', '…', '……', '-', '–', '/', '－']);

function cleanNumber(text: string): number | null {
  if (DASHES.has(text)) return NaN;
  const halfWidth = text
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[－]/g, '-');
  const noMarks = halfWidth.replace(/[*†‡#a-zA-Z]+$/u, '').trim();
  const noSeparators = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(noMarks) ? noMarks.replace(/,/g, '') : noMarks;
  return strictNumber(noSeparators);
}
