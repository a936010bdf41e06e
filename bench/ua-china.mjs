// Benchmark (issue 14): the China provinces panel's 10,000-run uncertainty analysis (bench/ua-china.yaml) as whole
// processes, as a user would time them: `nqpf sensitivity` (start-up, reading, nominal build, runs, intervals, CSV +
// XLSX + HTML report written) against `python3 ../shared/bench/ua_numpy.py` (Python start-up, numpy import, reading
// the CSV, the runs and percentiles; it writes nothing), interleaved in one run, median of R rounds.
// usage: npm run build && node bench/ua-china.mjs [N] [--rounds R]
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { cliRun, fmt, loadLine, median, requireDist, ROOT } from './ua-common.mjs';

requireDist();
const N = Number(process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 10000);
const rounds = process.argv.includes('--rounds') ? Number(process.argv[process.argv.indexOf('--rounds') + 1]) : 3;
console.log(loadLine());

// ua_numpy.py's own advice: OPENBLAS_CORETYPE and OPENBLAS_L2_SIZE slow a current numpy.
const env = { ...process.env };
delete env.OPENBLAS_CORETYPE;
delete env.OPENBLAS_L2_SIZE;
const numpyRun = () => {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S', 'python3', join(ROOT, '../shared/bench/ua_numpy.py'), join(ROOT, 'data/techme/sti_panel_2010_2023.csv'), String(N)], { encoding: 'utf8', env });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) return null;
  const [user, system] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { seconds, cpuSeconds: user + system, line: r.stdout.trim() };
};

const runs = { numpy: [], 'nqpf default threads': [], 'nqpf --workers 1': [] };
let numpyLine = 'numpy not run (python3 or numpy missing)';
const hashes = new Set();
for (let k = 0; k < rounds; k++) {
  const numpy = numpyRun();
  if (numpy) {
    runs.numpy.push(numpy);
    numpyLine = numpy.line;
  }
  for (const [label, args] of [['nqpf default threads', []], ['nqpf --workers 1', ['--workers', '1']]]) {
    const r = cliRun(join(ROOT, 'bench/ua-china.yaml'), ['--type', 'uncertainty', '--runs', String(N), ...args]);
    runs[label].push(r);
    hashes.add(r.hash);
  }
}
console.log(numpyLine);
const numpySeconds = runs.numpy.length ? median(runs.numpy.map((r) => r.seconds)) : NaN;
for (const [label, all] of Object.entries(runs)) {
  if (all.length === 0) continue;
  const s = median(all.map((r) => r.seconds));
  const cpu = median(all.map((r) => r.cpuSeconds));
  const peak = all[0].peakMiB === undefined ? '' : `, peak ${fmt(all[0].peakMiB, 0)} MiB`;
  console.log(`${label} N=${N} whole process: median ${fmt(s)} s (cpu ${fmt(cpu)} s)${peak}${label === 'numpy' ? '' : `, ${fmt(numpySeconds / s, 2)}× faster than numpy`}`);
}
console.log(hashes.size === 1 ? 'rank intervals identical for every thread count' : 'RANK INTERVALS DIFFER BETWEEN THREAD COUNTS');
console.log(loadLine());
