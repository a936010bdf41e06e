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

// ---------------------------------------------------------------- China provinces

const CHINA_RAW = [
  'rd_exp', 'rd_exp_basic', 'rd_intensity', 'rd_exp_bulletin', 'rd_exp_gov_funds', 'rd_exp_business_funds',
  'rd_fte', 'rd_fte_researchers', 'patent_app', 'patent_app_invention', 'patent_grant', 'patent_grant_invention',
  'patent_valid_invention', 'techmkt_outflow_value', 'techmkt_outflow_contracts', 'techmkt_inflow_value',
  'techmkt_inflow_contracts', 'hitech_firms', 'hitech_revenue', 'hitech_profit', 'fiscal_exp',
  'fiscal_exp_scitech', 'fiscal_exp_education', 'papers_sci', 'papers_ei',
];

/** EPS DATA exports (year-column layout), read by the engine's own reader: file, [name as the file writes it, our code]. */
const EPS_EXPORTS = [
  ['中国宏观经济数据库-年度（分省级）.xlsx', [['地区生产总值（当年价）（亿元）', 'gdp'], ['城镇人口所占比重（%）', 'urban_share']]],
  ['中国能源数据库-年度（分省）.xlsx', [['能源消费量（万吨标煤）', 'energy_use']]],
];
/** The long EPS panel of the same carrier: [column as written, our code]. Only level series: ratios are recomputed here. */
const EPS_PANEL = ['面板原始数据_合并版v2.xlsx', [
  ['总人口（万人）', 'population'],
  ['在校学生数（人）', 'tertiary_students'],
  ['数字普惠金融总指数', 'digital_finance_index'],
  ['电信业务总量（亿元）', 'telecom_business'],
  ['电子商务销售额（亿元）', 'ecommerce_sales'],
  ['软件产品收入（亿元）', 'software_revenue'],
  ['工业污染治理完成投资（亿元）', 'pollution_control_investment'],
]];
/** Official figures taken from the unlicensed wangmeng carrier into data/nbs/nbs_figures.csv (scripts/extract-nbs-figures.mjs). */
const NBS_COLUMNS = ['secondary_va', 'tertiary_va', 'so2_emissions'];
/** CEADs sectoral inventory: ISO 3166-2 province code → GB/T 2260 adcode. */
const ISO_ADCODE = {
  BJ: '110000', TJ: '120000', HE: '130000', SX: '140000', NM: '150000', LN: '210000', JL: '220000', HL: '230000',
  SH: '310000', JS: '320000', ZJ: '330000', AH: '340000', FJ: '350000', JX: '360000', SD: '370000', HA: '410000',
  HB: '420000', HN: '430000', GD: '440000', GX: '450000', HI: '460000', CQ: '500000', SC: '510000', GZ: '520000',
  YN: '530000', XZ: '540000', SN: '610000', GS: '620000', QH: '630000', NX: '640000', XJ: '650000',
};

const EXTRA_RAW = [
  'gdp', 'population', 'urban_share', 'secondary_va', 'tertiary_va', 'tertiary_students', 'digital_finance_index',
  'telecom_business', 'ecommerce_sales', 'software_revenue', 'pollution_control_investment', 'energy_use',
  'co2_emissions', 'so2_emissions',
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
  // Per unit of GDP (亿元, EPS DATA vintage) and per head (population 万人).
  ['gdp_per_capita', (v) => ratio(v('gdp'), v('population'), 1e4)],
  ['techmkt_outflow_gdp_pct', (v) => ratio(v('techmkt_outflow_value') / 1e4, v('gdp'), 100)],
  ['hitech_revenue_gdp_pct', (v) => ratio(v('hitech_revenue'), v('gdp'), 100)],
  ['fiscal_scitech_gdp_pct', (v) => ratio(v('fiscal_exp_scitech'), v('gdp'), 100)],
  ['rd_personnel_per_10k', (v) => ratio(v('rd_fte'), v('population'))],
  ['tertiary_students_per_10k', (v) => ratio(v('tertiary_students'), v('population'))],
  ['invention_grant_per_10k_pop', (v) => ratio(v('patent_grant_invention'), v('population'))],
  ['valid_invention_per_10k_pop', (v) => ratio(v('patent_valid_invention'), v('population'))],
  ['software_revenue_per_capita', (v) => ratio(v('software_revenue'), v('population'), 1e4)],
  ['ecommerce_sales_per_capita', (v) => ratio(v('ecommerce_sales'), v('population'), 1e4)],
  ['telecom_business_per_capita', (v) => ratio(v('telecom_business'), v('population'), 1e4)],
  ['telecom_per_capita_index', (v) => ratio(ratio(v('telecom_business'), v('population')), v('telecom_national_per_capita'), 100)],
  ['tertiary_secondary_ratio', (v) => ratio(v('tertiary_va'), v('secondary_va'))],
  ['energy_intensity', (v) => ratio(v('energy_use'), v('gdp'))],
  ['co2_intensity', (v) => ratio(v('co2_emissions'), v('gdp'), 1e-4)],
  ['so2_intensity', (v) => ratio(v('so2_emissions'), v('gdp'), 1e3)],
  ['pollution_control_invest_gdp', (v) => ratio(v('pollution_control_investment'), v('gdp'), 1e3)],
];

const EPS_DIR = join(root, 'data/eps-127ww');

/** A Panel (engine reader output) → Map "adcode:year" → { code: number }. */
function panelCells(panel, into) {
  const n = panel.regions.length;
  panel.years.forEach((year, t) => {
    panel.regions.forEach((region, i) => {
      const key = `${region.code}:${year}`;
      const cell = into.get(key) ?? {};
      for (const [code, column] of Object.entries(panel.columns)) if (!Number.isNaN(column[t * n + i])) cell[code] = column[t * n + i];
      into.set(key, cell);
    });
  });
}

/** The EPS files through the engine's own readers (dist/, built by `npm run build`): the year-column layout is detected. */
async function readEps(into) {
  const { readXlsx } = await import(join(root, 'dist/io/xlsx-read.js'));
  const { readPanel } = await import(join(root, 'dist/io/read-panel.js'));
  const read = (file, rename) => {
    const table = readXlsx(new Uint8Array(readFileSync(join(EPS_DIR, file))), file);
    const panel = readPanel(table, { regions: 'china-provinces', rename: Object.fromEntries(rename) }, []);
    const keep = new Set(rename.map(([, code]) => code));
    for (const code of Object.keys(panel.columns)) if (!keep.has(code)) delete panel.columns[code];
    return { panel, layout: table.layout?.kind ?? 'table' };
  };
  for (const [file, rename] of EPS_EXPORTS) {
    const { panel, layout } = read(file, rename);
    if (layout !== 'year-columns') throw new Error(`${file}: expected the EPS year-column layout, read as ${layout}`);
    panelCells(panel, into);
  }
  panelCells(read(...EPS_PANEL).panel, into);
}

/** Wangmeng-carrier figures; a row whose GDP is below 60 % of the EPS GDP is not that province's (see SOURCES.md). */
function readNbs(into, excluded) {
  for (const r of parseCsv(readFileSync(join(root, 'data/nbs/nbs_figures.csv'), 'utf8'))) {
    const key = `${r.region}:${r.year}`;
    const cell = into.get(key) ?? {};
    const gdp = cell.gdp;
    const foreign = Number.isFinite(gdp) && num(r.gdp_carrier) < 0.6 * gdp;
    for (const code of NBS_COLUMNS) {
      if (r[code] === '') continue;
      if (foreign && code !== 'so2_emissions') excluded.push(`${key} ${code}`);
      else cell[code] = num(r[code]);
    }
    // Energy use after the EPS export ends (2020–2022); values below 100 万吨标煤 are unit slips of the carrier.
    if (Number(r.year) >= 2020 && r.energy_use !== '') {
      if (num(r.energy_use) >= 100) cell.energy_use = num(r.energy_use);
      else excluded.push(`${key} energy_use`);
    }
    into.set(key, cell);
  }
}

function readCeads(into) {
  for (const r of parseCsv(readFileSync(join(root, 'data/ceads/EmissionsAgg.csv'), 'utf8'))) {
    const adcode = ISO_ADCODE[r.actor_id.replace('CN-', '')];
    if (!adcode) throw new Error(`CEADs: unknown actor ${r.actor_id}`);
    const key = `${adcode}:${r.year}`;
    into.set(key, { ...(into.get(key) ?? {}), co2_emissions: num(r.total_emissions) });
  }
}

async function buildChina() {
  const panel = parseCsv(readFileSync(join(root, 'data/techme/sti_panel_2010_2023.csv'), 'utf8'));
  const provinces = parseCsv(readFileSync(join(root, 'data/techme/provinces.csv'), 'utf8'));
  const shortName = new Map(provinces.map((p) => [p.adcode, p.province_zh]));
  for (const id of CHINA_RAW) if (!(id in panel[0])) throw new Error(`sti panel: missing column ${id}`);
  const extra = new Map();
  const excluded = [];
  await readEps(extra);
  readNbs(extra, excluded);
  readCeads(extra);
  const techme = panel.filter((r) => shortName.has(r.adcode) && Number(r.year) >= 2010 && Number(r.year) <= 2023);
  // National telecom business per head of each year (sum over the provinces that report both).
  const national = new Map();
  for (const r of techme) {
    const x = extra.get(`${r.adcode}:${r.year}`) ?? {};
    if (!Number.isFinite(x.telecom_business) || !Number.isFinite(x.population)) continue;
    const [t, p] = national.get(r.year) ?? [0, 0];
    national.set(r.year, [t + x.telecom_business, p + x.population]);
  }
  const rows = techme
    .sort((a, b) => Number(a.adcode) - Number(b.adcode) || Number(a.year) - Number(b.year))
    .map((r) => {
      const x = extra.get(`${r.adcode}:${r.year}`) ?? {};
      const [t, p] = national.get(r.year) ?? [NaN, NaN];
      const v = (id) => (id === 'telecom_national_per_capita' ? t / p : id in x ? x[id] : CHINA_RAW.includes(id) ? num(r[id]) : NaN);
      return [r.adcode, shortName.get(r.adcode), r.year, ...CHINA_RAW.map((id) => r[id]), ...EXTRA_RAW.map((id) => fmt(v(id))), ...CHINA_DERIVED.map(([, f]) => fmt(f(v)))];
    });
  if (rows.length !== 31 * 14) throw new Error(`china panel: expected 434 rows, got ${rows.length}`);
  return { header: ['region', 'region_zh', 'year', ...CHINA_RAW, ...EXTRA_RAW, ...CHINA_DERIVED.map(([c]) => c)], rows, excluded };
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
const china = await buildChina();
writeCsv(join(outDir, 'china-provinces.csv'), china.header, china.rows);
const world = buildWorld();
writeCsv(join(outDir, 'world.csv'), world.header, world.rows);
process.stdout.write(`wrote ${join(outDir, 'china-provinces.csv')} (${china.rows.length} rows, ${china.header.length} columns; ${china.excluded.length} carrier cells left out: ${china.excluded.join(', ')})\n`);
process.stdout.write(`wrote ${join(outDir, 'world.csv')} (${world.rows.length} rows, ${world.header.length} columns)\n`);
