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

  it('data/techme/cleaning_log.txt: byte-identical to the shared copy', () => {
    const a = readFileSync(resolve(root, 'data/techme/cleaning_log.txt'));
    expect(a.equals(readFileSync(resolve(shared, 'techme-china-provincial-sti/cleaning_log.txt')))).toBe(true);
  });
});

describe('derived panels', () => {
  const out = mkdtempSync(join(tmpdir(), 'nqpf-build-data-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('build-data.mjs OUT_DIR: reproduces data/china-provinces.csv and data/world.csv byte for byte', () => {
    execFileSync(process.execPath, [resolve(root, 'scripts/build-data.mjs'), out], { stdio: 'pipe' });
    for (const name of ['china-provinces.csv', 'world.csv']) {
      const rebuilt = readFileSync(join(out, name));
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
    // Beijing 2022 R&D bulletin 2843.3 亿元 at 6.83 % → implied GDP 41,629.6 (published GDP 41,610.9 亿元)
    expect(n(bj.gdp_implied)).toBeCloseTo((2843.3 / 6.83) * 100, 4);
    expect(n(bj.basic_research_share)).toBeCloseTo((n(bj.rd_exp_basic) / n(bj.rd_exp)) * 100, 6);
    expect(n(bj.invention_share_grant)).toBeCloseTo((n(bj.patent_grant_invention) / n(bj.patent_grant)) * 100, 6);
    expect(n(bj.gov_rd_share)).toBeCloseTo((n(bj.rd_exp_gov_funds) / n(bj.rd_exp)) * 100, 6);
    expect(n(bj.researcher_share)).toBeCloseTo((n(bj.rd_fte_researchers) / n(bj.rd_fte)) * 100, 6);
    expect(n(bj.fiscal_scitech_share)).toBeCloseTo((n(bj.fiscal_exp_scitech) / n(bj.fiscal_exp)) * 100, 6);
    expect(n(bj.techmkt_outflow_per_rd)).toBeCloseTo(n(bj.techmkt_outflow_value) / n(bj.rd_exp), 8);
    expect(n(bj.invention_grant_per_10k_fte)).toBeCloseTo((n(bj.patent_grant_invention) / n(bj.rd_fte)) * 1e4, 4);
    expect(n(bj.techmkt_outflow_gdp_pct)).toBeCloseTo((n(bj.techmkt_outflow_value) / 1e4 / n(bj.gdp_implied)) * 100, 6);
    // Ningxia 2013 high-tech profit −0.1 亿元: a negative margin, kept
    expect(n(at('640000', 2013).hitech_profit_margin)).toBeLessThan(0);
    // missing inputs stay missing: no intensity in 2010, no high-tech survey in 2017, no papers in 2023
    expect(at('110000', 2010).gdp_implied).toBe('');
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
