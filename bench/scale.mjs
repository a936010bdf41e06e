// County and firm scale through the whole CLI (issue 14), each command a whole process as a user runs it:
// wall time, peak RSS (GNU time's %M) and input cells per second. Panels are generated here, deterministically
// (bench/scale-data.mjs): (a) 2,850 regions × 20 years × 100 indicators, (b) 5,000 firms × 15 years × 40
// indicators with an industry column and no region registry; then `run` at three sizes of (a) for the memory
// curve. Run after `npm run build`:  node bench/scale.mjs [county|firm|curve]…  With no argument only the curve
// runs (a few minutes on an idle machine); every command on the county and firm panels takes tens of minutes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePanel } from './scale-data.mjs';
import { loadProbe, requireDist, ROOT } from './ua-common.mjs';

requireDist();
const CLI = join(ROOT, 'bin/nqpf.mjs');
const only = process.argv.slice(2);
const want = (part) => (only.length === 0 ? part === 'curve' : only.includes(part));
console.log(`machine load probe: ${loadProbe().ms} ms (≈ 100 when idle)`);

/** One whole-process command: seconds, peak MiB; throws with its stderr if it fails. */
function timed(args) {
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t) / 1000;
  const lines = r.stderr.trim().split('\n');
  if (r.status !== 0) throw new Error(`nqpf ${args.join(' ')} failed:\n${r.stderr}`);
  return { seconds, peakMiB: Number(lines.pop()) / 1024, load };
}

function row(label, command, cells, { seconds, peakMiB, load }) {
  console.log(`| ${label} | ${command} | ${seconds.toFixed(1)} | ${peakMiB.toFixed(0)} | ${Math.round(cells / seconds).toLocaleString('en')} | ${load} |`);
}

function panelCommands(kind, units, years, indicators) {
  const dir = mkdtempSync(join(tmpdir(), `nqpf-scale-${kind}-`));
  try {
    const { cells } = generatePanel(kind, dir, units, years, indicators);
    const label = `${kind} ${units.toLocaleString('en')} × ${years} × ${indicators}`;
    const spec = join(dir, 'spec.yaml');
    const out = (name) => ['--out', join(dir, name), '-q'];
    row(label, 'validate', cells, timed(['validate', spec]));
    row(label, 'run', cells, timed(['run', spec, ...out('run')]));
    row(label, 'analyze', cells, timed(['analyze', spec, '--out', join(dir, 'analyze')]));
    row(label, 'audit', cells, timed(['audit', spec, ...out('audit')]));
    row(label, 'report', cells, timed(['report', spec, '--out', join(dir, 'report')]));
    row(label, 'sensitivity (8 runs)', cells, timed(['sensitivity', spec, ...out('sensitivity'), '--type', 'uncertainty']));
    row(label, 'diff (arithmetic vs geometric)', cells, timed(['diff', spec, join(dir, 'spec-b.yaml'), '--out', join(dir, 'diff')]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

console.log('| panel | command | seconds | peak MiB | cells/s | load average at start |\n|---|---|---|---|---|---|');
if (want('county')) panelCommands('county', 2850, 20, 100);
if (want('firm')) panelCommands('firm', 5000, 15, 40);
if (want('curve')) {
  for (const indicators of [25, 50, 100]) {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-scale-curve-'));
    const { cells } = generatePanel('county', dir, 2850, 20, indicators);
    row(`county 2,850 × 20 × ${indicators}`, 'run', cells, timed(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'run'), '-q']));
    rmSync(dir, { recursive: true, force: true });
  }
}
