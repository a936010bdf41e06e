// Every benchmark, one after another in one process tree (`npm run bench`, after `npm run build`); ratios in
// BENCHMARKS.md come from one such run. Not part of `npm test`: timings never decide a test.
// `node bench/run.mjs build-asem ua-china` runs only the scripts named.
import { spawnSync } from 'node:child_process';

const benches = [
  ['build-asem.mjs'],
  ['ua-asem.mjs', '--coinr', '20'],
  ['ua-china.mjs'],
  ['analyses-county.mjs'],
  ['startup.mjs'],
  ['scale.mjs'],
];
const only = process.argv.slice(2);
for (const [file, ...args] of benches.filter(([file]) => only.length === 0 || only.includes(file.replace(/\.mjs$/, '')))) {
  console.log(`\n## ${file} ${args.join(' ')}`);
  const result = spawnSync(process.execPath, [new URL(file, import.meta.url).pathname, ...args], { stdio: 'inherit' });
  if (result.status !== 0) process.exitCode = 1;
}
