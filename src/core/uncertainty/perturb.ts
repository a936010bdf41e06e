import type { ResolvedSpec, ResolvedStep } from '../spec/schema.js';
import { applyFactors, withNoiseDraw, type Assignment } from './apply-factors.js';
import { factorLevel, factorValue, runDraw } from './design.js';
import type { UncertaintyPlan } from './plan.js';

export interface PerturbedRun {
  row: number;
  block: number;
  values: unknown[];
  steps: ResolvedStep[];
}

/**
 * The steps of run k: the nominal steps with each factor's drawn value applied. Steps whose factors are
 * all discrete are resolved once per combination of values (memo), continuous ones on every run.
 */
export function createPerturber(spec: ResolvedSpec, plan: UncertaintyPlan): (run: number) => PerturbedRun {
  const byStep = new Map<number, number[]>();
  plan.factors.forEach((f, j) => byStep.set(f.stepIndex, [...(byStep.get(f.stepIndex) ?? []), j]));
  const memo = new Map<string, ResolvedStep>();
  const discrete = (members: number[]) => members.every((j) => plan.factors[j].values !== null);
  return (run) => {
    const draw = runDraw(plan, run);
    const values = plan.factors.map((f, j) => factorValue(f, draw.uniforms[j]));
    const steps = spec.steps.slice();
    for (const [stepIndex, members] of byStep) {
      const assignments: Assignment[] = members.map((j) => ({ factor: plan.factors[j], value: values[j] }));
      let step: ResolvedStep;
      if (discrete(members)) {
        const key = `${stepIndex}:${members.map((j) => factorLevel(plan.factors[j], draw.uniforms[j])).join(',')}`;
        step = memo.get(key) ?? applyFactors(spec.steps[stepIndex], assignments);
        memo.set(key, step);
      } else {
        step = applyFactors(spec.steps[stepIndex], assignments);
      }
      steps[stepIndex] = withNoiseDraw(step, assignments, members.map((j) => draw.sampleIds[j]));
    }
    return { row: draw.row, block: draw.block, values, steps };
  };
}

