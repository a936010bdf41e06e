import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import type { Panel } from '../model/types.js';
import type { Build } from '../pipeline/run.js';
import { changedValue, describeChange, type CellEdit } from './changes.js';
import { compareYear, type CompareRow } from './compare.js';
import { checkIndicator, findRegion, findYear } from './locate.js';
import { heldKinds, heldModel, heldRun, heldValue, rebuildWithEdits, type HeldModel } from './rebuild.js';
import type { Scenario } from './schema.js';

/** One changed cell as the scenario table reports it. */
export interface ScenarioEdit {
  region: string;
  indicator: string;
  before: number;
  after: number;
}

export interface ScenarioResult {
  id: string;
  year: number;
  rebuild: boolean;
  edits: ScenarioEdit[];
  rows: CompareRow[];
}

/** A scenario checked against the build: its cell edits, ready to run. */
export interface ScenarioPlan {
  scenario: Scenario;
  pointer: string;
  year: number;
  edits: CellEdit[];
  reported: ScenarioEdit[];
  model: HeldModel | null;
}

/**
 * Check a scenario against the build and turn it into cell edits, gathering every problem (unknown region,
 * indicator or year; a change of a missing cell; a value made negative for an indicator that never is).
 * With `rebuild: true` the cells are the data's (as read); with `rebuild: false`, the data's with gaps imputed
 * (the values the held treatment and normalisation map; HeldModel).
 */
export function planScenario(build: Build, scenario: Scenario, pointer: string, errors: NqpfError[]): ScenarioPlan | null {
  const before = errors.length;
  let model: HeldModel | null = null;
  if (!scenario.rebuild) {
    try {
      model = heldModel(build, `${pointer}/rebuild`);
    } catch (e) {
      if (e instanceof NqpfError) errors.push(e);
      else throw e;
      return null;
    }
  }
  const panel: Panel = model ? model.panel : build.inputs.panel;
  const columns = panel.columns;
  const t = findYear(panel, scenario.year, `${pointer}/year`, errors);
  const regions = scenario.regions.map((name, k) => findRegion(panel.regions, name, `${pointer}/regions/${k}`, errors));
  const indicators = indicatorsOf(build.results.framework);
  const codes = indicators.map((n) => n.code);
  const edits: CellEdit[] = [];
  const reported: ScenarioEdit[] = [];
  for (const [code, change] of Object.entries(scenario.changes)) {
    const at = `${pointer}/changes/${code}`;
    if (!checkIndicator(codes, code, at, errors) || t < 0) continue;
    if (model?.excluded.has(code)) {
      errors.push(new NqpfError('GUIDANCE_HELD_TREATED', { indicator: code, reason: model.excluded.get(code)! }, { pointer: `${pointer}/rebuild` }));
      continue;
    }
    const column = columns[code];
    const n = panel.regions.length;
    const yearValues = Array.from(column.subarray(t * n, (t + 1) * n));
    const direction = indicators.find((i) => i.code === code)!.direction;
    const neverNegative = column.every((v) => Number.isNaN(v) || v >= 0);
    for (const r of regions) {
      if (r < 0) continue;
      const cell = t * n + r;
      const region = panel.regions[r].code;
      const value = changedValue(change, column[cell], yearValues, direction, panel, t);
      const where = { region, year: panel.years[t], indicator: code, change: describeChange(change) };
      if (typeof value !== 'number') {
        errors.push(new NqpfError(value.code, { ...where, ...value.params }, { pointer: at }));
        continue;
      }
      if (value < 0 && neverNegative) {
        errors.push(new NqpfError('GUIDANCE_IMPOSSIBLE_VALUE', { ...where, value }, { pointer: at }));
        continue;
      }
      if (model && !Number.isFinite(heldValue(model, code, cell, t, value))) {
        errors.push(new NqpfError('GUIDANCE_HELD_DOMAIN', { ...where, value, kind: heldKinds(model, code, t) }, { pointer: at }));
        continue;
      }
      edits.push({ indicator: code, cell, value });
      reported.push({ region, indicator: code, before: column[cell], after: value });
    }
  }
  return errors.length > before || t < 0 ? null : { scenario, pointer, year: panel.years[t], edits, reported, model };
}

/**
 * 情景模拟 / What-if scenario: scores and ranks of every node and region in the scenario's year, before and after.
 * `rebuild: true` re-runs the whole recipe on the changed data — the same as `nqpf run` on a data file with
 * those cells edited (weights and normalisation bounds may move). `rebuild: false` holds the weights and the
 * normalisation maps; with arithmetic aggregation Δscore = Σ effective weight × Δ normalised value.
 */
export function runScenario(build: Build, plan: ScenarioPlan): ScenarioResult {
  const { scenario } = plan;
  const after = plan.model
    ? (() => {
        const state = heldRun(build, plan.model, plan.edits);
        return { regions: state.panel.regions, years: state.panel.years, scores: state.scores!, ranks: state.ranks! };
      })()
    : rebuildWithEdits(build, plan.edits, plan.pointer).results;
  return { id: scenario.id, year: plan.year, rebuild: scenario.rebuild, edits: plan.reported, rows: compareYear(build.results.framework, build.results, after, plan.year) };
}
