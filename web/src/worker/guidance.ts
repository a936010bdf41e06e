/**
 * The what-if panel's numbers for one region, from the spec's own guidance blocks (the scenario `whatif`, the
 * path `path`, the projection) — computed by src/core/guidance, as `nqpf whatif` computes them.
 */
import { indicatorsOf, NqpfErrors, rootOf, type Build, type NqpfError } from '../../../src/core/index.js';
import { planPath, runPath } from '../../../src/core/guidance/path.js';
import { runProjection } from '../../../src/core/guidance/projection.js';
import { planScenario, runScenario } from '../../../src/core/guidance/scenario.js';
import { regionIndexOf } from '../../../src/core/guidance/locate.js';
import { compareYear } from '../../../src/core/guidance/compare.js';
import { rebuildWithEdits } from '../../../src/core/guidance/rebuild.js';
import { checkTargets, targetDistances, type TargetRow } from '../../../src/core/guidance/targets.js';
import { typology } from '../../../src/core/analyses/typology.js';
import type { GuidanceView, Problem } from './protocol.js';

import { PATH_ID, WHATIF_ID } from '../components/what-if-spec.js';

/**
 * A region's type (分类指导) in one year by the spec's typology analysis (its params, the year set to `year`), or
 * by the typology's defaults when the spec has none (`fromSpec` false: the panel says which classification).
 */
function typeOf(build: Build, code: string, year: number): { zh: string; en: string } | null {
  const analysis = build.spec.analyses.find((a) => a.op === 'typology');
  const params = typology.params.parse({ ...(analysis?.params ?? {}), year });
  const table = typology.run(build, params, { seed: build.spec.seed, id: analysis?.id ?? 'typology', pointer: '/analyses', files: {} })[0];
  const row = table.rows.find((r) => r[0] === code);
  if (!row) return null;
  const at = (name: string) => String(row[table.header.indexOf(name)]);
  return { zh: at('type_zh'), en: at('type_en') };
}

export function guidanceView(build: Build, region: string, problemsOf: (e: unknown) => Problem[], readTargets: () => TargetRow[] | undefined = () => undefined): GuidanceView {
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
        // A full rebuild (the panel's scenario is rebuild: true): every node's scores and the region's type after it.
        const rebuilt = plan.model ? null : rebuildWithEdits(build, plan.edits, '/scenarios/0');
        const rows = rebuilt ? compareYear(build.results.framework, build.results, rebuilt.results, plan.year) : runScenario(build, plan).rows;
        const scores: Record<string, number[]> = {};
        const ranks: Record<string, number[]> = {};
        for (const row of rows) {
          (scores[row.node] ??= []).push(row.scoreAfter);
          (ranks[row.node] ??= []).push(row.rankAfter);
        }
        const code = panel.regions[r]?.code ?? '';
        const types = rebuilt ? attempt(() => ({ before: typeOf(build, code, plan.year), after: typeOf(rebuilt, code, plan.year) })) : null;
        return { id: scenarioSpec.id, year: plan.year, scores: scores[root], ranks: ranks[root], nodes: { scores, ranks }, typeBefore: types?.before ?? null, typeAfter: types?.after ?? null };
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
  let projectionPanel: Build['inputs']['panel'] | undefined;
  const projection = spec.projection
    ? attempt(() => {
        const result = runProjection(build, spec.projection!);
        projectionPanel = result.panel;
        const rows = result.rows.filter((row) => row.node === root && row.region === panel.regions[r].code);
        return { years: rows.map((row) => row.year), scores: rows.map((row) => row.score) };
      })
    : null;
  const typology = build.spec.analyses.some((a) => a.op === 'typology') ? 'spec' : 'default';
  const targetRows =
    panel.regions[r] && spec.targets !== undefined
      ? attempt(() => {
          const rows = readTargets() ?? [];
          const errors: NqpfError[] = [];
          checkTargets(build, rows, String(spec.targets), errors);
          if (errors.length > 0) throw new NqpfErrors(errors);
          const mine = rows.filter((row) => row.region === '*' || regionIndexOf(panel.regions, row.region) === r);
          return targetDistances(build, mine, projectionPanel).filter((d) => d.region === panel.regions[r].code);
        })
      : null;
  return { specHash: build.specHash, region: panel.regions[r]?.code ?? region, year: panel.years[t], levers, scenario, path, projection, typology, targets: targetRows, problems };
}
