import { unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/io/csv-write.js';
import { workbookBytes } from '../../src/io/node/xlsx-write.js';
import { outputTables } from '../../src/io/output-tables.js';
import { readCsvObjects } from '../helpers/build.js';
import { ASEM_SPEC, FORMULA, XSS, buildFile } from './report-helpers.js';

describe('results.xlsx', () => {
  const build = buildFile(ASEM_SPEC, { 0: XSS, 1: FORMULA });
  const tables = outputTables(build).filter((t) => !t.name.startsWith('steps/'));
  const bytesPromise = workbookBytes(tables, 'en', build);

  it('workbookBytes: wide score and rank sheets first, then one sheet per table', async () => {
    const book = XLSX.read(await bytesPromise, { type: 'array' });
    expect(book.SheetNames).toEqual(['scores_wide', 'ranks_wide', 'names', 'scores', 'panel', 'weights', 'notes']);
    const scores = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.scores, { header: 1 });
    expect(scores[0]).toEqual(['region', 'name_zh', 'name_en', 'year', 'node', 'level', 'score', 'rank']);
    expect(scores).toHaveLength(1 + tables[0].rows.length);
    // The panel sheet: a row per region × year, the index and each pillar as score and rank columns.
    const panel = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.panel, { header: 1 });
    expect(panel[0].slice(0, 7)).toEqual(['region', 'name_zh', 'name_en', 'year', 'group', 'Index', 'Index_rank']);
    expect(panel).toHaveLength(1 + 51);
  });

  it('workbookBytes: the wide sheet has a row per region × year and a column per node, index first; values read back equal COINr', async () => {
    const book = XLSX.read(await bytesPromise, { type: 'array' });
    const wide = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.scores_wide, { header: 1 });
    // One header row of codes (Stata `import excel, firstrow`); the names sheet gives each code its names.
    expect(wide[0].slice(0, 4)).toEqual(['region', 'name', 'year', 'Index']);
    expect(wide).toHaveLength(1 + 51);
    expect(wide[0]).toHaveLength(3 + 60);
    const names = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.names, { header: 1 });
    expect(names[0]).toEqual(['code', 'name_zh', 'name_en', 'level', 'unit']);
    expect(names[1].slice(0, 4)).toEqual(['Index', 'Sustainable Connectivity', 'Sustainable Connectivity', 4]);
    // Oracle: COINr 1.1.14, test/reference/coinr/minmax-arith.csv (Germany's index score, full precision).
    const expected = Number(readCsvObjects('test/reference/coinr/minmax-arith.csv').find((r) => r.uCode === 'DEU' && r.iCode === 'Index')!.score);
    const germany = wide.find((row) => row[0] === 'DEU')!;
    expect(germany[2]).toBe(2018);
    expect(Math.abs((germany[3] as number) - expected)).toBeLessThan(1e-9);
    const ranks = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.ranks_wide, { header: 1 });
    expect(ranks.find((row) => row[0] === 'DEU')![3]).toBe(1);
  });

  it('workbookBytes: frozen header rows (and id columns on wide sheets), number formats, column widths', async () => {
    const files = unzipSync(await bytesPromise);
    const sheet1 = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    expect(sheet1).toMatch(/<pane [^>]*ySplit="1"[^>]*xSplit="3"[^>]*state="frozen"/);
    expect(new TextDecoder().decode(files['xl/worksheets/sheet3.xml'])).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet1).toMatch(/<col [^>]*width="/);
    const book = XLSX.read(await bytesPromise, { type: 'array', cellNF: true });
    expect(book.Sheets.scores.G2.z).toBe('0.0000');
    expect(book.Sheets.scores.H2.z).toBe('0');
    expect(book.Sheets.scores_wide.D2.z).toBe('0.0000');
  });

  it('workbookBytes: zh headers', async () => {
    const book = XLSX.read(await workbookBytes(tables, 'zh', build), { type: 'array' });
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.scores, { header: 1 })[0]).toEqual(['地区', '地区名称', '英文名称', '年份', '节点', '层级', '得分', '排名']);
    expect(XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.scores_wide, { header: 1 })[0].slice(0, 3)).toEqual(['region', 'name', 'year']);
    expect(book.SheetNames).toContain('名称');
  });

  it('workbookBytes: a region named =HYPERLINK(…) is text with a leading quote, never a formula; markup stays text', async () => {
    const book = XLSX.read(await bytesPromise, { type: 'array', cellFormula: true });
    const sheet = book.Sheets.scores_wide;
    const cells = Object.entries(sheet).filter(([k]) => !k.startsWith('!')).map(([, v]) => v as XLSX.CellObject);
    expect(cells.some((c) => c.f !== undefined)).toBe(false);
    expect(cells.map((c) => c.v)).toContain(`'${FORMULA}`);
    expect(cells.map((c) => c.v)).toContain(XSS);
  });

  it('toCsv: cells that start with = + - @ are escaped (formula injection)', () => {
    expect(toCsv(['a'], [[FORMULA], ['+1'], ['-x'], ['@y'], [-1]])).toBe(`\uFEFFa\n"'=HYPERLINK(""http://x"")"\n'+1\n'-x\n'@y\n-1\n`);
  });

  it('workbookBytes: the same tables give the same bytes', async () => {
    expect(Buffer.from(await workbookBytes(tables, 'en', build)).equals(Buffer.from(await bytesPromise))).toBe(true);
  });
});
