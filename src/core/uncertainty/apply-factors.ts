import { throwAll, type NqpfError } from '../errors/nqpf-error.js';
import { findMethod } from '../pipeline/registry.js';
import { resolveStep } from '../spec/resolve.js';
import type { ResolvedStep } from '../spec/schema.js';
import type { Factor } from './plan.js';
import { setAtPointer } from './pointer.js';

export interface Assignment {
  factor: Factor;
  value: unknown;
}

/**
 * One step with some of its factors set → a resolved step (defaults filled, params validated by the
 * method's own schema; an invalid result throws). A value at /method is a method name — the current params
 * the new method accepts are kept, the rest dropped — or `{ method, params }`, replacing both. /method is
 * applied before the other pointers, so they refine the chosen method.
 */
export function applyFactors(step: ResolvedStep, assignments: readonly Assignment[]): ResolvedStep {
  let raw: { op: string; method: string; params: Record<string, unknown> } = { op: step.op, method: step.method, params: step.params };
  const methodFirst = [...assignments].sort((a, b) => Number(b.factor.pointer === '/method') - Number(a.factor.pointer === '/method'));
  for (const { factor, value } of methodFirst) {
    if (factor.pointer === '/method') raw = switchMethod(raw, value);
    else raw = setAtPointer(raw, factor.segments, value);
  }
  const errors: NqpfError[] = [];
  const resolved = resolveStep(raw, step.id, `/steps/${assignments[0]?.factor.stepIndex ?? 0}`, errors);
  throwAll(errors);
  return resolved;
}

function switchMethod(
  raw: { op: string; method: string; params: Record<string, unknown> },
  value: unknown,
): { op: string; method: string; params: Record<string, unknown> } {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && 'method' in value) {
    const { method, params } = value as { method: string; params?: Record<string, unknown> };
    return { op: raw.op, method, params: params ?? compatibleParams(raw.op, method, raw.params) };
  }
  return { op: raw.op, method: value as string, params: compatibleParams(raw.op, value as string, raw.params) };
}

/** The params a method accepts out of another method's: unknown top-level keys dropped. */
function compatibleParams(op: string, method: string, params: Record<string, unknown>): Record<string, unknown> {
  const definition = typeof method === 'string' ? findMethod(op, method) : undefined;
  if (!definition) return params;
  const parsed = definition.params.safeParse(params);
  if (parsed.success) return params;
  const unknown = new Set(parsed.error.issues.flatMap((i) => (i.code === 'unrecognized_keys' && i.path.length === 0 ? i.keys : [])));
  return Object.fromEntries(Object.entries(params).filter(([key]) => !unknown.has(key)));
}

/**
 * The noise draw of a weight step: when a factor varies its /params/noise and none its /params/draw, the
 * draw follows the sample the noise value came from, so each run (each Saltelli row of A or B) gets its
 * own weights and the model stays a function of the sampled inputs.
 */
export function withNoiseDraw(step: ResolvedStep, assignments: readonly Assignment[], sampleIds: readonly number[]): ResolvedStep {
  if (step.op !== 'weight') return step;
  let noiseFactor = -1;
  for (let k = 0; k < assignments.length; k++) {
    const pointer = assignments[k].factor.pointer;
    if (pointer === '/params/draw') return step;
    if (noiseFactor < 0 && (pointer === '/params/noise' || pointer.startsWith('/params/noise/'))) noiseFactor = k;
  }
  if (noiseFactor < 0) return step;
  return { ...step, params: { ...step.params, draw: sampleIds[noiseFactor] } };
}
