/** Spec edits the UI makes. Each returns a new document; the old one stays in the undo history. */
import type { FrameworkRef, NodeOverride } from '../../src/core/spec/schema.js';
import type { ResultView, SpecDocument, StepDocument } from './worker/protocol.js';

type FrameworkFile = Exclude<FrameworkRef, string>;

/**
 * Set weights of framework nodes. A fixed-weight step takes the overrides; any other weighting (entropy,
 * equal) is replaced by fixed weights holding every weight it produced, so the ranking only moves by
 * the user's change. Without a weight step one is inserted before the first aggregate step.
 */
export function withWeights(spec: SpecDocument, view: ResultView, overrides: Record<string, number>): SpecDocument {
  const steps = spec.steps.slice();
  const k = steps.findIndex((s) => s.op === 'weight');
  const step = k >= 0 ? steps[k] : null;
  if (step && (step.method ?? 'fixed') === 'fixed') {
    const current = (step.params?.weights as Record<string, number> | undefined) ?? {};
    steps[k] = { ...step, params: { ...step.params, weights: { ...current, ...overrides } } };
    return { ...spec, steps };
  }
  // Weights of exactly 0 (a constant indicator under entropy) are kept as a negligible positive number,
  // since fixed weights must be positive.
  const all = Object.fromEntries(view.nodes.filter((n) => n.parent !== null).map((n) => [n.code, Math.max(n.weight, 1e-12)]));
  const fixed: StepDocument = { ...(step?.id ? { id: step.id } : {}), op: 'weight', method: 'fixed', params: { weights: { ...all, ...overrides } } };
  if (k >= 0) steps[k] = fixed;
  else {
    const at = steps.findIndex((s) => s.op === 'aggregate' || s.op === 'rank');
    steps.splice(at < 0 ? steps.length : at, 0, fixed);
  }
  return { ...spec, steps };
}

export function withStep(spec: SpecDocument, index: number, step: StepDocument | null): SpecDocument {
  const steps = spec.steps.slice();
  if (step) steps[index] = step;
  else steps.splice(index, 1);
  return { ...spec, steps };
}

/** Insert a step of `op` at its place in the canonical op order. */
export function withNewStep(spec: SpecDocument, op: string, order: readonly string[], method: string): SpecDocument {
  const steps = spec.steps.slice();
  const rank = order.indexOf(op);
  const at = steps.findIndex((s) => order.indexOf(s.op) > rank);
  const taken = new Set(steps.map((s) => s.id ?? s.op));
  let id = op;
  for (let n = 2; taken.has(id); n++) id = `${op}-${n}`;
  steps.splice(at < 0 ? steps.length : at, 0, { ...(id === op ? {} : { id }), op, method });
  return { ...spec, steps };
}

/**
 * Add the default `uncertainty:` block (specs/china-provinces.yaml's): 200 runs of an uncertainty analysis,
 * the normalisation drawn between min-max and z-score and ±25% noise on the weights, for the steps the
 * spec has (a step's id defaults to its op).
 */
export function withDefaultUncertainty(spec: SpecDocument): SpecDocument {
  const idOf = (op: string) => {
    const step = spec.steps.find((s) => s.op === op);
    return step ? (step.id ?? step.op) : null;
  };
  const normalize = idOf('normalize');
  const weight = idOf('weight');
  const vary = [
    ...(normalize ? [{ step: normalize, pointer: '/method', values: ['min-max', 'z-score'] }] : []),
    ...(weight ? [{ step: weight, pointer: '/params/noise', values: [0.25] }] : []),
  ];
  return { ...spec, uncertainty: { runs: 200, type: 'uncertainty', vary } };
}

/** The spec's framework reference in object form (a bare path becomes `{ path }`). */
export function frameworkRefOf(spec: SpecDocument): FrameworkFile {
  return typeof spec.framework === 'string' ? { path: spec.framework } : (spec.framework as FrameworkFile);
}

/** Edit a framework node through the spec's `framework.overrides`: the framework file is never rewritten. */
export function withOverride(spec: SpecDocument, code: string, edit: NodeOverride): SpecDocument {
  const ref = frameworkRefOf(spec);
  return { ...spec, framework: { ...ref, overrides: { ...ref.overrides, [code]: { ...ref.overrides?.[code], ...edit } } } };
}

/**
 * `data.clean: true`: thousands separators, full-width digits and footnote marks are cleaned and yearbook
 * dashes read as missing, each cell logged (a CELL_CLEANED note) — the "clean these cells" action.
 */
export function withCleanData(spec: SpecDocument): SpecDocument {
  const data = spec.data;
  if (data === undefined) return spec;
  return { ...spec, data: typeof data === 'string' ? { path: data, clean: true } : { ...(data as Record<string, unknown>), clean: true } };
}

export function cleansData(spec: SpecDocument): boolean {
  return typeof spec.data === 'object' && spec.data !== null && (spec.data as { clean?: boolean }).clean === true;
}
