import { NqpfError } from '../core/errors/nqpf-error.js';
import type { Note } from '../core/pipeline/types.js';
import { CellProblem, type Cell } from './table.js';

/** Cells read as missing without comment: empty, NA, and the World Bank's "..". */
const MISSING = new Set(['', 'na', 'n/a', 'nan', '..', 'null']);

export interface CellWhere {
  file: string;
  row: number;
  column: string;
  /** The column as the file names it, when it was matched to an indicator code (`column`). */
  shown?: string;
  /** The row's region and year, for the note a cleaned cell leaves. */
  region?: string;
  year?: number;
}

/**
 * A data cell → number (NaN = missing). Anything else is NON_NUMERIC naming file, row and column (a
 * worksheet's error, formula and date cells have their own codes) — unless `clean` is on: then thousands
 * separators, full-width digits and trailing footnote marks (`1,234`, `１２３`, `12.3*`) are cleaned and
 * yearbook dashes (`—`, `…`, `-`) read as missing, each change logged as a CELL_CLEANED note.
 */
export function parseCell(cell: Cell, where: CellWhere, clean: boolean, notes: Note[]): number {
  const at = { file: where.file, row: where.row, column: where.shown ?? where.column };
  if (cell === null || cell === undefined) return NaN;
  if (cell instanceof CellProblem) throw new NqpfError(cell.code, cell.params, at);
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) throw new NqpfError('NON_FINITE', { value: String(cell) }, at);
    return cell;
  }
  if (typeof cell === 'boolean') throw new NqpfError('NON_NUMERIC', { value: String(cell) }, at);
  const text = cell.trim();
  if (MISSING.has(text.toLowerCase())) return NaN;
  const value = strictNumber(text);
  if (value !== null) return value;
  if (clean) {
    const cleaned = cleanNumber(text);
    if (cleaned !== null) {
      notes.push({
        code: 'CELL_CLEANED',
        ...(where.region !== undefined ? { region: where.region } : {}),
        ...(where.year !== undefined ? { year: where.year } : {}),
        indicator: where.column,
        ...(Number.isNaN(cleaned) ? {} : { value: cleaned }),
        detail: `${where.file}:${where.row}:${at.column}: "${text}" → ${Number.isNaN(cleaned) ? 'missing' : cleaned}`,
      });
      return cleaned;
    }
  }
  // A cell `clean: true` would read says so: the fix is one key, not an edit of every cell.
  const cleanable = clean ? null : cleanNumber(text);
  if (cleanable !== null) throw new NqpfError('NON_NUMERIC_CLEANABLE', { value: text, cleaned: Number.isNaN(cleanable) ? { zh: '缺失', en: 'missing' } : cleanable }, at);
  throw new NqpfError('NON_NUMERIC', { value: text }, at);
}

/**
 * Does a text cell look like a number a yearbook would print (plain, with separators, full-width,
 * marked, or a dash for "no data")? Decides which columns are numeric, with or without cleaning.
 */
export function looksNumeric(text: string): boolean {
  return strictNumber(text) !== null || cleanNumber(text) !== null || /^[+-]?\d+(\.\d*)?[eE][+-]?\d+$/.test(text);
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
