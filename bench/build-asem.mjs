// Per-build time of the ASEM index (COINr's example data, 51 countries × 49 indicators), min-max [0, 100] +
// arithmetic means, in-process over many repetitions (median of 5 batches); beside it COINr's new_coin +
// Normalise + Aggregate, timed now by Rscript when R and COINr are installed (otherwise the figure for
// this machine, ~17 ms, is shown).
// Also the whole-process time of `nqpf run` and `nqpf --help` (start-up).
// Run after `npm run build`: node bench/build-asem.mjs [repetitions]
import { spawnSync } from 'node:child_process';
import { run } from '../dist/core/index.js';
import { loadInputs } from '../dist/io/node/load.js';
import { loadProbe } from './ua-common.mjs';

const repetitions = Number(process.argv[2] ?? 5000);
const root = new URL('..', import.meta.url).pathname;
const spec = {
  framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' },
  data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' },
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate', method: 'arithmetic' }],
};
const probe = loadProbe();
console.log(`machine load probe: ${probe.ms} ms (≈ 100 when idle)`);
const { inputs } = loadInputs(spec.framework, spec.data, root);
for (let i = 0; i < 500; i++) run(spec, inputs); // warm-up
// the median of 5 batches: a busy neighbour on a 2-core machine slows some batches a lot
const batches = [];
for (let b = 0; b < 5; b++) {
  const start = process.hrtime.bigint();
  for (let i = 0; i < repetitions / 5; i++) run(spec, inputs);
  batches.push(Number(process.hrtime.bigint() - start) / 1e6 / (repetitions / 5));
}
const nqpfMs = batches.sort((a, b) => a - b)[2];

const r = `suppressMessages(library(COINr)); f <- function() { coin <- new_coin(ASEM_iData, ASEM_iMeta, quietly = TRUE)
coin <- Normalise(coin, dset = "Raw", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))), quietly = TRUE)
Aggregate(coin, dset = "Normalised", f_ag = "a_amean", quietly = TRUE) }; invisible(f())
t <- system.time(for (i in 1:20) f()); cat(t[["elapsed"]] / 20 * 1000, "\\n")`;
const coinr = spawnSync('Rscript', ['-e', r], { encoding: 'utf8' });
const coinrMs = coinr.status === 0 ? Number(coinr.stdout.trim().split('\n').pop()) : null;

const wall = (args) => {
  const times = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    spawnSync(process.execPath, [`${root}bin/nqpf.mjs`, ...args], { cwd: root });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[2];
};
const helpMs = wall(['--help']);
const runMs = wall(['run', 'specs/asem-minmax.yaml', '--out', '/tmp/nqpf-bench-asem', '--force', '-q']);
const chinaMs = wall(['run', 'specs/china-provinces.yaml', '--out', '/tmp/nqpf-bench-china', '--force', '-q']);
console.log(
  JSON.stringify({
    bench: 'build-asem',
    repetitions,
    nqpfPerBuildMs: +nqpfMs.toFixed(4),
    coinrPerBuildMs: coinrMs === null ? 'not installed (issue figure: 17.2)' : +coinrMs.toFixed(2),
    speedup: +((coinrMs ?? 17.2) / nqpfMs).toFixed(1),
    wholeProcessMs: { help: Math.round(helpMs), runAsem: Math.round(runMs), runChinaWithAnalysesAndReport: Math.round(chinaMs) },
  }),
);
