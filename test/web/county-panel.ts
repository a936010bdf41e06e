/**
 * A deterministic synthetic county panel for the web app's scale test (issue 14): `units` counties in 31
 * provinces × `years` × `indicators`, in dimensions of ten indicators. Structure as in bench/analyses-county.mjs:
 * province and county effects, county-specific growth, correlated indicators within a dimension, lognormal
 * noise, every ninth indicator a cost (direction −1) and ~0.5 % blank cells. Seeded (mulberry32), so the same
 * arguments give the same bytes on every machine.
 */
export interface CountyPanel {
  csv: string;
  framework: string;
}

export function countyPanel(units = 2850, years = 20, indicators = 100): CountyPanel {
  const random = mulberry32(2850);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const dims = Math.max(1, Math.round(indicators / 10));
  const provinceOf = Array.from({ length: units }, () => Math.floor(random() * 31));
  const provinceEffect = Array.from({ length: 31 }, () => 0.5 * normal());
  const countyEffect = Array.from({ length: units }, () => 0.4 * normal());
  const growth = Array.from({ length: units }, () => 0.02 + 0.06 * random());
  const loading = Array.from({ length: indicators }, () => 0.6 + 0.8 * random());
  const scale = Array.from({ length: indicators }, () => 10 ** Math.floor(random() * 5));
  const cost = (j: number) => j % 9 === 8;
  const shock = Array.from({ length: units * dims }, () => 0.3 * normal());
  const code = (j: number) => `x${String(j + 1).padStart(3, '0')}`;
  const lines = [['region', 'province_group', 'year', ...Array.from({ length: indicators }, (_, j) => code(j))].join(',')];
  for (let t = 0; t < years; t++) {
    for (let r = 0; r < units; r++) {
      const cells: (string | number)[] = [`C${String(r + 1).padStart(4, '0')}`, `P${String(provinceOf[r] + 1).padStart(2, '0')}`, 2004 + t];
      for (let j = 0; j < indicators; j++) {
        if (random() < 0.005) {
          cells.push('');
          continue;
        }
        const latent = provinceEffect[provinceOf[r]] + countyEffect[r] + shock[r * dims + (j % dims)] + growth[r] * t;
        cells.push(Number((scale[j] * Math.exp((cost(j) ? -1 : 1) * loading[j] * latent + 0.2 * normal())).toPrecision(6)));
      }
      lines.push(cells.join(','));
    }
  }
  const nodes = ['  - { code: IDX, name: { zh: 综合指数, en: Index } }'];
  for (let d = 0; d < dims; d++) nodes.push(`  - { code: D${d + 1}, name: { zh: 维度${d + 1}, en: Dimension ${d + 1} }, parent: IDX }`);
  for (let j = 0; j < indicators; j++) nodes.push(`  - { code: ${code(j)}, name: { zh: 指标${j + 1}, en: Indicator ${j + 1} }, parent: D${(j % dims) + 1}${cost(j) ? ', direction: -1' : ''} }`);
  return { csv: `${lines.join('\n')}\n`, framework: `code: county\nname: { zh: 合成县域指标体系, en: Synthetic county framework }\nnodes:\n${nodes.join('\n')}\n` };
}

/** mulberry32 (Tommy Ettinger's 32-bit generator): small, seeded, the same on every engine. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
