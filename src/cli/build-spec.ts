import { isNqpfError, NqpfError, NqpfErrors, resolveSpec, run, type Build } from '../core/index.js';
import { loadAnalysisInputs } from '../io/node/analysis-inputs.js';
import { loadInputs, loadSpecFile } from '../io/node/load.js';
import { refuseOverMemory } from '../core/pipeline/memory-estimate.js';
import { availableMemory } from './memory.js';

/** Read a spec file and everything it names, and build it (refused first if it would not fit in memory). */
export function buildFromFile(specPath: string): { build: Build; specDir: string } {
  return inSpecFile(specPath, () => {
    const loaded = loadSpecFile(specPath);
    const spec = resolveSpec(loaded.document);
    const { inputs, notes } = loadInputs(spec.framework, spec.data, loaded.dir);
    refuseOverMemory(spec, inputs.panel, inputs.framework, availableMemory());
    const extra = loadAnalysisInputs(spec.analyses, loaded.dir);
    const build = run(loaded.document, { ...inputs, analysisFiles: extra.files, hashes: { ...inputs.hashes, ...extra.hashes } });
    return { build: { ...build, loadNotes: [...notes, ...build.loadNotes] }, specDir: loaded.dir };
  });
}

/**
 * Run `read` and locate its spec problems in the spec file: an error that points into a document
 * (a JSON Pointer) without naming a file points into the spec, so it is printed as `spec.yaml:/steps/2: …`.
 */
export function inSpecFile<T>(specPath: string, read: () => T): T {
  try {
    const out = read();
    return out instanceof Promise ? (out.catch((e: unknown) => Promise.reject(locatedIn(specPath, e))) as T) : out;
  } catch (e) {
    throw locatedIn(specPath, e);
  }
}

function locatedIn(specPath: string, e: unknown): unknown {
  if (!isNqpfError(e)) return e;
  const located = (error: NqpfError) =>
    error.where.pointer !== undefined && error.where.file === undefined ? new NqpfError(error.code, error.params, { ...error.where, file: specPath }) : error;
  return e instanceof NqpfError ? located(e) : new NqpfErrors(e.errors.map(located));
}
