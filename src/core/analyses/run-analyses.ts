import { NqpfError, NqpfErrors } from '../errors/nqpf-error.js';
import type { Build } from '../pipeline/run.js';
import { findAnalysis } from './registry.js';
import type { AnalysisResult, NeighborFile } from './types.js';

/**
 * Run the spec's analyses over a finished build, in spec order (each reads the build, none changes it).
 * Params were checked and completed by resolveAnalyses. A kernel's error that names no place in the spec is
 * located at its analysis (/analyses/N), so every failure points into the spec.
 */
export function runAnalyses(build: Build, files: Record<string, NeighborFile> = build.inputs.analysisFiles ?? {}): AnalysisResult[] {
  const results = build.spec.analyses.map((analysis, index) => {
    const pointer = `/analyses/${index}`;
    const definition = findAnalysis(analysis.op, analysis.method ?? '');
    if (!definition) throw new NqpfError('ANALYSIS_UNKNOWN_OP', { op: analysis.op, known: '' }, { pointer: `${pointer}/op` });
    try {
      const tables = definition.run(build, analysis.params, { seed: build.spec.seed, id: analysis.id, pointer, files });
      return { id: analysis.id, op: analysis.op, method: definition.method, params: analysis.params, tables };
    } catch (e) {
      throw locate(e, pointer);
    }
  });
  refuseUndeclaredTables(results);
  return results;
}

/**
 * Output names were proved distinct by resolveAnalyses from each analysis's declared `tables`; a kernel that
 * returns a table it did not declare is a programming error, caught here before anything is written.
 */
function refuseUndeclaredTables(results: AnalysisResult[]): void {
  for (const result of results) {
    const declared = findAnalysis(result.op, result.method)?.tables ?? [];
    const extra = result.tables.find((t) => !declared.includes(t.name));
    if (extra) throw new Error(`analysis ${result.op}/${result.method} returned table "${extra.name}", not in its declared tables`);
  }
}

function locate(e: unknown, pointer: string): unknown {
  const at = (x: NqpfError) => (x.where.pointer === undefined ? new NqpfError(x.code, x.params, { ...x.where, pointer }) : x);
  if (e instanceof NqpfError) return at(e);
  if (e instanceof NqpfErrors) return new NqpfErrors(e.errors.map(at));
  return e;
}

/** The build with its analyses computed (or none, when the spec lists none): called at the end of run/regenerate. */
export function withAnalyses(build: Build): Build {
  const { analyses: _previous, ...rest } = build;
  return build.spec.analyses.length === 0 ? rest : { ...rest, analyses: runAnalyses(rest) };
}
