// Writes the corpus cases whose inputs are not plain UTF-8 text: GBK, UTF-16 and mixed-encoding CSV,
// XLSX workbooks with error cells, merged cells, formulas without saved values and dates, and the
// hostile files of issue 17 (hostile-files.mjs), each just past the limit it tests.
// Run `node test/bad-inputs/make-fixtures.mjs` after changing it; the generated files are committed.
// Each case folder's case.yaml (written by hand) says what nqpf must answer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import { strToU8, strFromU8 } from 'fflate';
import * as hostile from './hostile-files.mjs';
import { FRAMEWORK, STEPS, HEADER, PROVINCES, ROWS, csvText, workbook, fixedZip } from './hostile-files.mjs';

const CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases');

/** GBK bytes of a string, from the inverse of the platform's GBK decoder (no encoder ships with Node). */
function gbk(text) {
  const table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else if (table.has(ch)) bytes.push(...table.get(ch));
    else throw new Error(`no GBK code for ${ch}`);
  }
  return new Uint8Array(bytes);
}

function utf16(text, bigEndian, bom) {
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (c) => c.charCodeAt(0))];
  const out = new Uint8Array(units.length * 2);
  units.forEach((u, i) => {
    out[2 * i + (bigEndian ? 0 : 1)] = u >> 8;
    out[2 * i + (bigEndian ? 1 : 0)] = u & 0xff;
  });
  return out;
}

function writeCase(slug, files) {
  const dir = join(CASES, slug);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
}

const spec = (data) => `framework: fw.yaml\ndata: ${data}\n${STEPS}`;

const common = { 'fw.yaml': FRAMEWORK };

// Encodings
writeCase('01-gbk-no-bom', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': gbk(csvText()) });
writeCase('02-utf16le-bom', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': utf16(csvText(), false, true) });
writeCase('03-utf16be-bom', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': utf16(csvText(), true, true) });
writeCase('04-utf16-no-bom', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': utf16(csvText(), false, false) });
{
  // Rows 2–7 saved as UTF-8, rows 8–13 pasted in from a GBK file.
  const lines = csvText().split('\r\n');
  const utf8 = new TextEncoder().encode(lines.slice(0, 7).join('\r\n') + '\r\n');
  const rest = gbk(lines.slice(7).join('\r\n'));
  writeCase('05-mixed-encodings', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': new Uint8Array([...utf8, ...rest]) });
}
writeCase('06-workbook-named-csv', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': workbook(() => {}) });
writeCase('07-bom-but-gbk', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': new Uint8Array([0xef, 0xbb, 0xbf, ...gbk(csvText())]) });

// Workbooks: rows are file rows (header = row 1), columns A–F = 地区, 年份, patents, rd, gdp, pop.
writeCase('32-xlsx-error-cells', {
  ...common,
  'spec.yaml': spec('data.xlsx'),
  'data.xlsx': workbook((ws) => {
    ws.D3 = { t: 'e', v: 0x07, w: '#DIV/0!' };
    ws.E9 = { t: 'e', v: 0x2a, w: '#N/A' };
  }),
});
writeCase('33-xlsx-merged-cells', {
  ...common,
  'spec.yaml': spec('data.xlsx'),
  // A yearbook layout: 北京 typed once and merged over its two rows (A2:A3), and the same for 天津.
  'data.xlsx': workbook((ws) => {
    const sorted = [HEADER, ...[...ROWS].sort((a, b) => PROVINCES.indexOf(a[0]) - PROVINCES.indexOf(b[0]) || a[1] - b[1])];
    XLSX.utils.sheet_add_aoa(ws, sorted);
    delete ws.A3;
    delete ws.A5;
    ws['!merges'] = [XLSX.utils.decode_range('A2:A3'), XLSX.utils.decode_range('A4:A5')];
  }),
});
writeCase('34-xlsx-formula-no-value', {
  ...common,
  'spec.yaml': spec('data.xlsx'),
  // Written as openpyxl and other libraries write formulas: <f> without a cached <v>.
  'data.xlsx': fixedZip(
    workbook((ws) => {
      ws.E4 = { t: 'n', f: 'E2+E3', v: 0 };
    }),
    (name, data) => (name === 'xl/worksheets/sheet1.xml' ? strToU8(strFromU8(data).replace(/<c r="E4"([^>]*)><f>E2\+E3<\/f><v>0<\/v><\/c>/, '<c r="E4"><f>E2+E3</f></c>')) : data),
  ),
});
writeCase('35-xlsx-date-cells', {
  ...common,
  'spec.yaml': spec('data.xlsx'),
  'data.xlsx': workbook((ws) => {
    ws.C6 = { t: 'n', v: 43835, z: 'yyyy-mm-dd' }; // 2020-01-05 as Excel stores it (serial 43831 = 2020-01-01)
  }),
});
writeCase('36-xlsx-not-a-workbook', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': new TextEncoder().encode(csvText()) });
writeCase('37-xlsx-missing-sheet', { ...common, 'spec.yaml': spec('{ path: data.xlsx, sheet: "2022" }'), 'data.xlsx': workbook(() => {}, '数据') });
writeCase('38-xlsx-ok', { ...common, 'spec.yaml': spec('{ path: data.xlsx, sheet: 数据 }'), 'data.xlsx': workbook(() => {}, '数据') });

// Own data as a yearbook download gives it (issue 16): a title row above the header, indicator names
// with units instead of codes, GBK. Matched by name, the title skipped, read.
const NAMED_HEADER = ['地区', '年份', '专利授权数（件）', 'R&D 经费(亿元)', '地区生产总值 (亿元)', '常住人口(万人)'];
const titled = (title) => [[title], NAMED_HEADER, ...ROWS];
writeCase('89-own-headers-title-row-gbk', {
  ...common,
  'spec.yaml': spec('data.csv'),
  'data.csv': gbk(titled('表1 各省份科技与经济原始数据').map((r, i) => (i === 0 ? `${r[0]},,,,,` : r.join(','))).join('\r\n') + '\r\n'),
});
writeCase('95-xlsx-title-row', {
  ...common,
  'spec.yaml': spec('data.xlsx'),
  // The title typed in A1 and merged across the table, as yearbook workbooks have it.
  'data.xlsx': (() => {
    const ws = XLSX.utils.aoa_to_sheet(titled('表1 各省份科技与经济原始数据'));
    ws['!merges'] = [XLSX.utils.decode_range('A1:F1')];
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, 'Sheet1');
    wb.Props = { CreatedDate: new Date(Date.UTC(2024, 0, 1)), ModifiedDate: new Date(Date.UTC(2024, 0, 1)) };
    return fixedZip(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true }));
  })(),
});

// Hostile files (issue 17): each just past its limit, so the committed file stays small.
writeCase('h01-xlsx-stray-cell-last', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.strayCellXlsx('XFD1048576') });
writeCase('h02-xlsx-stray-cell-zz', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.strayCellXlsx('ZZ20000') });
writeCase('h03-csv-many-columns', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': hostile.wideCsv(20000) });
writeCase('h04-xlsx-under-declared-zip', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.underDeclaredXlsx(300) });
writeCase('h05-xlsx-shared-strings', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.sharedStringsXlsx(500_001) });
writeCase('h06-xlsx-long-cell', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.longCellXlsx(40_000) });
writeCase('h07-csv-long-cell', { ...common, 'spec.yaml': spec('data.csv'), 'data.csv': csvText(ROWS.map((r, i) => (i === 1 ? [r[0], r[1], 'x'.repeat(40_000), ...r.slice(3)] : r))) });
writeCase('h19-xlsx-many-cells', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.manyCellsXlsx(10_000_001) });
writeCase('h20-xlsx-sparse-grid', { ...common, 'spec.yaml': spec('data.xlsx'), 'data.xlsx': hostile.wideSparseXlsx(1_300) });
writeCase('h08-spec-nested-deep', { ...common, 'spec.yaml': hostile.deepYamlSpec(20_000), 'data.csv': csvText() });
writeCase('h09-spec-json-nested-deep', { ...common, 'spec.json': hostile.deepJsonSpec(20_000), 'spec.yaml': hostile.deepJsonSpec(20_000), 'data.csv': csvText() });
