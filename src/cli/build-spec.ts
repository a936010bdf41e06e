import { resolveSpec, run, type Build } from '../core/index.js';
import { loadAnalysisInputs } from '../io/node/analysis-inputs.js';
import { loadInputs, loadSpecFile } from '../io/node/load.js';

/** Read a spec file and everything it names, and build it. */
export function buildFromFile(specPath: string): { build: Build; specDir: string } {
  const loaded = loadSpecFile(specPath);
  const spec = resolveSpec(loaded.document);
  const { inputs, notes } = loadInputs(spec.framework, spec.data, loaded.dir);
  const extra = loadAnalysisInputs(spec.analyses, loaded.dir);
  const build = run(loaded.document, { ...inputs, analysisFiles: extra.files, hashes: { ...inputs.hashes, ...extra.hashes } });
  return { build: { ...build, loadNotes: [...notes, ...build.loadNotes] }, specDir: loaded.dir };
}
