/**
 * The what-if panel's numbers for one region, from the spec's own guidance blocks (the scenario `whatif`, the
 * path `path`, the projection) — computed by src/core/guidance, as `nqpf whatif` computes them.
 */
import { indicatorsOf, rootOf, type Build, type NqpfError } from '../../../src/core/index.js';
import { planPath, runPath } from '../../../src/core/guidance/path.js';
import { runProjection } from '../../../src/core/guidance/projection.js';
import { planScenario, runScenario } from '../../../src/core/guidance/scenario.js';
import { regionIndexOf } from '../../../src/core/guidance/locate.js';
import type { GuidanceView, Problem } from './protocol.js';

import { PATH_ID, WHATIF_ID } from '../components/what-if-spec.js';

export function guidanceView(build: Build, region: string, problemsOf: (e: unknown) => Problem[]): GuidanceView {
  const spec = build.spec;
  const panel = build.inputs.panel;
  const r = regionIndexOf(panel.regions, region);
  const t = panel.years.length - 1;
  const n = panel.regions.length;
  const levers = indicatorsOf(build.results.framework)
    .filter((node) => panel.columns[node.code])
    .map((node) => {
      const year = Array.from(panel.columns[node.code].subarray(t * n, (t + 1) * n)).filter((v) => !Number.isNaN(v));
      return { code: node.code, current: panel.columns[node.code][t * n + r], min: Math.min(...year), max: Math.max(...year) };
    });
  const problems: Problem[] = [];
  const attempt = <T>(task: () => T): T | null => {
    try {
      return task();
    } catch (e) {
      problems.push(...problemsOf(e));
      return null;
    }
  };
  const root = rootOf(build.results.framework).code;
  const scenarioSpec = spec.scenarios?.find((s) => s.id === WHATIF_ID);
  const scenario = scenarioSpec
    ? attempt(() => {
        const errors: NqpfError[] = [];
        const plan = planScenario(build, scenarioSpec, '/scenarios/0', errors);
        if (!plan) throw errors[0];
        const rows = runScenario(build, plan).rows.filter((row) => row.node === root);
        return { year: plan.year, scores: rows.map((row) => row.scoreAfter), ranks: rows.map((row) => row.rankAfter) };
      })
    : null;
  const pathSpec = spec.paths?.find((p) => p.id === PATH_ID);
  const path = pathSpec
    ? attempt(() => {
        const errors: NqpfError[] = [];
        const plan = planPath(build, pathSpec, '/paths/0', errors);
        if (!plan) throw errors[0];
        const result = runPath(build, plan);
        return { target: result.target, moves: result.moves, reached: result.reached, rankAfter: result.rankAfter, solver: result.solver };
      })
    : null;
  const projection = spec.projection
    ? attempt(() => {
        const result = runProjection(build, spec.projection!);
        const rows = result.rows.filter((row) => row.node === root && row.region === panel.regions[r].code);
        return { years: rows.map((row) => row.year), scores: rows.map((row) => row.score) };
      })
    : null;
  return { specHash: build.specHash, region: panel.regions[r]?.code ?? region, year: panel.years[t], levers, scenario, path, projection, problems };
}
