import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { CHINA_PROVINCES } from '../../src/core/regions/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(root, '../shared/data');
const hasShared = existsSync(shared);
if (!hasShared) console.warn(`bundled-data: ${shared} not found — skipping the comparison with the shared sources`);

function readCsv(path: string): { fields: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, dynamicTyping: false });
  expect(parsed.errors, path).toEqual([]);
  return { fields: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Sum of each column's numeric cells (added in sorted order, so row order does not matter) and the count of its non-empty cells. */
function columnSums(rows: Record<string, string>[], fields: string[]): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const f of fields) {
    const cells = rows.map((r) => r[f]).filter((v) => v !== '');
    const values = cells.map(Number).filter(Number.isFinite).sort((a, b) => a - b);
    out[f] = [values.reduce((sum, x) => sum + x, 0), cells.length];
  }
  return out;
}

const COPIES: [string, string][] = [
  ['data/ceads/EmissionsAgg.csv', 'china-provinces-extra/ceads-openclimate/EmissionsAgg.csv'],
  ['data/techme/sti_panel_2010_2023.csv', 'techme-china-provincial-sti/sti_panel_2010_2023.csv'],
  ['data/techme/provinces.csv', 'techme-china-provincial-sti/provinces.csv'],
  ['data/techme/indicators.csv', 'techme-china-provincial-sti/indicators.csv'],
  ['data/wdi/wdi_panel_2000_2024.csv', 'wdi-nqpf/wdi_panel_2000_2024.csv'],
  ['data/wdi/indicators.csv', 'wdi-nqpf/indicators.csv'],
];

describe.skipIf(!hasShared)(`bundled copies equal ../shared/data (skipped when ${shared} is absent)`, () => {
  it.each(COPIES)('%s: same rows, column sums and cells as the shared source', (local, source) => {
    const mine = readCsv(resolve(root, local));
    const theirs = readCsv(resolve(shared, source));
    expect(mine.fields).toEqual(theirs.fields);
    expect(mine.rows.length).toBe(theirs.rows.length);
    expect(columnSums(mine.rows, mine.fields)).toEqual(columnSums(theirs.rows, theirs.fields));
    for (let i = 0; i < mine.rows.length; i += 37) expect(mine.rows[i], `${local} row ${i + 2}`).toEqual(theirs.rows[i]);
    expect(readFileSync(resolve(root, local)).equals(readFileSync(resolve(shared, source)))).toBe(true);
  });

  it.each([
    '中国宏观经济数据库-年度（分省级）.xlsx',
    '中国能源数据库-年度（分省）.xlsx',
    '面板原始数据_合并版v2.xlsx',
    'LICENSE',
  ])('data/eps-127ww/%s: byte-identical to the shared copy', (name) => {
    expect(readFileSync(resolve(root, 'data/eps-127ww', name)).equals(readFileSync(resolve(shared, 'china-provinces-extra/eps-127ww', name)))).toBe(true);
  });

  it('data/nbs/nbs_figures.csv: the official figures of the wangmeng carrier, unchanged', () => {
    const ours = readCsv(resolve(root, 'data/nbs/nbs_figures.csv')).rows;
    const carrier = readCsv(resolve(shared, 'china-provinces-extra/nbs-ceads-wangmeng/raw_data.csv')).rows;
    const of = (zh: string, year: string) => carrier.find((r) => r.Province.startsWith(zh) && r.Year === year)!;
    for (const r of ours.filter((_, i) => i % 29 === 0)) {
      const c = of(r.region_zh, r.year);
      expect([r.gdp_carrier, r.secondary_va, r.so2_emissions, r.energy_use]).toEqual([c['Regional GDP'], c['Secondary industry value added'], c['SO2 emissions'], c['Total energy consumption']]);
    }
  });

  it('data/techme/cleaning_log.txt: byte-identical to the shared copy', () => {
    const a = readFileSync(resolve(root, 'data/techme/cleaning_log.txt'));
    expect(a.equals(readFileSync(resolve(shared, 'techme-china-provincial-sti/cleaning_log.txt')))).toBe(true);
  });
});

describe('derived panels', () => {
  const out = mkdtempSync(join(tmpdir(), 'nqpf-build-data-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('build-data.mjs OUT_DIR, twice: reproduces data/china-provinces.csv and data/world.csv byte for byte', () => {
    const again = join(out, 'again');
    execFileSync(process.execPath, [resolve(root, 'scripts/build-data.mjs'), out], { stdio: 'pipe' });
    execFileSync(process.execPath, [resolve(root, 'scripts/build-data.mjs'), again], { stdio: 'pipe' });
    for (const name of ['china-provinces.csv', 'world.csv']) {
      const rebuilt = readFileSync(join(out, name));
      expect(rebuilt.equals(readFileSync(join(again, name))), `${name}: second build`).toBe(true);
      expect(rebuilt.equals(readFileSync(resolve(root, 'data', name))), name).toBe(true);
    }
  });

  it('china-provinces.csv: UTF-8 BOM, 31 provinces × 2010–2023, keys first', () => {
    const bytes = readFileSync(resolve(root, 'data/china-provinces.csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { fields, rows } = readCsv(resolve(root, 'data/china-provinces.csv'));
    expect(fields.slice(0, 3)).toEqual(['region', 'region_zh', 'year']);
    expect(rows).toHaveLength(434);
    expect(new Set(rows.map((r) => `${r.region}:${r.year}`)).size).toBe(434);
    expect([...new Set(rows.map((r) => r.region))]).toEqual(CHINA_PROVINCES.map((p) => p.code));
    expect([...new Set(rows.map((r) => r.year))]).toEqual(Array.from({ length: 14 }, (_, i) => String(2010 + i)));
    for (const r of rows) expect(r.region_zh).toBe(CHINA_PROVINCES.find((p) => p.code === r.region)!.short);
  });

  it('china-provinces.csv: raw columns carry the techme panel unchanged', () => {
    const derived = readCsv(resolve(root, 'data/china-provinces.csv'));
    const panel = readCsv(resolve(root, 'data/techme/sti_panel_2010_2023.csv'));
    const raw = panel.fields.slice(5);
    expect(raw).toHaveLength(25);
    for (const f of raw) expect(derived.fields).toContain(f);
    expect(columnSums(derived.rows, raw)).toEqual(columnSums(panel.rows, raw));
    const key = (r: Record<string, string>, code: string) => `${code}:${r.year}`;
    const byKey = new Map(panel.rows.map((r) => [key(r, r.adcode), r]));
    for (const r of derived.rows) for (const f of raw) expect(r[f]).toBe(byKey.get(key(r, r.region))![f]);
  });

  it('china-provinces.csv: derived cells follow the documented formulas', () => {
    const { rows } = readCsv(resolve(root, 'data/china-provinces.csv'));
    const at = (region: string, year: number) => rows.find((r) => r.region === region && r.year === String(year))!;
    const n = (s: string) => Number(s);
    const bj = at('110000', 2022);
    // Beijing 2022: GDP 41,610.9 亿元 and population 2,184 万人 (China Statistical Yearbook 2023, via EPS DATA)
    expect(n(bj.gdp)).toBe(41610.9);
    expect(n(bj.population)).toBe(2184);
    expect(n(bj.gdp_per_capita)).toBeCloseTo((41610.9 / 2184) * 1e4, 3);
    expect(n(bj.rd_personnel_per_10k)).toBeCloseTo(n(bj.rd_fte) / 2184, 6);
    expect(n(bj.tertiary_students_per_10k)).toBeCloseTo(n(bj.tertiary_students) / 2184, 6);
    expect(n(bj.software_revenue_per_capita)).toBeCloseTo((n(bj.software_revenue) / 2184) * 1e4, 4);
    expect(n(bj.hitech_revenue_gdp_pct)).toBeCloseTo((n(bj.hitech_revenue) / 41610.9) * 100, 6);
    expect(n(bj.so2_intensity)).toBeCloseTo((n(bj.so2_emissions) / 41610.9) * 1e3, 8);
    expect(n(bj.tertiary_secondary_ratio)).toBeCloseTo(n(bj.tertiary_va) / n(bj.secondary_va), 8);
    // Beijing 2019: energy use 7,360 万吨标煤 (EPS export), CEADs sectoral CO2 89,184,483 t, GDP 35,371.28 亿元
    const bj19 = at('110000', 2019);
    expect(n(bj19.energy_intensity)).toBeCloseTo(7360 / 35371.28, 8);
    expect(n(bj19.co2_intensity)).toBeCloseTo(89184483 / (35371.28 * 1e4), 8);
    // telecom per head relative to the year's nation: the population-weighted mean over provinces is 100
    const y23 = rows.filter((r) => r.year === '2023');
    const tel = y23.reduce((s, r) => s + n(r.telecom_per_capita_index) * n(r.population), 0) / y23.reduce((s, r) => s + n(r.population), 0);
    expect(tel).toBeCloseTo(100, 4);
    // no GDP before 2011 (the EPS export starts there); CO2 ends 2019; Tibet has no energy, CO2 or software figures
    expect(at('110000', 2010).gdp).toBe('');
    expect(at('110000', 2020).co2_intensity).toBe('');
    expect(at('540000', 2015).energy_intensity).toBe('');
    expect(at('540000', 2015).software_revenue_per_capita).toBe('');
    // carrier rows that are not the province's (GDP < 60 % of the EPS figure) are left out: Jiangsu 2021
    expect(at('320000', 2021).tertiary_secondary_ratio).toBe('');
    expect(n(bj.basic_research_share)).toBeCloseTo((n(bj.rd_exp_basic) / n(bj.rd_exp)) * 100, 6);
    expect(n(bj.invention_share_grant)).toBeCloseTo((n(bj.patent_grant_invention) / n(bj.patent_grant)) * 100, 6);
    expect(n(bj.gov_rd_share)).toBeCloseTo((n(bj.rd_exp_gov_funds) / n(bj.rd_exp)) * 100, 6);
    expect(n(bj.researcher_share)).toBeCloseTo((n(bj.rd_fte_researchers) / n(bj.rd_fte)) * 100, 6);
    expect(n(bj.fiscal_scitech_share)).toBeCloseTo((n(bj.fiscal_exp_scitech) / n(bj.fiscal_exp)) * 100, 6);
    expect(n(bj.techmkt_outflow_per_rd)).toBeCloseTo(n(bj.techmkt_outflow_value) / n(bj.rd_exp), 8);
    expect(n(bj.invention_grant_per_10k_fte)).toBeCloseTo((n(bj.patent_grant_invention) / n(bj.rd_fte)) * 1e4, 4);
    expect(n(bj.techmkt_outflow_gdp_pct)).toBeCloseTo((n(bj.techmkt_outflow_value) / 1e4 / 41610.9) * 100, 6);
    // Ningxia 2013 high-tech profit −0.1 亿元: a negative margin, kept
    expect(n(at('640000', 2013).hitech_profit_margin)).toBeLessThan(0);
    // missing inputs stay missing: no intensity in 2010, no high-tech survey in 2017, no papers in 2023
    expect(at('320000', 2017).hitech_profit_margin).toBe('');
    expect(at('440000', 2023).papers_sci_per_10k_fte).toBe('');
    expect(at('540000', 2013).techmkt_outflow_per_rd).toBe('');
  });

  it('world.csv: 217 economies × 2000–2023, raw series as in the WDI panel', () => {
    const world = readCsv(resolve(root, 'data/world.csv'));
    const wdi = readCsv(resolve(root, 'data/wdi/wdi_panel_2000_2024.csv'));
    expect(world.fields.slice(0, 2)).toEqual(['region', 'year']);
    expect(world.rows).toHaveLength(217 * 24);
    const raw = wdi.fields.slice(3);
    const kept = wdi.rows.filter((r) => Number(r.year) <= 2023);
    expect(columnSums(world.rows, raw)).toEqual(columnSums(kept, raw));
    const chn = world.rows.find((r) => r.region === 'CHN' && r.year === '2020')!;
    expect(Number(chn.patent_app_resident_per_million)).toBeCloseTo((Number(chn.patent_app_resident) / Number(chn.population)) * 1e6, 4);
    expect(Number(chn.ip_receipts_gdp_pct)).toBeCloseTo((Number(chn.ip_receipts_usd) / Number(chn.gdp_usd)) * 100, 8);
  });
});
