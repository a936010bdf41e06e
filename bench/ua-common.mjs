// Shared helpers of the uncertainty benchmarks (bench/ua-asem.mjs, bench/ua-china.mjs). They run compiled nqpf (dist/).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function requireDist() {
  if (!existsSync(join(ROOT, 'dist/io/node/workers/pool.js'))) {
    console.error('build first: npm run build');
    process.exit(1);
  }
}

/** How busy the machine is: ms for a fixed arithmetic loop (≈ 100 ms on an idle core here). */
export function loadProbe() {
  const t = performance.now();
  let s = 0;
  for (let i = 0; i < 1e8; i++) s += i * 0.5;
  return { ms: Math.round(performance.now() - t), check: s > 0 };
}

/** The probe and the 1-minute load average, as one line for a benchmark's output. */
export function loadLine() {
  return `machine load probe: ${loadProbe().ms} ms (≈ 100 when idle), load average ${loadavg()[0].toFixed(2)} on ${availableParallelism()} cores`;
}

/** Median of the numbers. */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** `nqpf sensitivity` as a whole process: wall and CPU (user + system) seconds, peak RSS (MiB) and the sha256 of its rank intervals. */
export function cliRun(spec, args) {
  const out = mkdtempSync(join(tmpdir(), 'nqpf-bench-'));
  const dir = join(out, 'result');
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%U %S %M', process.execPath, join(ROOT, 'bin/nqpf.mjs'), 'sensitivity', spec, '--out', dir, '-q', ...args], { encoding: 'utf8' });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`nqpf failed: ${r.stderr}`);
  const [user, system, peakKiB] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  const peakMiB = peakKiB / 1024;
  const cpuSeconds = user + system;
  const hash = createHash('sha256').update(readFileSync(join(dir, 'rank-intervals.csv'))).digest('hex').slice(0, 16);
  rmSync(out, { recursive: true, force: true });
  return { seconds, cpuSeconds, peakMiB, hash };
}

export const fmt = (x, digits = 3) => (typeof x === 'number' ? x.toFixed(digits) : String(x));
