// Benchmark: the China provinces panel (31 × 14 × 12) uncertainty analysis, 10,000 runs, nqpf (bench/ua-china.yaml)
// against the vectorised numpy script ../shared/bench/ua_numpy.py, side by side in one run. Both timings exclude
// reading the data and the nominal build (numpy's t2 − t1); nqpf's include starting its worker threads.
// usage: npm run build && node bench/ua-china.mjs [N]
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { resolveSpec, run } from '../dist/core/index.js';
import { loadInputs, loadSpecFile } from '../dist/io/node/load.js';
import { runUncertaintyParallel } from '../dist/io/node/workers/pool.js';
import { cliRun, fmt, loadProbe, requireDist, ROOT } from './ua-common.mjs';

requireDist();
const N = Number(process.argv[2] ?? 10000);
const probe = loadProbe();
console.log(`machine load probe: ${probe.ms} ms (≈ 100 when idle)`);

const env = { ...process.env };
delete env.OPENBLAS_CORETYPE;
delete env.OPENBLAS_L2_SIZE;
const numpy = spawnSync('python3', [join(ROOT, '../shared/bench/ua_numpy.py'), join(ROOT, 'data/techme/sti_panel_2010_2023.csv'), String(N)], { encoding: 'utf8', env });
const numpyPerRun = Number(/\(([\d.]+) us\/run\)/.exec(numpy.stdout)?.[1]);
console.log(numpy.status === 0 ? numpy.stdout.trim() : `numpy not run: ${numpy.stderr.trim().split('\n').pop()}`);

const loaded = loadSpecFile(join(ROOT, 'bench/ua-china.yaml'));
const spec = resolveSpec(loaded.document);
const { inputs } = loadInputs(spec.framework, spec.data, loaded.dir);
const build = run(loaded.document, inputs);
const hashes = new Set();
for (const workers of [1, 2, 1, 2]) {
  const t = performance.now();
  const { result, threads } = await runUncertaintyParallel(loaded.document, build, { workers, type: 'uncertainty', runs: N });
  const seconds = (performance.now() - t) / 1000;
  const perRun = (seconds / N) * 1e6;
  const hash = createHash('sha256').update(new Uint8Array(result.ranks.buffer)).digest('hex').slice(0, 16);
  hashes.add(hash);
  const beijing = result.intervals[(build.results.years.length - 1) * build.results.regions.length + build.results.regions.findIndex((r) => r.code === '110000')];
  console.log(
    `nqpf UA N=${N}, ${workers} worker(s) (${threads} thread(s) ran rows): ${fmt(seconds)} s (${fmt(perRun, 1)} us/run` +
      `${numpyPerRun ? `, ${fmt(numpyPerRun / perRun, 2)}× numpy` : ''}); Beijing 2023 rank interval ${beijing.q05Rank}-${beijing.q95Rank}; ranks sha256 ${hash}`,
  );
}
console.log(hashes.size === 1 ? 'ranks identical for every worker count' : 'RANKS DIFFER BETWEEN WORKER COUNTS');
const whole = cliRun(join(ROOT, 'bench/ua-china.yaml'), ['--type', 'uncertainty', '--runs', String(N)]);
console.log(`nqpf sensitivity CLI, whole process: ${fmt(whole.seconds)} s, peak ${fmt(whole.peakMiB, 0)} MiB`);
