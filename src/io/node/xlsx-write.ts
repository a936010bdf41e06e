import { unzipSync, zipSync } from 'fflate';
import writeExcelFile from 'write-excel-file/node';
import { escapeFormula } from '../csv-write.js';
import type { OutputTable } from '../output-tables.js';

/**
 * Output tables → one XLSX workbook (write-excel-file: small, maintained, no native code): a sheet per
 * table, bilingual header row frozen, column widths, numbers as numbers, text escaped against formulas.
 */
export async function workbookBytes(tables: OutputTable[], lang: 'zh' | 'en'): Promise<Uint8Array> {
  const sheets = tables.map((table) => ({
    sheet: sheetName(table.name),
    stickyRowsCount: 1,
    columns: table.header.map((h) => ({ width: Math.max(10, Math.min(40, h.length + 4)) })),
    data: [
      (lang === 'zh' ? table.headerZh : table.header).map((value) => ({ value, fontWeight: 'bold' as const })),
      ...table.rows.map((row) =>
        row.map((cell) =>
          typeof cell === 'number'
            ? Number.isFinite(cell) ? { value: cell, type: Number } : null
            : cell === null || cell === undefined || cell === '' ? null : { value: escapeFormula(String(cell)), type: String },
        ),
      ),
    ],
  }));
  const result = await writeExcelFile(sheets as never).toBuffer();
  return withFixedTimestamps(new Uint8Array(result));
}

/** The zip entries carry the time of writing: re-pack with one fixed date so reruns are byte-identical. */
function withFixedTimestamps(xlsx: Uint8Array): Uint8Array {
  const entries = unzipSync(xlsx);
  const fixed = new Date(Date.UTC(2000, 0, 1));
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime: fixed, level: 6 }]])));
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ */
function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31);
}
