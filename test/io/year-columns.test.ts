// The EPS DATA / NBS data-portal layout (issue 13): one row per indicator × region, one column per year, title and
// footnote rows. Cell values are checked against the source files themselves: the EPS export's cells read with
// SheetJS directly, the NBS file's as written in the fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { NqpfError } from '../../src/core/errors/nqpf-error.js';
import type { Note } from '../../src/core/pipeline/types.js';
import { readPanel } from '../../src/io/read-panel.js';
import { readCsv } from '../../src/io/table.js';
import { readXlsx } from '../../src/io/xlsx-read.js';
import { yearLabel } from '../../src/io/year-columns.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadInputs } from '../../src/io/node/load.js';
import { REPO } from '../helpers/build.js';

const EPS = join(REPO, 'data/eps-127ww/中国宏观经济数据库-年度（分省级）.xlsx');
const NBS = join(REPO, 'test/fixtures/year-columns/nbs-gdp.csv');

const at = (panel: ReturnType<typeof readPanel>, code: string, region: string, year: number) =>
  panel.columns[code][panel.years.indexOf(year) * panel.regions.length + panel.regions.findIndex((r) => r.code === region)];

describe('year-column layout (EPS DATA / NBS portal)', () => {
  it('yearLabel: "2022", "2022年", 2022 are years; other text and numbers are not', () => {
    expect([yearLabel('2022'), yearLabel(' 2022年 '), yearLabel(2011), yearLabel('地区'), yearLabel(41610.9), yearLabel('20222')]).toEqual([2022, 2022, 2011, null, null, null]);
  });

  it('a real EPS export: 5 indicators × 31 provinces × 2011–2023, merged indicator cells filled down, footnotes kept', () => {
    const table = readXlsx(new Uint8Array(readFileSync(EPS)), 'macro.xlsx');
    expect(table.layout).toMatchObject({ kind: 'year-columns', headerRow: 1, years: Array.from({ length: 13 }, (_, i) => 2011 + i) });
    expect(table.layout!.indicators).toEqual(['地区生产总值（当年价）（亿元）', '城镇人口所占比重（%）', '一般公共预算支出（亿元）', '铁路营业里程（公里）', '公路里程（公里）']);
    expect(table.layout!.footnotes).toEqual(['数据来源：<p>中国统计年鉴</p>', '由EPS DATA整理']);
    const notes: Note[] = [];
    const panel = readPanel(table, { regions: 'china-provinces', rename: { '地区生产总值（当年价）（亿元）': 'gdp' } }, notes);
    expect(panel.regions).toHaveLength(31);
    expect(notes.map((n) => n.code)).toEqual(['DATA_LAYOUT']);
    // every GDP cell equals the worksheet's cell (row = province, column = year)
    const ws = XLSX.read(readFileSync(EPS)).Sheets['中国宏观经济数据库-年度（分省级）'];
    const grid = XLSX.utils.sheet_to_json<(string | number | null)[]>(ws, { header: 1, defval: null });
    let checked = 0;
    for (const row of grid.filter((r) => r[0] === '地区生产总值（当年价）（亿元）')) {
      const region = panel.regions.find((r) => r.name.zh === row[1])!;
      grid[0].forEach((year, j) => {
        if (j < 2) return;
        expect(at(panel, 'gdp', region.code, Number(year))).toBe(Number(row[j]));
        checked++;
      });
    }
    expect(checked).toBe(31 * 13);
    expect(at(panel, 'gdp', '110000', 2022)).toBe(41610.9);
    expect(at(panel, '公路里程（公里）', '650000', 2023)).toBe(227934);
  });

  it('an NBS-portal CSV: title rows, "2022年" headers, one indicator named by 指标：, footnotes skipped', () => {
    const table = readCsv(new Uint8Array(readFileSync(NBS)), 'nbs-gdp.csv');
    expect(table.layout).toMatchObject({ kind: 'year-columns', database: '分省年度数据', headerRow: 4, years: [2022, 2021, 2020], indicators: ['地区生产总值(亿元)'] });
    expect(table.layout!.footnotes).toEqual(['注：2021年及以前数据为修订数。', '数据来源：国家统计局']);
    const panel = readPanel(table, { regions: 'china-provinces', rename: { '地区生产总值(亿元)': 'gdp' } }, []);
    expect(panel.years).toEqual([2020, 2021, 2022]);
    expect(panel.regions.map((r) => r.code)).toEqual(['110000', '120000', '130000']);
    // the fixture's cells, as written
    expect([at(panel, 'gdp', '110000', 2022), at(panel, 'gdp', '120000', 2021), at(panel, 'gdp', '130000', 2020)]).toEqual([41610.9, 15685.1, 36013.8]);
    expect(Array.from(panel.columns.gdp).filter(Number.isFinite)).toHaveLength(9);
  });

  it('a data row below the footnotes: YEAR_COLUMNS_ROW at that row', () => {
    const bytes = new Uint8Array(readFileSync(join(REPO, 'test/fixtures/year-columns/nbs-broken.csv')));
    let error: unknown;
    try {
      readCsv(bytes, 'nbs-broken.csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NqpfError);
    expect((error as NqpfError).code).toBe('YEAR_COLUMNS_ROW');
    expect((error as NqpfError).where).toMatchObject({ file: 'nbs-broken.csv', row: 8 });
  });

  it('rename: a name the file does not have is RENAME_UNKNOWN', () => {
    const table = readCsv(new Uint8Array(readFileSync(NBS)), 'nbs-gdp.csv');
    expect(() => readPanel(table, { rename: { 人口: 'population' } }, [])).toThrow(/人口|RENAME_UNKNOWN|not an indicator/);
  });

  it('an ordinary wide table is not taken for the year-column layout', () => {
    const table = readCsv(new TextEncoder().encode('region,year,x\n110000,2011,2015\n120000,2011,2016\n'), 'wide.csv');
    expect(table.layout).toBeUndefined();
    expect(table.header).toEqual(['region', 'year', 'x']);
  });

  it('several files: data.also merges two EPS exports by region and year; columns spans both', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-eps-'));
    writeFileSync(join(dir, 'fw.yaml'), 'nodes:\n  - { code: I, name: { zh: I, en: I } }\n  - { code: gdp, name: { zh: g, en: g }, parent: I }\n  - { code: energy, name: { zh: e, en: e }, parent: I, direction: -1 }\n');
    const data = {
      path: 'nqpf:data/eps-127ww/中国宏观经济数据库-年度（分省级）.xlsx',
      also: ['nqpf:data/eps-127ww/中国能源数据库-年度（分省）.xlsx'],
      regions: 'china-provinces' as const,
      columns: { '地区生产总值（当年价）（亿元）': 'gdp', '能源消费量（万吨标煤）': 'energy' },
    };
    const { inputs, notes } = loadInputs('fw.yaml', data, dir);
    const panel = inputs.panel;
    expect(panel.regions).toHaveLength(31);
    expect(panel.years).toEqual(Array.from({ length: 13 }, (_, i) => 2011 + i));
    expect(notes.filter((n) => n.code === 'DATA_LAYOUT')).toHaveLength(2);
    // the energy export's cells (Beijing 2019: 7360; Xinjiang 2011: 9926.5031), none after 2019, none for Tibet
    expect(at(panel, 'energy', '110000', 2019)).toBe(7360);
    expect(at(panel, 'energy', '650000', 2011)).toBe(9926.5031);
    expect(at(panel, 'energy', '110000', 2020)).toBeNaN();
    expect(at(panel, 'energy', '540000', 2015)).toBeNaN();
    expect(at(panel, 'gdp', '540000', 2015)).toBe(1026.39113);
  });
});
