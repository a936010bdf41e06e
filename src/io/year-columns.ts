import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import { CellProblem, type Cell, type Table } from './table.js';

/**
 * The layout of EPS DATA exports and of the NBS data portal (国家数据, data.stats.gov.cn): one row per
 * indicator × region, one column per year (`2022` or `2022年`), title rows above the header (`数据库：…`,
 * `指标：…`, `时间：…`) and footnote rows below the data (`注：…`, `数据来源：…`, `由EPS DATA整理`).
 * Such a sheet is recognised without being told and turned into a long table (region, year, indicator,
 * value) that readPanel reads like any other; each long row keeps the file row it came from.
 */
export interface YearColumnsLayout {
  kind: 'year-columns';
  /** The `数据库：` title, when the file has one. */
  database?: string;
  /** `数据来源：` / `由EPS DATA整理` lines, verbatim. */
  footnotes: string[];
  indicators: string[];
  years: number[];
  /** File row of the header (1-based). */
  headerRow: number;
}

export interface GridLine {
  cells: Cell[];
  row: number;
}

/** `2022`, `2022年`, ` 2022 ` or the number 2022 → 2022; anything else → null. */
export function yearLabel(cell: Cell | undefined): number | null {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1800 && cell <= 2199 ? cell : null;
  if (typeof cell !== 'string') return null;
  const m = /^\s*((?:18|19|20|21)\d\d)\s*年?\s*$/.exec(cell);
  return m ? Number(m[1]) : null;
}

const TITLE = /^\s*(数据库|指标|时间|地区|频度|单位)\s*[：:]\s*(.*)$/s;
const FOOTNOTE = /^\s*(注|附注|说明|数据来源|资料来源|来源|由\s*EPS\s*DATA\s*整理|EPS\s*DATA|Source|Note)/i;
const REGION_HEADERS = /^(地区|省份|省市|省|地区名称|region|province|area)$/i;
const INDICATOR_HEADERS = /^(指标|指标名称|indicator|variable|series)$/i;
/** How far down the header row may sit (title rows above it). */
const HEADER_SEARCH_ROWS = 30;

const text = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : String(cell).trim());

/**
 * The long table of a year-column sheet, or null when `lines` do not have that layout: the header is the
 * first of the top rows with at least two year labels, and every cell left of the first year is text.
 * `fallbackIndicator` names the indicator when the sheet has neither an indicator column nor `指标：`.
 */
export function readYearColumns(file: string, lines: GridLine[], fallbackIndicator: string): { table: Table; layout: YearColumnsLayout } | null {
  const nonBlank = lines.filter((l) => l.cells.some((c) => text(c) !== ''));
  const headerAt = nonBlank.slice(0, HEADER_SEARCH_ROWS).findIndex((l) => l.cells.filter((c) => yearLabel(c) !== null).length >= 2);
  if (headerAt < 0) return null;
  const header = nonBlank[headerAt];
  const yearCols = header.cells.flatMap((c, j) => (yearLabel(c) === null ? [] : [{ j, year: yearLabel(c)! }]));
  const firstYear = yearCols[0].j;
  const labelCols = Array.from({ length: firstYear }, (_, j) => j);
  if (labelCols.length === 0) return null;
  // Rows above the header are titles (`数据库：…`, `指标：…`); anything else there means another layout.
  const titles = new Map<string, string>();
  for (const line of nonBlank.slice(0, headerAt)) {
    const m = TITLE.exec(text(line.cells.find((c) => text(c) !== '')));
    if (!m) return null;
    titles.set(m[1], m[2].trim());
  }
  const heads = labelCols.map((j) => text(header.cells[j]));
  const regionCol = labelCols.find((j) => REGION_HEADERS.test(heads[j])) ?? labelCols[labelCols.length - 1];
  const indicatorCol = labelCols.find((j) => j !== regionCol && (INDICATOR_HEADERS.test(heads[j]) || heads[j] === '')) ?? labelCols.find((j) => j !== regionCol) ?? -1;
  const titleIndicator = titles.get('指标') || fallbackIndicator;

  const errors: NqpfError[] = [];
  const footnotes: string[] = [];
  const rows: Cell[][] = [];
  const rowNumbers: number[] = [];
  const indicators: string[] = [];
  let indicator = '';
  let inFootnotes = false;
  for (const line of nonBlank.slice(headerAt + 1)) {
    const first = text(line.cells.find((c) => text(c) !== ''));
    const values = yearCols.map(({ j }) => line.cells[j] ?? null);
    const hasValues = values.some((c) => text(c) !== '');
    if (FOOTNOTE.test(first) && !hasValues) {
      footnotes.push(first);
      inFootnotes = true;
      continue;
    }
    if (inFootnotes) {
      // Below the footnotes only more footnote text may follow (a second table would be misread).
      if (!hasValues) {
        footnotes.push(first);
        continue;
      }
      errors.push(new NqpfError('YEAR_COLUMNS_ROW', { value: first.slice(0, 40) }, { file, row: line.row }));
      break;
    }
    const label = labelCols.find((j) => line.cells[j] instanceof CellProblem);
    if (label !== undefined) {
      errors.push(new NqpfError('YEAR_COLUMNS_ROW', { value: text(line.cells[label]) }, { file, row: line.row, column: heads[label] || undefined }));
      break;
    }
    // Merged or blank indicator cells (EPS merges one indicator's rows) carry the name from above.
    if (indicatorCol >= 0 && text(line.cells[indicatorCol]) !== '') indicator = text(line.cells[indicatorCol]);
    const name = indicatorCol >= 0 ? indicator : titleIndicator;
    if (name === '') {
      errors.push(new NqpfError('EMPTY_INDICATOR', {}, { file, row: line.row, column: heads[indicatorCol] || undefined }));
      break;
    }
    if (!indicators.includes(name)) indicators.push(name);
    yearCols.forEach(({ year }, k) => {
      rows.push([line.cells[regionCol] ?? null, String(year), name, values[k]]);
      rowNumbers.push(line.row);
    });
  }
  throwAll(errors);
  if (rows.length === 0) throw new NqpfError('HEADER_ONLY', {}, { file });
  const layout: YearColumnsLayout = {
    kind: 'year-columns',
    ...(titles.has('数据库') ? { database: titles.get('数据库') } : {}),
    footnotes,
    indicators,
    years: yearCols.map((y) => y.year),
    headerRow: header.row,
  };
  return { table: { file, header: ['region', 'year', 'indicator', 'value'], rows, rowNumbers, layout }, layout };
}
