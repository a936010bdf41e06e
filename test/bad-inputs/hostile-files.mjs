// Generators of the hostile inputs of issue 17: tiny files that claimed (or made) nqpf do unbounded work.
// Each is deterministic (fixed zip dates, no randomness). The small ones are written into the corpus by
// make-fixtures.mjs; the large ones are made at test time (case.yaml `setup: generate`), and bench/hostile.mjs
// makes each at the size the issue measured.
import { deflateRawSync, constants } from 'node:zlib';
import * as XLSX from '@e965/xlsx';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';

export const FRAMEWORK = `nodes:
  - { code: IDX, name: { zh: 综合指数, en: Index } }
  - { code: TECH, name: { zh: 科技创新, en: Technology }, parent: IDX }
  - { code: ECON, name: { zh: 经济发展, en: Economy }, parent: IDX }
  - { code: patents, name: { zh: 专利授权数, en: Patents granted }, parent: TECH }
  - { code: rd, name: { zh: R&D 经费, en: R&D expenditure }, parent: TECH }
  - { code: gdp, name: { zh: 地区生产总值, en: GDP }, parent: ECON }
  - { code: pop, name: { zh: 常住人口, en: Population }, parent: ECON, direction: -1 }
`;
export const STEPS = `steps:
  - { op: normalize, method: min-max, params: { range: [0, 100] } }
  - { op: aggregate, method: arithmetic }
`;

export const HEADER = ['地区', '年份', 'patents', 'rd', 'gdp', 'pop'];
export const PROVINCES = ['北京', '天津', '河北', '山西', '内蒙古', '辽宁'];
/** Six provinces × two years of made-up but plausible values. */
export const ROWS = [2021, 2022].flatMap((year, t) =>
  PROVINCES.map((region, i) => [region, year, 100 + 13 * i + 7 * t, Math.round((2.5 + 0.7 * i + 0.1 * t) * 10) / 10, 3000 + 450 * i + 100 * t, 1500 + 320 * i]),
);
export const csvText = (rows = ROWS, header = HEADER) => [header, ...rows].map((r) => r.join(',')).join('\r\n') + '\r\n';

/** A workbook of the standard rows, edited cell by cell, written with fixed dates so reruns are identical. */
export function workbook(edit, sheetName = 'Sheet1', options = {}) {
  const ws = XLSX.utils.aoa_to_sheet([HEADER, ...ROWS]);
  edit(ws);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, sheetName);
  wb.Props = { CreatedDate: new Date(Date.UTC(2024, 0, 1)), ModifiedDate: new Date(Date.UTC(2024, 0, 1)) };
  return fixedZip(XLSX.write(wb, { type: 'array', bookType: 'xlsx', compression: true, ...options }));
}

/** Re-pack a zip with one entry date, and optionally rewrite entries (as other writers would have written them). */
export function fixedZip(bytes, rewrite = (_name, data) => data) {
  const entries = unzipSync(new Uint8Array(bytes));
  const date = new Date(Date.UTC(2024, 0, 1));
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [rewrite(name, data), { mtime: date }]])));
}

/** The standard workbook plus one number in a far cell (`XFD1048576`: the last cell Excel has). */
export function strayCellXlsx(ref) {
  const row = Number(ref.replace(/^[A-Z]+/, ''));
  return editSheet((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${ref}"/>`).replace('</sheetData>', `<row r="${row}"><c r="${ref}"><v>1</v></c></row></sheetData>`));
}

/** The standard workbook plus `count` empty stub cells (`<c t="z"/>`) in a row below it: ~11 bytes each inflated. */
export function manyCellsXlsx(count) {
  return editSheet((xml) => xml.replace('</sheetData>', `<row r="20">${'<c t="z"/>'.repeat(count)}</row></sheetData>`));
}

/**
 * The standard workbook plus one number in each of `rows` rows below it (column A) and one at XFD1: few
 * cells, but a grid of (13 + rows) rows × 16,384 columns.
 */
export function wideSparseXlsx(rows) {
  const extra = Array.from({ length: rows }, (_, i) => `<row r="${i + 20}"><c r="A${i + 20}"><v>1</v></c></row>`).join('');
  return editSheet((xml) => xml.replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:XFD${rows + 19}"/>`).replace(/<row r="1"([^>]*)>(.*?)<\/row>/, (_m, attrs, cells) => `<row r="1"${attrs}>${cells}<c r="XFD1"><v>1</v></c></row>`).replace('</sheetData>', `${extra}</sheetData>`));
}

/** The standard workbook with its first sheet's XML rewritten (SheetJS would write a far cell's whole range). */
function editSheet(edit) {
  return fixedZip(workbook(() => {}), (name, data) => (name === 'xl/worksheets/sheet1.xml' ? strToU8(edit(strFromU8(data))) : data));
}

/** A wide CSV: region, year and `columns` columns of words (read as region groups), two rows. */
export function wideCsv(columns) {
  const header = ['region', 'year', ...Array.from({ length: columns }, (_, j) => `x${j + 1}`)];
  const rows = ['北京', '天津'].map((region, i) => [region, 2022, ...Array.from({ length: columns }, (_, j) => `g${(j * 7 + i) % 100}`)]);
  return strToU8(csvText(rows, header));
}

/**
 * The standard workbook plus an entry `customXml/item1.xml` of `megabytes` MiB of spaces whose zip headers
 * declare it as small as its compressed bytes. The deflate stream repeats one sync-flushed block of 1 MiB of
 * spaces (each block starts with a literal, so every copy is valid after any other), hence ~1 KB per MiB.
 */
export function underDeclaredXlsx(megabytes) {
  const block = deflateRawSync(Buffer.alloc(1 << 20, 0x20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const body = new Uint8Array(block.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) body.set(block, i * block.length);
  body.set([0x03, 0x00], block.length * megabytes); // an empty final block (fixed Huffman, end of block)
  const entries = Object.entries(unzipSync(workbook(() => {}))).map(([name, data]) => ({ name, method: 0, data, size: data.length, crc: crc32(data) }));
  entries.push({ name: 'customXml/item1.xml', method: 8, data: body, size: body.length, crc: 0 });
  return rawZip(entries);
}

/** The standard workbook with `count` extra shared strings ("s0", "s1", …) that no cell uses. */
export function sharedStringsXlsx(count) {
  return fixedZip(
    workbook(() => {}, 'Sheet1', { bookSST: true }),
    (name, data) => {
      if (name !== 'xl/sharedStrings.xml') return data;
      const xml = strFromU8(data);
      const extra = [];
      for (let i = 0; i < count; i++) extra.push(`<si><t>s${i}</t></si>`);
      return strToU8(xml.replace('</sst>', `${extra.join('')}</sst>`));
    },
  );
}

/** The standard workbook with one text cell of `length` characters in a numeric column (C3). */
export function longCellXlsx(length) {
  return editSheet((xml) => xml.replace(/<c r="C3"><v>[^<]*<\/v><\/c>/, `<c r="C3" t="inlineStr"><is><t>${'x'.repeat(length)}</t></is></c>`));
}

/** A spec whose `name:` is a flow sequence nested `depth` deep (`[[[[…]]]]`). */
export function deepYamlSpec(depth) {
  return `framework: fw.yaml\ndata: data.csv\nname: ${'['.repeat(depth)}${']'.repeat(depth)}\n${STEPS}`;
}

/** The same nesting in a JSON spec. */
export function deepJsonSpec(depth) {
  return `{"framework": "fw.yaml", "data": "data.csv", "name": ${'['.repeat(depth)}${']'.repeat(depth)}, "steps": [{"op": "normalize", "method": "min-max"}, {"op": "aggregate", "method": "arithmetic"}]}`;
}

/** A zip written entry by entry with the sizes given (not measured): how a hostile file lies about them. */
function rawZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const local = new Uint8Array(30 + name.length);
    const v = new DataView(local.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, 20, true);
    v.setUint16(8, e.method, true);
    v.setUint16(12, 0x5821, true); // 2024-01-01
    v.setUint32(14, e.crc, true);
    v.setUint32(18, e.data.length, true);
    v.setUint32(22, e.size, true);
    v.setUint16(26, name.length, true);
    local.set(name, 30);
    const dir = new Uint8Array(46 + name.length);
    const d = new DataView(dir.buffer);
    d.setUint32(0, 0x02014b50, true);
    d.setUint16(4, 20, true);
    d.setUint16(6, 20, true);
    d.setUint16(10, e.method, true);
    d.setUint16(14, 0x5821, true);
    d.setUint32(16, e.crc, true);
    d.setUint32(20, e.data.length, true);
    d.setUint32(24, e.size, true);
    d.setUint16(28, name.length, true);
    d.setUint32(42, offset, true);
    dir.set(name, 46);
    parts.push(local, e.data);
    central.push(dir);
    offset += local.length + e.data.length;
  }
  const dirSize = central.reduce((s, c) => s + c.length, 0);
  const end = new Uint8Array(22);
  const v = new DataView(end.buffer);
  v.setUint32(0, 0x06054b50, true);
  v.setUint16(8, entries.length, true);
  v.setUint16(10, entries.length, true);
  v.setUint32(12, dirSize, true);
  v.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of all) (out.set(p, at), (at += p.length));
  return out;
}

function crc32(bytes) {
  let crc = ~0;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}
