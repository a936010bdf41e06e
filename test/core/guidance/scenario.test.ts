import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { NqpfError, NqpfErrors } from '../../../src/core/index.js';
import { planScenario, runScenario } from '../../../src/core/guidance/scenario.js';
import type { Scenario } from '../../../src/core/guidance/schema.js';
import { REPO, buildSpec } from '../../helpers/build.js';

const recipe = {
  framework: { path: 'nqpf:frameworks/nqpf-four-pillars.yaml', missing: 'drop' },
  data: { path: 'nqpf:data/china-provinces.csv', regions: 'china-provinces' },
  seed: 42,
  steps: [
    { op: 'impute', method: 'linear-time' },
    { op: 'normalize', method: 'min-max', params: { range: [0, 1], pooled: true } },
    { op: 'weight', method: 'entropy', params: { shift: 0.0001, pooled: true, scope: 'all' } },
    { op: 'aggregate', method: 'arithmetic' },
  ],
};
const build = buildSpec(recipe);
const GUIZHOU = '520000';
const last = build.results.years.at(-1)!;
const tmp = mkdtempSync(join(tmpdir(), 'nqpf-whatif-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function plan(scenario: Scenario) {
  const errors: NqpfError[] = [];
  const p = planScenario(build, scenario, '/scenarios/0', errors);
  if (errors.length > 0) throw new NqpfErrors(errors);
  return p!;
}

describe('what-if scenarios', () => {
  it('rebuild: true equals nqpf run on the data file with the same cells edited by hand, to the last bit', () => {
    const scenario: Scenario = { id: 'guizhou-rd', year: last, regions: ['贵州'], changes: { rd_intensity: { add: 0.3 }, business_rd_share: { multiply: 1.2 } }, rebuild: true };
    const p = plan(scenario);
    const result = runScenario(build, p);
    // The same cells edited in the CSV itself.
    const text = readFileSync(resolve(REPO, 'data/china-provinces.csv'), 'utf8').replace(/^\uFEFF/, '');
    const table = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
    const row = table.data.find((r) => r.region === GUIZHOU && r.year === String(last))!;
    for (const edit of p.reported) row[edit.indicator] = String(edit.after);
    expect(p.reported.map((e) => e.after)).toEqual([Number(p.reported[0].before) + 0.3, p.reported[1].before * 1.2]);
    writeFileSync(join(tmp, 'edited.csv'), Papa.unparse(table.data, { columns: table.meta.fields }));
    const edited = buildSpec({ ...recipe, data: { path: 'edited.csv', regions: 'china-provinces' } }, tmp);
    const t = edited.results.years.indexOf(last);
    const n = edited.results.regions.length;
    let compared = 0;
    for (const row of result.rows) {
      const r = edited.results.regions.findIndex((x) => x.code === row.region);
      expect(Object.is(row.scoreAfter, edited.results.scores[row.node][t * n + r])).toBe(true);
      expect(row.rankAfter).toBe(edited.results.ranks[row.node][t * n + r]);
      compared++;
    }
    expect(compared).toBe(n * build.results.framework.nodes.length);
    const index = result.rows.find((r) => r.node === 'NQPF' && r.region === GUIZHOU)!;
    expect(index.scoreAfter).toBeGreaterThan(index.scoreBefore);
  });

  it('rebuild: false with arithmetic aggregation: Δscore = Σ effective weight × Δ normalised value', () => {
    const scenario: Scenario = { id: 'held', year: last, regions: [GUIZHOU, 'Yunnan'], changes: { rd_intensity: { add: 0.3 }, business_rd_share: { to: 'best' }, fiscal_scitech_share: { set: 1.5 } }, rebuild: false };
    const p = plan(scenario);
    const result = runScenario(build, p);
    const effective = Object.fromEntries(build.results.weights.map((w) => [w.node, w.effectiveWeight]));
    const normalizeInput = build.trace[1 + 0].panel.columns; // after impute, as min-max reads it
    for (const region of [GUIZHOU, '530000']) {
      let expected = 0;
      for (const edit of p.reported.filter((e) => e.region === region)) {
        const column = Array.from(normalizeInput[edit.indicator]).filter((v) => !Number.isNaN(v));
        const span = Math.max(...column) - Math.min(...column); // pooled min-max bounds of the build, held
        expected += effective[edit.indicator] * ((edit.after - edit.before) / span);
      }
      const row = result.rows.find((r) => r.node === 'NQPF' && r.region === region)!;
      expect(row.scoreAfter - row.scoreBefore).toBeCloseTo(expected, 12);
    }
    // Regions not changed keep their scores exactly (weights and bounds held).
    const other = result.rows.find((r) => r.node === 'NQPF' && r.region === '110000')!;
    expect(other.scoreAfter).toBe(other.scoreBefore);
  });

  it('to: best, mean, median and a peer region read the same year', () => {
    const p = plan({ id: 'peer', year: last, regions: ['贵州'], changes: { rd_intensity: { to: '北京' }, business_rd_share: { to: 'median' } }, rebuild: true });
    const n = build.inputs.panel.regions.length;
    const t = build.inputs.panel.years.indexOf(last);
    const rd = build.inputs.panel.columns.rd_intensity;
    const beijing = build.inputs.panel.regions.findIndex((r) => r.code === '110000');
    expect(p.reported[0].after).toBe(rd[t * n + beijing]);
    const shares = Array.from(build.inputs.panel.columns.business_rd_share.subarray(t * n, (t + 1) * n)).filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
    const mid = shares.length >> 1;
    expect(p.reported[1].after).toBe(shares.length % 2 ? shares[mid] : (shares[mid - 1] + shares[mid]) / 2);
  });

  it('bad scenarios: unknown region, indicator and year, a negative value, each located', () => {
    const errors: NqpfError[] = [];
    planScenario(build, { id: 'bad', year: last, regions: ['Atlantis'], changes: { no_such: { add: 1 } }, rebuild: true }, '/scenarios/0', errors);
    planScenario(build, { id: 'bad2', year: 1900, regions: ['贵州'], changes: { rd_intensity: { add: 1 } }, rebuild: true }, '/scenarios/1', errors);
    planScenario(build, { id: 'bad3', year: last, regions: ['贵州'], changes: { rd_intensity: { add: -50 } }, rebuild: true }, '/scenarios/2', errors);
    expect(errors.map((e) => [e.code, e.where.pointer])).toEqual([
      ['GUIDANCE_UNKNOWN_REGION', '/scenarios/0/regions/0'],
      ['GUIDANCE_UNKNOWN_INDICATOR', '/scenarios/0/changes/no_such'],
      ['GUIDANCE_UNKNOWN_YEAR', '/scenarios/1/year'],
      ['GUIDANCE_IMPOSSIBLE_VALUE', '/scenarios/2/changes/rd_intensity'],
    ]);
    expect(errors[3].format('en')).toMatch(/add -50 makes "rd_intensity" of 520000 in \d{4} -4[\d.]+: the indicator is never negative/);
  });
});

/** Equal to 12 decimals, or both missing (regions the recipe leaves without a score). */
function expectSame(actual: number, expected: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 12);
}

describe('held mode and treated indicators', () => {
  // The main example's recipe (specs/china-provinces.yaml): skew-kurtosis treatment, pooled, before min-max.
  const treatStep = { op: 'treat', method: 'skew-kurtosis', params: { pooled: true, indicators: { pollution_control_invest_gdp: { winmax: 0 } } } };
  const treatedRecipe = { ...recipe, steps: [recipe.steps[0], treatStep, ...recipe.steps.slice(1)] };
  const treated = buildSpec(treatedRecipe);

  it('heldModel: the held treatment (caps, log constants) gives back every value normalize read, to the bit; nothing excluded', async () => {
    const { heldKinds, heldModel, heldValue } = await import('../../../src/core/guidance/rebuild.js');
    const model = heldModel(treated, '/x');
    expect(model.excluded.size).toBe(0);
    const t = model.panel.years.length - 1;
    // As the build's TREATMENT notes say: two winsorised, eight log_CT (checked against the notes, not a list typed here).
    const notes = treated.steps.flatMap((s) => s.notes).filter((n) => n.code === 'TREATMENT');
    for (const note of notes) expect(heldKinds(model, note.indicator!, t)).toBe(note.method);
    expect(notes.filter((n) => n.method === 'log_CT').length).toBeGreaterThan(0);
    expect(notes.filter((n) => n.method === 'winsorise').length).toBeGreaterThan(0);
    // Through the held chain and the held normalisation: the build's normalised values (affine map: 1e-12).
    const n = model.panel.regions.length;
    for (const note of notes) {
      const code = note.indicator!;
      const normalized = treated.trace[model.step + 1].normalized![code];
      model.input[code].forEach((x, i) => expectSame(heldValue(model, code, i, Math.floor(i / n), x), normalized[i]));
    }
  });

  it('held scenario on a log-treated and a winsorised indicator equals a full rebuild where the treatment, bounds and weights do not move', () => {
    // Equal weights, and a change small enough that min, max, the skew-kurtosis decisions and the caps stay.
    const fixedRecipe = { ...treatedRecipe, steps: treatedRecipe.steps.map((s) => (s.op === 'weight' ? { op: 'weight', method: 'equal' } : s)) };
    const fixed = buildSpec(fixedRecipe);
    const changes = { software_revenue_per_capita: { multiply: 1.05 }, basic_research_share: { multiply: 1.05 } };
    const held = runScenario(fixed, (() => {
      const errors: NqpfError[] = [];
      const p = planScenario(fixed, { id: 'h', year: last, regions: ['贵州'], changes, rebuild: false }, '/scenarios/0', errors);
      expect(errors).toEqual([]);
      return p!;
    })());
    const rebuilt = runScenario(fixed, plan({ id: 'r', year: last, regions: ['贵州'], changes, rebuild: true }));
    const moved = held.rows.filter((r) => r.region === GUIZHOU && r.scoreAfter !== r.scoreBefore);
    expect(moved.length).toBeGreaterThan(2);
    held.rows.forEach((row, k) => {
      expectSame(row.scoreAfter, rebuilt.rows[k].scoreAfter);
      expect(row.rankAfter).toBe(rebuilt.rows[k].rankAfter);
    });
  });

  it('a value outside a held log transform\'s domain is GUIDANCE_HELD_DOMAIN, located', () => {
    // log_CT: ln(x − min + 0.01 (max − min)) needs x > min − 0.01 (max − min); 0 is below that for this indicator.
    const floor = (c: string) => {
      const values = Array.from(treated.trace[1].panel.columns[c]).filter((v) => !Number.isNaN(v));
      return Math.min(...values) - 0.01 * (Math.max(...values) - Math.min(...values));
    };
    const logged = treated.steps.flatMap((s) => s.notes).filter((n) => n.code === 'LOG_TRANSFORMED').map((n) => n.indicator!);
    const code = logged.find((c) => floor(c) > 0)!;
    expect(code).toBeDefined();
    const errors: NqpfError[] = [];
    planScenario(treated, { id: 'd', year: last, regions: ['贵州'], changes: { [code]: { set: 0 } }, rebuild: false }, '/scenarios/0', errors);
    expect(errors.map((e) => [e.code, e.where.pointer])).toEqual([['GUIDANCE_HELD_DOMAIN', `/scenarios/0/changes/${code}`]]);
    expect(errors[0].format('en')).toMatch(/outside the domain of its held treatment \(log_CT/);
  });
});
