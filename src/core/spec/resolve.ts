import type { z } from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js'; // one locale: the index loads all of them
import { NqpfError, throwAll } from '../errors/nqpf-error.js';
import { defaultMethod, findMethod, methodsOf, registeredOps } from '../pipeline/registry.js';
import { resolveAnalyses } from '../analyses/resolve.js';
import { checkOutputNames } from './output-names.js';
import { reservedKeyErrors } from './reserved-keys.js';
import { specSchema, stepSchema, type ResolvedSpec, type ResolvedStep } from './schema.js';

/**
 * Validate a parsed spec document and fill every default: step ids (default = op, made unique by the
 * author), each step's method and complete params. Gathers every problem, each located by a JSON Pointer.
 */
export function resolveSpec(document: unknown): ResolvedSpec {
  const parsed = specSchema.safeParse(document, { reportInput: true });
  const errors: NqpfError[] = parsed.success ? [] : parsed.error.issues.flatMap((issue) => narrowUnion(issue)).map((issue) => issueToError(issue));
  errors.push(...reservedKeyErrors(document));
  // Resolve every well-formed step too, so one pass reports unknown methods and bad params everywhere.
  const rawSteps: unknown[] = Array.isArray((document as { steps?: unknown })?.steps) ? (document as { steps: unknown[] }).steps : [];
  const seen = new Map<string, number>();
  const steps: ResolvedStep[] = [];
  rawSteps.forEach((raw, index) => {
    const step = stepSchema.safeParse(raw);
    if (!step.success) return;
    const pointer = `/steps/${index}`;
    const id = step.data.id ?? step.data.op;
    if (seen.has(id)) errors.push(new NqpfError('SPEC_DUPLICATE_STEP_ID', { id }, { pointer: `${pointer}/id` }));
    seen.set(id, index);
    steps.push(resolveStep(step.data, id, pointer, errors));
  });
  const analyses = resolveAnalyses((document as { analyses?: unknown } | null)?.analyses, errors);
  if (parsed.success) guidanceOutputNames(parsed.data, errors);
  throwAll(sortByPointer(errors));
  const spec = parsed.data!;
  return {
    ...(spec.name === undefined ? {} : { name: spec.name }),
    ...(spec.description === undefined ? {} : { description: spec.description }),
    framework: spec.framework,
    data: spec.data,
    seed: spec.seed ?? 0,
    steps,
    analyses,
    ...(spec.uncertainty === undefined ? {} : { uncertainty: spec.uncertainty }),
    ...(spec.scenarios === undefined ? {} : { scenarios: spec.scenarios }),
    ...(spec.paths === undefined ? {} : { paths: spec.paths }),
    ...(spec.projection === undefined ? {} : { projection: spec.projection }),
    ...(spec.targets === undefined ? {} : { targets: spec.targets }),
  };
}

/** Scenario and path ids name files (scenarios/<id>.csv; paths/<id>.csv and paths/<id>-outcome.csv): distinct, also in case. */
function guidanceOutputNames(spec: { scenarios?: { id: string }[]; paths?: { id: string }[] }, errors: NqpfError[]): void {
  const owners = (block: string, items: { id: string }[] = [], suffixes: string[]) =>
    items.map((item, k) => ({ id: item.id, pointer: `/${block}/${k}`, files: suffixes.map((s) => `${item.id}${s}`), explicit: true }));
  checkOutputNames('scenarios', owners('scenarios', spec.scenarios, ['']), 'GUIDANCE_DUPLICATE_ID', errors);
  checkOutputNames('paths', owners('paths', spec.paths, ['', '-outcome']), 'GUIDANCE_DUPLICATE_ID', errors);
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
  const params = method.params.safeParse(step.params ?? {}, { reportInput: true });
  if (!params.success) {
    for (const issue of params.error.issues) errors.push(issueToError(issue, `${pointer}/params`));
    return { id, op: step.op, method: methodName, params: step.params ?? {} };
  }
  return { id, op: step.op, method: methodName, params: params.data as Record<string, unknown> };
}

/**
 * A union's failure names the branch the value was meant for: the branches that did not fail on the
 * value's type itself (an object given where a string or an object may stand is judged as the object).
 * With no single such branch the union's own issue stays.
 */
function narrowUnion(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  const meant = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
  if (meant.length !== 1) return [issue];
  return meant[0].flatMap((i) => narrowUnion({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue));
}

function issueToError(issue: z.core.$ZodIssue, base = ''): NqpfError {
  const pointer = `${base}${issue.path.map((p) => `/${String(p)}`).join('')}`;
  if (issue.code === 'unrecognized_keys') {
    return new NqpfError('SPEC_UNKNOWN_KEY', { key: issue.keys.join('", "') }, { pointer: pointer || '/' });
  }
  return new NqpfError('SPEC_SCHEMA', schemaDetail(issue), { pointer: pointer || '/' });
}

/** Problems in document order (by JSON Pointer, numeric segments compared as numbers). */
function sortByPointer(errors: NqpfError[]): NqpfError[] {
  const key = (e: NqpfError) => (e.where.pointer ?? '').split('/').map((p) => (/^\d+$/.test(p) ? p.padStart(6, '0') : p)).join('/');
  return [...errors].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

const zhLocale = zhCN();

/** A schema problem in both languages: zod's own zh-CN text, except for our custom refinements. */
export function schemaDetail(issue: z.core.$ZodIssue): { detail: string; detailZh: string } {
  if (issue.code === 'custom') return { detail: issue.message, detailZh: issue.message };
  const zh = zhLocale.localeError(issue as never);
  return { detail: issue.message, detailZh: typeof zh === 'string' ? zh : (zh?.message ?? issue.message) };
}
