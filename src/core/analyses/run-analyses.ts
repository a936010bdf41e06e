import { NqpfError, NqpfErrors, throwAll } from '../errors/nqpf-error.js';
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
  refuseOutputCollisions(results);
  return results;
}

/**
 * Each analysis table is written as `analyses/<id>` or `analyses/<id>-<table>`, so ids such as `markov`
 * and `markov-passage` could name one file twice (issue 17: the Markov passage times were silently
 * overwritten by a CV table). Every output name is checked unique before anything is written; a
 * collision is an error at the later analysis's id, naming both.
 */
function refuseOutputCollisions(results: AnalysisResult[]): void {
  const owner = new Map<string, number>();
  const errors: NqpfError[] = [];
  results.forEach((result, index) => {
    for (const table of result.tables) {
      const name = `${result.id}${table.name ? `-${table.name}` : ''}`;
      const first = owner.get(name);
      if (first === undefined) owner.set(name, index);
      else if (first !== index) errors.push(new NqpfError('ANALYSIS_OUTPUT_COLLISION', { name, first: results[first].id, second: result.id }, { pointer: `/analyses/${index}/id` }));
    }
  });
  throwAll(errors);
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
