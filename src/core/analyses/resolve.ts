import { NqpfError } from '../errors/nqpf-error.js';
import { analysisSchema, type ResolvedAnalysis } from '../spec/schema.js';
import { checkOutputNames, type OutputOwner } from '../spec/output-names.js';
import { schemaDetail } from '../spec/resolve.js';
import { analysesOf, analysisOps, findAnalysis } from './registry.js';

/**
 * Check the spec's `analyses:` before any computation and fill their defaults: known op and method (default: the
 * op's first method), params parsed by the analysis's strict schema, ids unique (default id = op) and every output
 * file name distinct, also in case, from every other analysis's (`markov` writes analyses/markov-passage.csv, so
 * no other analysis may take the id `markov-passage`: checkOutputNames). Every problem
 * is pushed to `errors`, located by a JSON Pointer such as /analyses/2/params/top; malformed entries (wrong shape)
 * are left to the spec schema's own errors.
 */
export function resolveAnalyses(raw: unknown, errors: NqpfError[]): ResolvedAnalysis[] {
  if (!Array.isArray(raw)) return [];
  const owners: OutputOwner[] = [];
  const out: ResolvedAnalysis[] = [];
  raw.forEach((entry, index) => {
    const parsed = analysisSchema.safeParse(entry);
    if (!parsed.success) return;
    const pointer = `/analyses/${index}`;
    const { op, method, params } = parsed.data;
    const id = parsed.data.id ?? op;
    const methods = analysesOf(op);
    if (methods.length === 0) {
      errors.push(new NqpfError('ANALYSIS_UNKNOWN_OP', { op, known: analysisOps().join(', ') }, { pointer: `${pointer}/op` }));
      return;
    }
    const definition = findAnalysis(op, method ?? methods[0].method);
    const files = (definition ?? methods[0]).tables.map((table) => (table ? `${id}-${table}` : id));
    owners.push({ id, pointer, files, explicit: parsed.data.id !== undefined, derivedFrom: 'op' });
    if (!definition) {
      errors.push(new NqpfError('ANALYSIS_UNKNOWN_METHOD', { op, method, known: methods.map((m) => m.method).join(', ') }, { pointer: `${pointer}/method` }));
      return;
    }
    const checked = definition.params.safeParse(params ?? {}, { reportInput: true });
    if (!checked.success) {
      for (const issue of checked.error.issues) {
        const at = `${pointer}/params${issue.path.map((p) => `/${String(p)}`).join('')}`;
        errors.push(
          issue.code === 'unrecognized_keys'
            ? new NqpfError('SPEC_UNKNOWN_KEY', { key: issue.keys.join('", "') }, { pointer: at })
            : new NqpfError('SPEC_SCHEMA', schemaDetail(issue), { pointer: at }),
        );
      }
      return;
    }
    out.push({ id, op, method: definition.method, params: checked.data as Record<string, unknown> });
  });
  checkOutputNames('analyses', owners, 'ANALYSIS_DUPLICATE_ID', errors);
  return out;
}
