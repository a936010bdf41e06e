// Start-up (issue 14): whole-process wall time of `nqpf --help`, `nqpf validate specs/china-provinces.yaml` and
// `nqpf run specs/asem-minmax.yaml`, each against bare `node -e 0`, interleaved in one run (median of N rounds).
// Run after `npm run build` (which bundles the CLI):  node bench/startup.mjs [rounds]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLine, requireDist, ROOT } from './ua-common.mjs';

requireDist();
const rounds = Number(process.argv[2] ?? 7);
const CLI = join(ROOT, 'bin/nqpf.mjs');
const out = mkdtempSync(join(tmpdir(), 'nqpf-startup-'));
const cases = {
  'node -e 0': () => [process.execPath, '-e', '0'],
  'nqpf --help': () => [process.execPath, CLI, '--help'],
  'nqpf validate specs/china-provinces.yaml': () => [process.execPath, CLI, 'validate', join(ROOT, 'specs/china-provinces.yaml')],
  'nqpf run specs/asem-minmax.yaml': (k) => [process.execPath, CLI, 'run', join(ROOT, 'specs/asem-minmax.yaml'), '--out', join(out, `asem-${k}`), '-q'],
  // the same commands from tsc's modules, not the bundle (scripts/bundle.mjs): what the bundle saves
  'unbundled: nqpf --help': () => [process.execPath, CLI, '--help'],
  'unbundled: nqpf validate specs/china-provinces.yaml': () => [process.execPath, CLI, 'validate', join(ROOT, 'specs/china-provinces.yaml')],
  'unbundled: nqpf run specs/asem-minmax.yaml': (k) => [process.execPath, CLI, 'run', join(ROOT, 'specs/asem-minmax.yaml'), '--out', join(out, `asem-u${k}`), '-q'],
};
console.log(loadLine());
const times = Object.fromEntries(Object.keys(cases).map((name) => [name, []]));
for (let k = 0; k < rounds; k++) {
  for (const [name, argv] of Object.entries(cases)) {
    const [cmd, ...args] = argv(k);
    const t = performance.now();
    const env = name.startsWith('unbundled') ? { ...process.env, NQPF_BUNDLE: '0' } : process.env;
    const r = spawnSync(cmd, args, { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
    times[name].push(performance.now() - t);
  }
}
rmSync(out, { recursive: true, force: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const bare = median(times['node -e 0']);
console.log('| command | median s | × bare node |\n|---|---:|---:|');
for (const name of Object.keys(cases)) console.log(`| \`${name}\` | ${(median(times[name]) / 1000).toFixed(3)} | ${(median(times[name]) / bare).toFixed(2)} |`);
console.log(loadLine());
