#!/usr/bin/env node
// Take the official figures this project uses out of the unlicensed carrier
// github.com/WangMeng0734/china-provincial-energy-consumption-panel (commit b55589e, 02_Data/csv/raw_data.csv,
// the panel before that author's imputation) into data/nbs/nbs_figures.csv, a file of our own.
//
//   node scripts/extract-nbs-figures.mjs PATH/raw_data.csv        (run once; the output is committed)
//
// Only facts are taken (statistics published by NBS in the China Statistical Yearbook, the China Energy
// Statistical Yearbook and the China Statistical Yearbook on Environment), for 2010–2023, unchanged; nothing
// of that author's code, imputation or prose. See data/SOURCES.md for units, citations and the checks made.

import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCsv } from './lib-csv.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = process.argv[2];
if (!source) throw new Error('usage: node scripts/extract-nbs-figures.mjs PATH/raw_data.csv');

/** Our column ← the carrier's column. */
const COLUMNS = [
  ['gdp_carrier', 'Regional GDP'],
  ['secondary_va', 'Secondary industry value added'],
  ['tertiary_va', 'Tertiary industry value added from Long'],
  ['so2_emissions', 'SO2 emissions'],
  ['energy_use', 'Total energy consumption'],
];

const provinces = parseCsv(readFileSync(join(root, 'data/techme/provinces.csv'), 'utf8'));
const strip = (s) => s.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$/, '');
const code = new Map(provinces.map((p) => [p.province_zh, p.adcode]));
const rows = parseCsv(readFileSync(source, 'utf8'))
  .filter((r) => Number(r.Year) >= 2010 && Number(r.Year) <= 2023)
  .map((r) => {
    const adcode = code.get(strip(r.Province));
    if (!adcode) throw new Error(`unknown province ${r.Province}`);
    return [adcode, strip(r.Province), r.Year, ...COLUMNS.map(([, c]) => r[c])];
  })
  .sort((a, b) => Number(a[0]) - Number(b[0]) || Number(a[2]) - Number(b[2]));
if (rows.length !== 31 * 14) throw new Error(`expected 434 rows, got ${rows.length}`);
const out = join(root, 'data/nbs/nbs_figures.csv');
writeFileSync(`${out}.tmp`, [['region', 'region_zh', 'year', ...COLUMNS.map(([c]) => c)], ...rows].map((r) => r.join(',')).join('\n') + '\n', 'utf8');
renameSync(`${out}.tmp`, out);
process.stdout.write(`wrote ${out} (${rows.length} rows)\n`);
