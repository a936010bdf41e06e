import { unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { rootOf, type Build, type FrameworkNode, type Lang } from '../../core/index.js';
import { escapeFormula, type OutCell } from '../csv-write.js';
import { tableRowCount, type OutputTable } from '../output-tables.js';

/**
 * Output tables → one XLSX workbook `results.xlsx` (write-excel-file: small, maintained, no native code).
 * With the build, two wide sheets come first — scores_wide and ranks_wide: a row per region × year, a column
 * per node (index first), one header row of codes — and a `names` sheet (code, zh and en names), then a sheet per
 * table (scores, weights, notes, each analysis). Headers are frozen, columns sized to their content, numbers
 * stay numbers at full precision with a display format (scores and weights 0.0000, ranks and years 0), and
 * text that starts with = + - @ is prefixed with ' against formula injection. Reruns are byte-identical:
 * the zip is re-packed with one fixed date.
 */
export async function workbookBytes(tables: OutputTable[], lang: Lang, build?: Build): Promise<Uint8Array> {
  const omitted: string[] = [];
  const wide = build ? wideSheets(build, lang, omitted) : [];
  let budget = TABLE_CELLS;
  const fitting = tables.filter((t) => {
    const rows = tableRowCount(t);
    const cells = rows * Math.max(1, t.header.length);
    const fits = rows < EXCEL_ROWS && t.header.length <= EXCEL_COLUMNS && cells <= budget;
    if (fits) budget -= cells;
    else omitted.push(lang === 'zh' ? `${t.name}：${rows} 行，未放入工作簿，完整数据见 ${t.name}.csv` : `${t.name}: ${rows} rows, left out of the workbook; all of it is in ${t.name}.csv`);
    return fits;
  });
  const sheets = [...(omitted.length > 0 ? [aboutSheet(omitted, lang)] : []), ...wide, ...fitting.map((t) => tableSheet(t, lang))];
  const names = new Set<string>();
  const data = sheets.map((s) => ({ ...s, sheet: uniqueName(s.sheet, names) }));
  const result = await writeExcelFile(data as never).toBuffer();
  return withFixedTimestamps(new Uint8Array(result));
}

/**
 * Size limits: Excel's 1,048,576 rows and 16,384 columns per sheet, and a cell budget that keeps the
 * workbook (built in memory by write-excel-file) well under the CLI's memory goal at county and firm scale.
 * What does not fit is summarised or left out — the wide sheets show the latest year only, a long table is
 * left to its CSV — and a first sheet, about / 说明, says so.
 */
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;
const WIDE_CELLS = 500_000;
const TABLE_CELLS = 1_000_000;

function aboutSheet(lines: string[], lang: Lang): Sheet {
  const title = lang === 'zh' ? '本工作簿因数据规模做了摘要（完整结果见同目录下的 CSV 文件）' : 'This workbook is summarised for the size of the panel (the full results are in the CSV files beside it)';
  return { sheet: lang === 'zh' ? '说明' : 'about', stickyRowsCount: 1, columns: [{ width: 100 }], data: [[headerCell(title)], ...lines.map((line) => [dataCell(line, undefined)])] };
}

interface Sheet {
  sheet: string;
  data: (Record<string, unknown> | null)[][];
  columns: { width: number }[];
  stickyRowsCount: number;
  stickyColumnsCount?: number;
}

/** Display formats by column name; columns not listed show numbers as Excel's General. */
const FORMATS: Record<string, string> = {
  score: '0.0000',
  weight: '0.0000',
  effective_weight: '0.0000',
  score_a: '0.0000',
  score_b: '0.0000',
  rank: '0',
  rank_a: '0',
  rank_b: '0',
  rank_change: '0',
  level: '0',
  year: '0',
};

function tableSheet(table: OutputTable, lang: Lang): Sheet {
  const header = lang === 'zh' ? table.headerZh : table.header;
  const formats = table.header.map((h) => FORMATS[h]);
  return {
    sheet: table.name.replace(/\//g, '_'),
    stickyRowsCount: 1,
    columns: widths([header, ...table.rows]),
    data: [header.map(headerCell), ...table.rows.map((row) => row.map((cell, k) => dataCell(cell, formats[k])))],
  };
}

function wideSheets(build: Build, lang: Lang, omitted: string[]): Sheet[] {
  const { framework, regions, years: allYears, scores, ranks } = build.results;
  const root = rootOf(framework).code;
  const nodes = framework.nodes.filter((n) => scores[n.code]).sort((a, b) => (a.code === root ? -1 : b.code === root ? 1 : b.level - a.level));
  const timeless = build.trace[0]?.panel.timeless === true;
  const width = 3 + nodes.length;
  if (width > EXCEL_COLUMNS) {
    omitted.push(lang === 'zh' ? `scores_wide、ranks_wide：${nodes.length} 个节点超过 Excel 的列数上限，未放入；见 scores.csv` : `scores_wide, ranks_wide: ${nodes.length} nodes exceed Excel's column limit, left out; see scores.csv`);
    return [];
  }
  // all years when they fit, else the latest year only (every year is in scores.csv)
  const latestOnly = regions.length * allYears.length * width > WIDE_CELLS && allYears.length > 1;
  // a single year that still does not fit (more units than Excel has rows, or past the budget fourfold) is left out
  if (regions.length >= EXCEL_ROWS || (latestOnly && regions.length * width > 4 * WIDE_CELLS)) {
    omitted.push(lang === 'zh' ? `scores_wide、ranks_wide：${regions.length} 个单位 × ${nodes.length} 个节点过大，未放入；见 scores.csv` : `scores_wide, ranks_wide: ${regions.length} units × ${nodes.length} nodes is too large, left out; see scores.csv`);
    return [];
  }
  const years = latestOnly ? allYears.slice(-1) : allYears;
  const firstYear = latestOnly ? allYears.length - 1 : 0;
  if (latestOnly) {
    const year = allYears[firstYear];
    omitted.push(lang === 'zh' ? `scores_wide、ranks_wide：仅 ${year} 年（${regions.length} 个单位 × ${allYears.length} 年过大）；各年数据见 scores.csv` : `scores_wide, ranks_wide: ${year} only (${regions.length} units × ${allYears.length} years is too large); every year is in scores.csv`);
  }
  const sheet = (name: string, columns: Record<string, Float64Array>, format: string): Sheet => {
    const rows: OutCell[][] = [];
    years.forEach((year, k) => {
      const t = firstYear + k;
      regions.forEach((region, r) => rows.push([region.code, region.name[lang], timeless ? '' : year, ...nodes.map((n) => columns[n.code][t * regions.length + r])]));
    });
    // One header row of plain identifiers (Stata `import excel, firstrow`, R readxl); the names are on the `names` sheet.
    const codes = ['region', 'name', 'year', ...nodes.map((n) => n.code)];
    return {
      sheet: name,
      stickyRowsCount: 1,
      stickyColumnsCount: 3,
      columns: widths([codes, ...rows]).map((c, k) => (k < 3 ? c : { width: Math.max(c.width, 10) })),
      data: [codes.map(headerCell), ...rows.map((row) => row.map((cell, k) => dataCell(cell, k === 2 ? '0' : k > 2 ? format : undefined)))],
    };
  };
  return [sheet('scores_wide', scores, '0.0000'), sheet('ranks_wide', ranks, '0'), namesSheet(nodes, lang)];
}

/** Each node's code beside its zh and en names, level and unit: the key to the wide sheets' column headers. */
function namesSheet(nodes: readonly FrameworkNode[], lang: Lang): Sheet {
  const header = lang === 'zh' ? ['代码', '中文名称', '英文名称', '层级', '单位'] : ['code', 'name_zh', 'name_en', 'level', 'unit'];
  const rows: OutCell[][] = nodes.map((n) => [n.code, n.name.zh, n.name.en, n.level, n.unit ?? '']);
  return { sheet: lang === 'zh' ? '名称' : 'names', stickyRowsCount: 1, columns: widths([header, ...rows]), data: [header.map(headerCell), ...rows.map((row) => row.map((cell) => dataCell(cell, undefined)))] };
}

function headerCell(value: string): Record<string, unknown> {
  return { value: escapeFormula(value), type: String, fontWeight: 'bold', backgroundColor: '#E8EEF7' };
}

function dataCell(cell: OutCell, format: string | undefined): Record<string, unknown> | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? { value: cell, type: Number, ...(format ? { format } : {}) } : null;
  if (cell === null || cell === undefined || cell === '') return null;
  return { value: escapeFormula(String(cell)), type: String };
}

/** Column widths in characters from the longest cell (CJK characters count double), between 6 and 50. */
function widths(rows: OutCell[][]): { width: number }[] {
  let count = 0;
  for (const row of rows) count = Math.max(count, row.length);
  return Array.from({ length: count }, (_, k) => {
    let widest = 0;
    for (const row of rows) widest = Math.max(widest, displayWidth(row[k]));
    return { width: Math.min(50, Math.max(6, widest + 2)) };
  });
}

function displayWidth(cell: OutCell): number {
  if (cell === null || cell === undefined) return 0;
  // Numbers show with at most ~10 characters under the formats above.
  if (typeof cell === 'number') return Math.min(String(cell).length, 10);
  let width = 0;
  for (const ch of cell) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return width;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\, unique ignoring case. */
function uniqueName(name: string, taken: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
  let candidate = base;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = `${base.slice(0, 31 - String(k).length - 1)}~${k}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The zip entries carry the time of writing: re-pack with one fixed date so reruns are byte-identical. */
function withFixedTimestamps(xlsx: Uint8Array): Uint8Array {
  const entries = unzipSync(xlsx);
  const fixed = new Date(Date.UTC(2000, 0, 1));
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: fixed, level: 6 }]])));
}
