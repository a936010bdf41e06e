// Deterministic synthetic panels at county and firm scale, with real structure: a few latent factors per
// dimension (indicators of one dimension correlate), unit effects by group (province / industry), unit-specific
// growth over the years, lognormal noise, a few cost indicators (direction −1) and ~0.5 % missing cells.
// Writes data.csv, framework.yaml and spec.yaml (min-max, entropy, arithmetic) into a folder.
//   node bench/scale-data.mjs county DIR [units] [years] [indicators]   (default 2850 × 20 × 100)
//   node bench/scale-data.mjs firm DIR [units] [years] [indicators]     (default 5000 × 15 × 40; firm id + industry, no registry)
import { mkdirSync, readFileSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

const dimensions = (indicators) => Math.max(1, Math.round(indicators / 10));
const code = (j) => `x${String(j + 1).padStart(3, '0')}`;
const isCost = (j) => j % 9 === 8;
const idColumn = (kind) => (kind === 'firm' ? 'firm' : 'region');
const groupColumn = (kind) => (kind === 'firm' ? 'industry' : 'province_group');

/** The panel's CSV lines, header first (a generator: the county panel is 40 MB). Group column `province_group` or
 * `industry` (not `province`, which the reader would take for a region column). */
export function* panelLines(kind, units, years, indicators) {
  const random = mulberry32(kind === 'firm' ? 5000 : 2850);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const dims = dimensions(indicators);
  const groups = kind === 'firm' ? 20 : 31;
  const groupOf = Array.from({ length: units }, () => Math.floor(random() * groups));
  const groupEffect = Array.from({ length: groups }, () => 0.5 * normal());
  const unitEffect = Array.from({ length: units }, () => 0.4 * normal());
  const growth = Array.from({ length: units }, () => 0.02 + 0.06 * random());
  const loading = Array.from({ length: indicators }, () => 0.6 + 0.8 * random());
  const scale = Array.from({ length: indicators }, () => 10 ** Math.floor(random() * 5));
  const dimShock = Array.from({ length: units * dims }, () => 0.3 * normal());
  const unitCode = (r) => (kind === 'firm' ? `F${String(r + 1).padStart(5, '0')}` : `C${String(r + 1).padStart(4, '0')}`);
  const groupName = (g) => (kind === 'firm' ? `IND${String(g + 1).padStart(2, '0')}` : `P${String(g + 1).padStart(2, '0')}`);
  yield [idColumn(kind), groupColumn(kind), 'year', ...Array.from({ length: indicators }, (_, j) => code(j))].join(',');
  for (let t = 0; t < years; t++) {
    for (let r = 0; r < units; r++) {
      const cells = [unitCode(r), groupName(groupOf[r]), 2005 + t];
      for (let j = 0; j < indicators; j++) {
        if (random() < 0.005) {
          cells.push('');
          continue;
        }
        const latent = groupEffect[groupOf[r]] + unitEffect[r] + dimShock[r * dims + (j % dims)] + growth[r] * t;
        const v = scale[j] * Math.exp((isCost(j) ? -1 : 1) * loading[j] * latent + 0.2 * normal());
        cells.push(Number(v.toPrecision(6)));
      }
      yield cells.join(',');
    }
  }
}

/** The framework of the panel: dimensions of about ten indicators each, every ninth indicator a cost. */
export function panelFramework(kind, indicators) {
  const dims = dimensions(indicators);
  const nodes = [`  - { code: IDX, name: { zh: 综合指数, en: Index } }`];
  for (let d = 0; d < dims; d++) nodes.push(`  - { code: D${d + 1}, name: { zh: 维度${d + 1}, en: Dimension ${d + 1} }, parent: IDX }`);
  for (let j = 0; j < indicators; j++) {
    nodes.push(`  - { code: ${code(j)}, name: { zh: 指标${j + 1}, en: Indicator ${j + 1} }, parent: D${(j % dims) + 1}${isCost(j) ? ', direction: -1' : ''} }`);
  }
  const name = kind === 'firm' ? '{ zh: 合成企业指标体系, en: Synthetic firm framework }' : '{ zh: 合成县域指标体系, en: Synthetic county framework }';
  return `code: ${kind}\nname: ${name}\nnodes:\n${nodes.join('\n')}\n`;
}

export function generatePanel(kind, dir, units, years, indicators) {
  mkdirSync(dir, { recursive: true });
  const fd = openSync(join(dir, 'data.csv'), 'w');
  let chunk = '';
  for (const line of panelLines(kind, units, years, indicators)) {
    chunk += `${line}\n`;
    if (chunk.length > 1 << 20) {
      writeSync(fd, chunk);
      chunk = '';
    }
  }
  writeSync(fd, chunk);
  closeSync(fd);
  writeFileSync(join(dir, 'framework.yaml'), panelFramework(kind, indicators));
  const idCol = idColumn(kind);
  const groupCol = groupColumn(kind);
  writeFileSync(
    join(dir, 'spec.yaml'),
    `name: { zh: 合成${kind === 'firm' ? '企业' : '县域'}面板, en: Synthetic ${kind} panel }
framework: framework.yaml
data: { path: data.csv, region: ${idCol}, regions: none }
seed: 1
steps:
  - { id: normalize, op: normalize, method: min-max, params: { range: [1, 100], pooled: true } }
  - { op: weight, method: entropy, params: { shift: 0.0001, pooled: true, scope: all } }
  - { id: aggregate, op: aggregate, method: arithmetic }
analyses:
  - { op: trends }
  - { id: theil, op: disparity, method: theil, params: { groups: ${groupCol} } }
  - { id: cv, op: disparity, method: cv }
  - { op: kernel-density }
  - { op: markov, params: { classes: 4 } }
uncertainty:
  type: uncertainty
  runs: 8
  vary:
    - { step: normalize, pointer: /method, values: [{ method: min-max, params: { range: [1, 100] } }, { method: z-score, params: { mean: 10, sd: 2 } }] }
    - { step: aggregate, pointer: /method, values: [arithmetic, geometric] }
`,
  );
  // the same panel aggregated geometrically: the second spec of \`nqpf diff\`
  writeFileSync(join(dir, 'spec-b.yaml'), readFileSync(join(dir, 'spec.yaml'), 'utf8').replace('method: arithmetic }', 'method: geometric }').replace(/analyses:[\s\S]*$/, ''));
  return { cells: units * years * indicators };
}

/** A small seeded generator (mulberry32): the same panel on every machine. */
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [kind, dir, units, years, indicators] = process.argv.slice(2);
  const defaults = kind === 'firm' ? [5000, 15, 40] : [2850, 20, 100];
  if (!['county', 'firm'].includes(kind) || !dir) {
    console.error('usage: node bench/scale-data.mjs county|firm DIR [units] [years] [indicators]');
    process.exit(2);
  }
  const { cells } = generatePanel(kind, dir, Number(units ?? defaults[0]), Number(years ?? defaults[1]), Number(indicators ?? defaults[2]));
  console.log(`${kind}: ${cells} cells → ${dir}`);
}
