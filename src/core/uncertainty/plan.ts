import { NqpfError, NqpfErrors, throwAll } from '../errors/nqpf-error.js';
import { rootOf } from '../framework/tree.js';
import type { Framework } from '../model/types.js';
import type { ResolvedSpec, ResolvedStep } from '../spec/schema.js';
import { pointerResolves, pointerSegments } from './pointer.js';
import { applyFactors } from './apply-factors.js';

/** One uncertain choice of the spec: a step, a place inside it, and its distribution. */
export interface Factor {
  name: string;
  /** Position in `uncertainty.vary`, for error pointers. */
  varyIndex: number;
  stepIndex: number;
  stepId: string;
  pointer: string;
  segments: string[];
  /** A discrete list (a uniform draw picks one of m equal-width bins), or null for a continuous range. */
  values: readonly unknown[] | null;
  uniform: readonly [number, number] | null;
}

export type AnalysisType = 'uncertainty' | 'sensitivity';

/**
 * A validated uncertainty analysis. Runs are numbered row by row: run k belongs to row ⌊k / runsPerRow⌋;
 * an uncertainty analysis has one run per row (matrix A), a sensitivity analysis d + 2
 * (A, B, then A_B^(1) … A_B^(d), Saltelli 2010), so N rows make N(d + 2) runs.
 */
export interface UncertaintyPlan {
  type: AnalysisType;
  rows: number;
  factors: Factor[];
  target: string;
  runsPerRow: number;
  totalRuns: number;
  seed: number;
}

export interface PlanOptions {
  type?: AnalysisType;
  /** Base sample size N (overrides `uncertainty.runs`). */
  runs?: number;
}

/** Most combinations of one step's test values validated up front; larger products are checked value by value. */
const MAX_COMBINATIONS = 4096;

/**
 * Validate the spec's `uncertainty:` block before any run, gathering every problem: each step id exists,
 * each pointer resolves inside that resolved step (never /id or /op), every value (both ends and the middle
 * of a range) gives a valid step for that method, together with the step's other factors, and the target
 * node exists. Default type: sensitivity; default target: the index.
 */
export function planUncertainty(spec: ResolvedSpec, framework: Framework, options: PlanOptions = {}): UncertaintyPlan {
  const block = spec.uncertainty;
  if (!block) throw new NqpfError('UNCERTAINTY_MISSING', {}, { pointer: '/uncertainty' });
  const errors: NqpfError[] = [];
  const factors: Factor[] = [];
  const seen = new Set<string>();
  block.vary.forEach((entry, k) => {
    const at = `/uncertainty/vary/${k}`;
    const stepIndex = spec.steps.findIndex((s) => s.id === entry.step);
    if (stepIndex < 0) {
      errors.push(new NqpfError('UNCERTAINTY_UNKNOWN_STEP', { step: entry.step, known: spec.steps.map((s) => s.id).join(', ') }, { pointer: `${at}/step` }));
      return;
    }
    const segments = pointerSegments(entry.pointer);
    const step = spec.steps[stepIndex];
    if (segments[0] === 'id' || segments[0] === 'op' || !pointerResolves(step, segments)) {
      errors.push(new NqpfError('UNCERTAINTY_POINTER', { pointer: entry.pointer, step: entry.step }, { pointer: `${at}/pointer` }));
      return;
    }
    const key = `${entry.step}${entry.pointer}`;
    const overlaps = [...seen].some((other) => other === key || other.startsWith(`${key}/`) || key.startsWith(`${other}/`));
    if (overlaps) errors.push(new NqpfError('UNCERTAINTY_DUPLICATE', { step: entry.step, pointer: entry.pointer }, { pointer: `${at}/pointer` }));
    seen.add(key);
    const isList = Array.isArray(entry.values);
    const uniform = isList ? null : (entry.values as { uniform: [number, number] }).uniform;
    if (uniform && !(uniform[0] < uniform[1])) {
      errors.push(new NqpfError('UNCERTAINTY_RANGE', { low: uniform[0], high: uniform[1] }, { pointer: `${at}/values/uniform` }));
      return;
    }
    factors.push({
      name: entry.name ?? key,
      varyIndex: k,
      stepIndex,
      stepId: entry.step,
      pointer: entry.pointer,
      segments,
      values: isList ? (entry.values as unknown[]) : null,
      uniform,
    });
  });
  for (const factor of factors) errors.push(...checkValues(spec.steps[factor.stepIndex], factor));
  errors.push(...checkCombinations(spec.steps, factors));
  const target = block.target ?? rootOf(framework).code;
  if (!framework.nodes.some((n) => n.code === target)) {
    errors.push(new NqpfError('UNCERTAINTY_TARGET', { target }, { pointer: '/uncertainty/target' }));
  }
  throwAll(errors);
  const type = options.type ?? block.type ?? 'sensitivity';
  const rows = options.runs ?? block.runs;
  const runsPerRow = type === 'sensitivity' ? factors.length + 2 : 1;
  return { type, rows, factors, target, runsPerRow, totalRuns: rows * runsPerRow, seed: spec.seed };
}

/** The values that stand for a factor in validation: the list, or both ends and an inner point of a range. */
function testValues(factor: Factor): unknown[] {
  if (factor.values) return [...factor.values];
  const [a, b] = factor.uniform!;
  return [a, b, a + (b - a) * 0.5123];
}

function checkValues(step: ResolvedStep, factor: Factor): NqpfError[] {
  const errors: NqpfError[] = [];
  testValues(factor).forEach((value, i) => {
    const problem = stepProblem(step, [{ factor, value }]);
    if (problem === null) return;
    const at = `/uncertainty/vary/${factor.varyIndex}/values`;
    const where = factor.values ? `${at}/${i}` : `${at}/uniform`;
    errors.push(new NqpfError('UNCERTAINTY_VALUE', { value: JSON.stringify(value), step: factor.stepId, detail: problem }, { pointer: where }));
  });
  return errors;
}

/** Steps with several factors: every combination of their test values must give a valid step. */
function checkCombinations(steps: ResolvedStep[], factors: Factor[]): NqpfError[] {
  const errors: NqpfError[] = [];
  const byStep = new Map<number, Factor[]>();
  for (const f of factors) byStep.set(f.stepIndex, [...(byStep.get(f.stepIndex) ?? []), f]);
  for (const [stepIndex, group] of byStep) {
    if (group.length < 2) continue;
    const lists = group.map(testValues);
    if (lists.reduce((n, l) => n * l.length, 1) > MAX_COMBINATIONS) continue;
    let combos: unknown[][] = [[]];
    for (const list of lists) combos = combos.flatMap((c) => list.map((v) => [...c, v]));
    for (const combo of combos) {
      const problem = stepProblem(steps[stepIndex], group.map((factor, k) => ({ factor, value: combo[k] })));
      if (problem === null) continue;
      errors.push(
        new NqpfError(
          'UNCERTAINTY_VALUE',
          { value: JSON.stringify(combo), step: steps[stepIndex].id, detail: problem },
          { pointer: `/steps/${stepIndex}` },
        ),
      );
      break;
    }
  }
  return errors;
}

function stepProblem(step: ResolvedStep, assignments: { factor: Factor; value: unknown }[]): string | null {
  try {
    applyFactors(step, assignments);
    return null;
  } catch (error) {
    if (error instanceof NqpfError) return error.message;
    if (error instanceof NqpfErrors) return error.errors.map((e) => e.message).join('; ');
    throw error;
  }
}
