#!/usr/bin/env node
// Build the bundled wide panels from the copied source files (see data/SOURCES.md).
//
//   node scripts/build-data.mjs [OUT_DIR]        (default OUT_DIR = data/)
//
// Reads  data/techme/sti_panel_2010_2023.csv, data/techme/provinces.csv, data/wdi/wdi_panel_2000_2024.csv
// Writes OUT_DIR/china-provinces.csv and OUT_DIR/world.csv (UTF-8 with BOM, LF line ends).
//
// Plain Node ESM, no dependencies, deterministic: the same inputs give byte-identical outputs.
// Raw series are copied as the source text (never re-formatted); derived ratios are computed in
// double precision and written with 10 significant digits. A derived cell is empty when any input
// is missing or its denominator is 0. No value is invented, imputed or extrapolated.

import { readFileSync, writeFileSync, mkdirSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './lib-csv.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(process.argv[2] ?? join(root, 'data'));

const num = (s) => (s === '' || s === undefined ? NaN : Number(s));
const fmt = (x) => (Number.isFinite(x) ? String(Number(x.toPrecision(10))) : '');
/** a / b × scale; NaN when an input is missing or b = 0. */
const ratio = (a, b, scale = 1) => (Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? (a / b) * scale : NaN);
const cell = (s) => (/[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);

function writeCsv(path, header, rows) {
  const text = '\ufeff' + [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

// ---------------------------------------------------------------- China provinces (techme)

const CHINA_RAW = [
  'rd_exp', 'rd_exp_basic', 'rd_intensity', 'rd_exp_bulletin', 'rd_exp_gov_funds', 'rd_exp_business_funds',
  'rd_fte', 'rd_fte_researchers', 'patent_app', 'patent_app_invention', 'patent_grant', 'patent_grant_invention',
  'patent_valid_invention', 'techmkt_outflow_value', 'techmkt_outflow_contracts', 'techmkt_inflow_value',
  'techmkt_inflow_contracts', 'hitech_firms', 'hitech_revenue', 'hitech_profit', 'fiscal_exp',
  'fiscal_exp_scitech', 'fiscal_exp_education', 'papers_sci', 'papers_ei',
];

/** Derived indicators: [column, formula(v) where v(id) is the raw number]. Documented in data/SOURCES.md. */
const CHINA_DERIVED = [
  ['basic_research_share', (v) => ratio(v('rd_exp_basic'), v('rd_exp'), 100)],
  ['gov_rd_share', (v) => ratio(v('rd_exp_gov_funds'), v('rd_exp'), 100)],
  ['business_rd_share', (v) => ratio(v('rd_exp_business_funds'), v('rd_exp'), 100)],
  ['researcher_share', (v) => ratio(v('rd_fte_researchers'), v('rd_fte'), 100)],
  ['rd_exp_per_fte', (v) => ratio(v('rd_exp'), v('rd_fte'))],
  ['invention_share_app', (v) => ratio(v('patent_app_invention'), v('patent_app'), 100)],
  ['invention_share_grant', (v) => ratio(v('patent_grant_invention'), v('patent_grant'), 100)],
  ['patent_grant_per_10k_fte', (v) => ratio(v('patent_grant'), v('rd_fte'), 1e4)],
  ['invention_grant_per_10k_fte', (v) => ratio(v('patent_grant_invention'), v('rd_fte'), 1e4)],
  ['valid_invention_per_10k_fte', (v) => ratio(v('patent_valid_invention'), v('rd_fte'), 1e4)],
  ['invention_app_per_100m_rd', (v) => ratio(v('patent_app_invention'), v('rd_exp'), 1e4)],
  ['papers_sci_per_10k_fte', (v) => ratio(v('papers_sci'), v('rd_fte'), 1e4)],
  ['papers_ei_per_10k_fte', (v) => ratio(v('papers_ei'), v('rd_fte'), 1e4)],
  ['techmkt_outflow_per_rd', (v) => ratio(v('techmkt_outflow_value'), v('rd_exp'))],
  ['techmkt_inflow_per_rd', (v) => ratio(v('techmkt_inflow_value'), v('rd_exp'))],
  ['techmkt_outflow_per_contract', (v) => ratio(v('techmkt_outflow_value'), v('techmkt_outflow_contracts'))],
  ['techmkt_outflow_inflow_ratio', (v) => ratio(v('techmkt_outflow_value'), v('techmkt_inflow_value'))],
  ['hitech_profit_margin', (v) => ratio(v('hitech_profit'), v('hitech_revenue'), 100)],
  ['hitech_revenue_per_firm', (v) => ratio(v('hitech_revenue'), v('hitech_firms'))],
  ['fiscal_scitech_share', (v) => ratio(v('fiscal_exp_scitech'), v('fiscal_exp'), 100)],
  ['fiscal_education_share', (v) => ratio(v('fiscal_exp_education'), v('fiscal_exp'), 100)],
  // Approximation: GDP implied by the R&D bulletin (亿元) and the published intensity (%, 2 decimals).
  ['gdp_implied', (v) => ratio(v('rd_exp_bulletin'), v('rd_intensity'), 100)],
  ['techmkt_outflow_gdp_pct', (v) => ratio(v('techmkt_outflow_value') / 1e4, gdpImplied(v), 100)],
  ['hitech_revenue_gdp_pct', (v) => ratio(v('hitech_revenue'), gdpImplied(v), 100)],
  ['fiscal_scitech_gdp_pct', (v) => ratio(v('fiscal_exp_scitech'), gdpImplied(v), 100)],
];
const gdpImplied = (v) => ratio(v('rd_exp_bulletin'), v('rd_intensity'), 100);

function buildChina() {
  const panel = parseCsv(readFileSync(join(root, 'data/techme/sti_panel_2010_2023.csv'), 'utf8'));
  const provinces = parseCsv(readFileSync(join(root, 'data/techme/provinces.csv'), 'utf8'));
  const shortName = new Map(provinces.map((p) => [p.adcode, p.province_zh]));
  for (const id of CHINA_RAW) if (!(id in panel[0])) throw new Error(`sti panel: missing column ${id}`);
  const rows = panel
    .filter((r) => shortName.has(r.adcode) && Number(r.year) >= 2010 && Number(r.year) <= 2023)
    .sort((a, b) => Number(a.adcode) - Number(b.adcode) || Number(a.year) - Number(b.year))
    .map((r) => {
      const v = (id) => num(r[id]);
      return [r.adcode, shortName.get(r.adcode), r.year, ...CHINA_RAW.map((id) => r[id]), ...CHINA_DERIVED.map(([, f]) => fmt(f(v)))];
    });
  if (rows.length !== 31 * 14) throw new Error(`china panel: expected 434 rows, got ${rows.length}`);
  return { header: ['region', 'region_zh', 'year', ...CHINA_RAW, ...CHINA_DERIVED.map(([c]) => c)], rows };
}

// ---------------------------------------------------------------- World (WDI)

const WORLD_YEARS = [2000, 2023];
const WORLD_RAW = [
  'rd_gdp_pct', 'researchers_per_million', 'technicians_per_million', 'patent_app_resident', 'journal_articles',
  'ip_receipts_usd', 'hightech_exports_pct_manuf', 'medhigh_tech_manuf_va_pct', 'fixed_broadband_per100',
  'secure_servers_per_million', 'mobile_subscriptions_per100', 'tertiary_enrolment_gross_pct',
  'education_exp_gdp_pct', 'renewable_energy_pct', 'energy_intensity_mj_per_ppp', 'pm25_mean_exposure',
  'gdp_per_capita_ppp', 'gdp_usd', 'population',
];
const WORLD_DERIVED = [
  ['patent_app_resident_per_million', (v) => ratio(v('patent_app_resident'), v('population'), 1e6)],
  ['journal_articles_per_million', (v) => ratio(v('journal_articles'), v('population'), 1e6)],
  ['ip_receipts_gdp_pct', (v) => ratio(v('ip_receipts_usd'), v('gdp_usd'), 100)],
];

function buildWorld() {
  const panel = parseCsv(readFileSync(join(root, 'data/wdi/wdi_panel_2000_2024.csv'), 'utf8'));
  for (const id of WORLD_RAW) if (!(id in panel[0])) throw new Error(`wdi panel: missing column ${id}`);
  const rows = panel
    .filter((r) => Number(r.year) >= WORLD_YEARS[0] && Number(r.year) <= WORLD_YEARS[1])
    .sort((a, b) => (a.country_code < b.country_code ? -1 : a.country_code > b.country_code ? 1 : 0) || Number(a.year) - Number(b.year))
    .map((r) => {
      const v = (id) => num(r[id]);
      return [r.country_code, r.year, ...WORLD_RAW.map((id) => r[id]), ...WORLD_DERIVED.map(([, f]) => fmt(f(v)))];
    });
  return { header: ['region', 'year', ...WORLD_RAW, ...WORLD_DERIVED.map(([c]) => c)], rows };
}

mkdirSync(outDir, { recursive: true });
const china = buildChina();
writeCsv(join(outDir, 'china-provinces.csv'), china.header, china.rows);
const world = buildWorld();
writeCsv(join(outDir, 'world.csv'), world.header, world.rows);
process.stdout.write(`wrote ${join(outDir, 'china-provinces.csv')} (${china.rows.length} rows, ${china.header.length} columns)\n`);
process.stdout.write(`wrote ${join(outDir, 'world.csv')} (${world.rows.length} rows, ${world.header.length} columns)\n`);
