import type { z } from 'zod';
import { NqpfError, throwAll } from '../errors/nqpf-error.js';
import { defaultMethod, findMethod, methodsOf, registeredOps } from '../pipeline/registry.js';
import { specSchema, type ResolvedSpec, type ResolvedStep } from './schema.js';

/**
 * Validate a parsed spec document and fill every default: step ids (default = op, made unique by the
 * author), each step's method and complete params. Gathers every problem, each located by a JSON Pointer.
 */
export function resolveSpec(document: unknown): ResolvedSpec {
  const parsed = specSchema.safeParse(document);
  if (!parsed.success) throwAll(parsed.error.issues.map((issue) => issueToError(issue)));
  const spec = parsed.data!;
  const errors: NqpfError[] = [];
  const seen = new Map<string, number>();
  const steps: ResolvedStep[] = spec.steps.map((step, index) => {
    const pointer = `/steps/${index}`;
    const id = step.id ?? step.op;
    if (seen.has(id)) errors.push(new NqpfError('SPEC_DUPLICATE_STEP_ID', { id }, { pointer: `${pointer}/id` }));
    seen.set(id, index);
    return resolveStep(step, id, pointer, errors);
  });
  throwAll(errors);
  return {
    ...(spec.name === undefined ? {} : { name: spec.name }),
    ...(spec.description === undefined ? {} : { description: spec.description }),
    framework: spec.framework,
    data: spec.data,
    seed: spec.seed ?? 0,
    steps,
    analyses: (spec.analyses ?? []).map((a) => ({ id: a.id ?? a.op, op: a.op, ...(a.method ? { method: a.method } : {}), params: a.params ?? {} })),
    ...(spec.uncertainty === undefined ? {} : { uncertainty: spec.uncertainty }),
  };
}

/** Resolve one step against the registry: known op and method, params parsed with defaults. */
export function resolveStep(
  step: { op: string; method?: string; params?: Record<string, unknown> },
  id: string,
  pointer: string,
  errors: NqpfError[],
): ResolvedStep {
  const known = registeredOps();
  if (!known.includes(step.op)) {
    errors.push(new NqpfError('UNKNOWN_OP', { op: step.op, known: known.join(', ') }, { pointer: `${pointer}/op` }));
    return { id, op: step.op, method: step.method ?? '', params: step.params ?? {} };
  }
  const methodName = step.method ?? defaultMethod[step.op as keyof typeof defaultMethod] ?? methodsOf(step.op)[0].method;
  const method = findMethod(step.op, methodName);
  if (!method) {
    const names = methodsOf(step.op).map((m) => m.method).join(', ');
    errors.push(new NqpfError('UNKNOWN_METHOD', { op: step.op, method: methodName, known: names }, { pointer: `${pointer}/method` }));
    return { id, op: step.op, method: methodName, params: step.params ?? {} };
  }
  const params = method.params.safeParse(step.params ?? {});
  if (!params.success) {
    for (const issue of params.error.issues) errors.push(issueToError(issue, `${pointer}/params`));
    return { id, op: step.op, method: methodName, params: step.params ?? {} };
  }
  return { id, op: step.op, method: methodName, params: params.data as Record<string, unknown> };
}

function issueToError(issue: z.core.$ZodIssue, base = ''): NqpfError {
  const pointer = `${base}${issue.path.map((p) => `/${String(p)}`).join('')}`;
  if (issue.code === 'unrecognized_keys') {
    return new NqpfError('SPEC_UNKNOWN_KEY', { key: issue.keys.join('", "') }, { pointer: pointer || '/' });
  }
  return new NqpfError('SPEC_SCHEMA', { detail: issue.message }, { pointer: pointer || '/' });
}
