// All analyses on a synthetic county-scale panel: 2,850 units × 20 years × 20 indicators in 4 dimensions.
// Values are random but seeded and structured: a smooth spatial field over random coordinates (so Moran's I is
// clearly positive), a regional effect by four zones, region-specific growth and indicator noise. Spatial weights:
// 6 nearest neighbours (made symmetric), passed as a CSV-like edge list. O(n²) parts: typology's similar-region search,
// Ward and Jenks when chosen, and the k-NN construction here; Dagum sorts (O(n log n)), Moran is O(edges · permutations).
// Run after `npm run build`: node bench/analyses-county.mjs [units] [years]
import { resolveSpec, run } from '../dist/core/index.js';
import { buildFramework } from '../dist/core/framework/build-framework.js';
import { runAnalyses } from '../dist/core/analyses/run-analyses.js';
import { createRandom } from '../dist/core/stats/random.js';

const n = Number(process.argv[2] ?? 2850);
const T = Number(process.argv[3] ?? 20);
const random = createRandom(2024, 'bench-county');
const normal = () => Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());

const xy = Array.from({ length: n }, () => [random.next() * 100, random.next() * 100]);
const bumps = Array.from({ length: 6 }, () => [random.next() * 100, random.next() * 100, 0.5 + random.next(), 10 + 20 * random.next()]);
const field = xy.map(([x, y]) => bumps.reduce((s, [bx, by, h, r]) => s + h * Math.exp(-((x - bx) ** 2 + (y - by) ** 2) / (2 * r * r)), 0));
const zone = xy.map(([x, y]) => (y > 75 ? 'northeast' : x > 60 ? 'east' : x > 30 ? 'central' : 'west'));
const zoneEffect = { east: 0.6, central: 0.3, west: 0, northeast: 0.2 };
const growth = xy.map(() => 0.03 + 0.04 * random.next());

const dims = ['D1', 'D2', 'D3', 'D4'];
const nodes = [{ code: 'I', name: 'Index' }, ...dims.map((d) => ({ code: d, parent: 'I' }))];
const columns = {};
dims.forEach((d, k) => {
  for (let j = 1; j <= 5; j++) {
    const code = `${d}_x${j}`;
    nodes.push({ code, parent: d });
    const loading = 0.5 + random.next();
    const col = new Float64Array(n * T);
    for (let t = 0; t < T; t++) {
      for (let r = 0; r < n; r++) {
        const latent = (1 + field[r] + zoneEffect[zone[r]] + 0.2 * k * Math.sin(xy[r][0] / 15)) * (1 + growth[r]) ** t;
        col[t * n + r] = Math.max(0.01, loading * latent * Math.exp(0.15 * normal()));
      }
    }
    columns[code] = col;
  }
});
const regions = xy.map((_, r) => ({ code: `c${String(r).padStart(4, '0')}`, name: { zh: `县${r}`, en: `County ${r}` }, groups: { region4: zone[r] } }));
const years = Array.from({ length: T }, (_, t) => 2004 + t);
const panel = { regions, years, columns, observed: Object.fromEntries(Object.keys(columns).map((c) => [c, new Uint8Array(n * T).fill(1)])) };
const framework = buildFramework(nodes, 'county.yaml');

let start = performance.now();
const rows = [];
const best = new Float64Array(6);
const bestJ = new Int32Array(6);
for (let i = 0; i < n; i++) {
  best.fill(Infinity);
  for (let j = 0; j < n; j++) {
    if (j === i) continue;
    const d = (xy[j][0] - xy[i][0]) ** 2 + (xy[j][1] - xy[i][1]) ** 2;
    if (d >= best[5]) continue;
    let at = 5;
    while (at > 0 && best[at - 1] > d) {
      best[at] = best[at - 1];
      bestJ[at] = bestJ[at - 1];
      at--;
    }
    best[at] = d;
    bestJ[at] = j;
  }
  for (const j of bestJ) rows.push({ from: regions[i].code, to: regions[j].code });
}
const knnMs = performance.now() - start;

const analyses = [
  { op: 'trends' },
  { op: 'obstacle' },
  { op: 'coupling' },
  { id: 'dagum-gini', op: 'disparity', method: 'dagum-gini' },
  { id: 'theil', op: 'disparity', method: 'theil' },
  { id: 'cv', op: 'disparity', method: 'cv' },
  { op: 'kernel-density' },
  { op: 'markov' },
  { op: 'spatial-markov', params: { weights: 'knn6.csv' } },
  { op: 'moran', params: { weights: 'knn6.csv', permutations: 999 } },
  { op: 'local-moran', params: { weights: 'knn6.csv', permutations: 999 } },
  { op: 'convergence' },
  { op: 'typology' },
  { id: 'typology-ward', op: 'typology', params: { cluster: 'ward', bandMethod: 'jenks' } },
];
const spec = {
  framework: 'county.yaml',
  data: 'county.csv',
  seed: 7,
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 1], pooled: true } }, { op: 'weight', method: 'entropy', params: { pooled: true, shift: 0.0001 } }, { op: 'aggregate' }],
};
const files = { 'knn6.csv': { format: 'edges', rows } };
start = performance.now();
const build = run(spec, { framework, panel, analysisFiles: files });
const buildMs = performance.now() - start;
const resolved = resolveSpec({ ...spec, analyses }).analyses;
const timings = {};
const cpuMs = {}; // CPU time of this process: less sensitive than wall time to other work on a shared machine
for (const analysis of resolved) {
  start = performance.now();
  const cpu = process.cpuUsage();
  const [result] = runAnalyses({ ...build, spec: { ...build.spec, analyses: [analysis] } }, files);
  const used = process.cpuUsage(cpu);
  timings[analysis.id] = +(performance.now() - start).toFixed(0);
  cpuMs[analysis.id] = +((used.user + used.system) / 1000).toFixed(0);
  if (analysis.id === 'moran') timings['moran I (last year)'] = +result.tables[0].rows.at(-1)[2].toFixed(3);
}
const total = Object.entries(timings).filter(([k]) => !k.includes('(')).reduce((a, [, v]) => a + v, 0);
console.log(JSON.stringify({ bench: 'analyses-county', units: n, years: T, indicators: 20, edges: rows.length, knnMs: +knnMs.toFixed(0), buildMs: +buildMs.toFixed(0), analysesWallMs: timings, analysesCpuMs: cpuMs, totalAnalysesWallMs: total }, null, 1));
