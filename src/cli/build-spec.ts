import { resolveSpec, run, type Build } from '../core/index.js';
import { loadInputs, loadSpecFile } from '../io/node/load.js';

/** Read a spec file and everything it names, and build it. */
export function buildFromFile(specPath: string): { build: Build; specDir: string } {
  const loaded = loadSpecFile(specPath);
  const spec = resolveSpec(loaded.document);
  const { inputs, notes } = loadInputs(spec.framework, spec.data, loaded.dir);
  const build = run(loaded.document, inputs);
  return { build: { ...build, loadNotes: [...notes, ...build.loadNotes] }, specDir: loaded.dir };
}
