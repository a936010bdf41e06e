// Per-build time of the ASEM index in-process (COINr's example data, 51 countries × 49 indicators):
// min-max [0, 100] + arithmetic means, the pipeline COINr times at ~17 ms (new_coin + Normalise + Aggregate).
// Run after `npm run build`: node bench/build-asem.mjs [repetitions]
import { run } from '../dist/core/index.js';
import { loadInputs } from '../dist/io/node/load.js';

const repetitions = Number(process.argv[2] ?? 2000);
const root = new URL('..', import.meta.url).pathname;
const spec = {
  framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' },
  data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' },
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate', method: 'arithmetic' }],
};
const { inputs } = loadInputs(spec.framework, spec.data, root);
for (let i = 0; i < 200; i++) run(spec, inputs); // warm-up
const start = process.hrtime.bigint();
for (let i = 0; i < repetitions; i++) run(spec, inputs);
const perBuildMs = Number(process.hrtime.bigint() - start) / 1e6 / repetitions;
const coinrMs = 4.4 + 6.3 + 6.5;
console.log(JSON.stringify({ bench: 'build-asem', repetitions, perBuildMs: +perBuildMs.toFixed(4), coinrMs, speedup: +(coinrMs / perBuildMs).toFixed(0) }));
