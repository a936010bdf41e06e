import writeExcelFile from 'write-excel-file/browser';
import { escapeFormula } from '../csv-write.js';
import type { OutputTable } from '../output-tables.js';

/**
 * Output tables → an XLSX workbook Blob in the browser (write-excel-file): a sheet per table, header row
 * in the chosen language and frozen, numbers as numbers, text escaped against formulas — the same sheets
 * as the CLI's results.xlsx (io/node/xlsx-write.ts).
 */
export async function workbookBlob(tables: OutputTable[], lang: 'zh' | 'en'): Promise<Blob> {
  const sheets = tables.map((table) => ({
    sheet: table.name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31),
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
  return writeExcelFile(sheets as never).toBlob();
}
