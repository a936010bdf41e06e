#!/usr/bin/env node
// The CLI runs from compiled JavaScript (npm ci builds dist/ through `prepare`).
// Commands that compute and write run in a worker thread under a supervisor, so that Ctrl-C and SIGTERM
// stop them at any point and leave nothing half-written (src/cli/supervise.ts); the rest run here.
import { statSync } from 'node:fs';

// Start-up: the bundled entries (scripts/bundle.mjs, part of `npm run build`) while they are newer than tsc's
// output; after a bare `tsc -p tsconfig.build.json` the modules it wrote (also with NQPF_BUNDLE=0, for bench/startup.mjs).
const mtime = (path) => statSync(new URL(path, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? -1;
const bundled = process.env.NQPF_BUNDLE !== '0' && mtime('../dist/bundle/main.js') >= mtime('../dist/cli/main.js');
const dist = bundled ? '../dist/bundle' : '../dist/cli';
const SUPERVISED = new Set(['run', 'analyze', 'audit', 'report', 'diff', 'sensitivity', 'whatif']);
const argv = process.argv.slice(2);
const command = argv.find((arg, k) => !arg.startsWith('-') && argv[k - 1] !== '--lang');
const lang = argv[argv.indexOf('--lang') + 1] === 'zh' && argv.includes('--lang') ? 'zh' : 'en';

// A closed pipe (`nqpf methods | head`) ends the program quietly.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});
if (SUPERVISED.has(command) && process.env.NQPF_IN_PROCESS !== '1') {
  const { supervise } = await import(`${dist}/supervise.js`);
  process.exitCode = await supervise(argv, lang);
} else {
  const { main } = await import(`${dist}/main.js`);
  process.exitCode = await main(argv);
}
