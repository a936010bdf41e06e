import { NqpfError, throwAll } from '../errors/nqpf-error.js';
import type { Build } from '../pipeline/run.js';
import { planPath, runPath, type PathPlan, type PathResult } from './path.js';
import { checkProjection, runProjection, type ProjectionResult } from './projection.js';
import { planScenario, runScenario, type ScenarioPlan, type ScenarioResult } from './scenario.js';
import { checkTargets, targetDistances, type TargetDistance, type TargetRow } from './targets.js';

export interface GuidanceResult {
  scenarios: ScenarioResult[];
  paths: PathResult[];
  projection: ProjectionResult | null;
  targets: TargetDistance[] | null;
}

/** The targets file as io read it: its rows and its name (for error locations). */
export interface TargetsInput {
  file: string;
  rows: TargetRow[];
}

/** Whether the spec has any guidance block. */
export function hasGuidance(build: Build): boolean {
  const s = build.spec;
  return (s.scenarios?.length ?? 0) > 0 || (s.paths?.length ?? 0) > 0 || s.projection !== undefined || s.targets !== undefined;
}

/**
 * 分类指导 / Guidance over a build: what-if scenarios, paths to targets, the projection and the planners'
 * targets (issue 15). Every block is checked first and every problem thrown together (unknown region,
 * indicator or year, impossible value, target already met …), so nothing is computed — or written — from a
 * spec with a bad block. Paths need `await prepareSolvers()` (HiGHS) before the call.
 */
export function runGuidance(build: Build, targets?: TargetsInput): GuidanceResult {
  const spec = build.spec;
  const errors: NqpfError[] = [];
  const scenarioPlans = (spec.scenarios ?? []).map((s, k) => planScenario(build, s, `/scenarios/${k}`, errors)).filter((p): p is ScenarioPlan => p !== null);
  const pathPlans = (spec.paths ?? []).map((p, k) => planPath(build, p, `/paths/${k}`, errors)).filter((p): p is PathPlan => p !== null);
  const projectionOk = spec.projection ? checkProjection(build, spec.projection, errors) : false;
  if (spec.targets !== undefined) {
    if (!targets) errors.push(new NqpfError('TARGETS_NOT_LOADED', { path: spec.targets }, { pointer: '/targets' }));
    else checkTargets(build, targets.rows, targets.file, errors);
  }
  throwAll(errors);
  const projection = spec.projection && projectionOk ? runProjection(build, spec.projection) : null;
  return {
    scenarios: scenarioPlans.map((p) => runScenario(build, p)),
    paths: gatherAll(pathPlans.map((p) => () => runPath(build, p))),
    projection,
    targets: targets ? targetDistances(build, targets.rows, projection?.panel) : null,
  };
}

/** Run each; gather every NqpfError (e.g. several infeasible paths) and throw them together. */
function gatherAll<T>(tasks: (() => T)[]): T[] {
  const errors: NqpfError[] = [];
  const out: T[] = [];
  for (const task of tasks) {
    try {
      out.push(task());
    } catch (e) {
      if (e instanceof NqpfError) errors.push(e);
      else throw e;
    }
  }
  throwAll(errors);
  return out;
}
