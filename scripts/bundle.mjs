// The CLI's bundled entries (issue 14, start-up): `npm run build` compiles src/ with tsc, then this script bundles
// the compiled CLI into dist/bundle/ with esbuild — one ES module per entry plus shared chunks, the commands
// still loaded lazily (dynamic import() becomes a chunk). Loading a few large files instead of ~400 small
// modules cuts `nqpf sensitivity`'s CPU time by about a third (BENCHMARKS.md). bin/nqpf.mjs uses the bundle
// only while it is newer than dist/ (after a bare `tsc` it runs the modules tsc wrote).
// The worker entries keep their names (supervise.ts and pool.ts start them by `new URL('./name.js', import.meta.url)`).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist/bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    main: 'dist/cli/main.js',
    supervise: 'dist/cli/supervise.js',
    'worker-main': 'dist/cli/worker-main.js',
    'uncertainty-worker': 'dist/io/node/workers/uncertainty-worker.js',
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir,
  // CommonJS dependencies (commander, papaparse…) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __nqpfCreateRequire } from 'node:module'; const require = __nqpfCreateRequire(import.meta.url);" },
  // HiGHS loads its WebAssembly from its own folder.
  external: ['highs'],
  logLevel: 'warning',
});
