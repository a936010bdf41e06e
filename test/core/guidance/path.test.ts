import { beforeAll, describe, expect, it } from 'vitest';
import { NqpfError, prepareSolvers, run, type Framework, type Panel } from '../../../src/core/index.js';
import { buildFramework } from '../../../src/core/framework/build-framework.js';
import { planPath, runPath } from '../../../src/core/guidance/path.js';
import type { PathSpec } from '../../../src/core/guidance/schema.js';

/**
 * The hand-worked path (docs/METHODS.md, Paths): three regions, indicators a (weight 3) and b (weight 1),
 * min-max to [0, 1], arithmetic mean.
 *        a    b   norm a  norm b  score = 0.75·na + 0.25·nb   rank
 *   A   10    1   0       0       0                            3
 *   B   20    3   0.5     1       0.625                        2
 *   C   30    2   1       0.5     0.875                        1
 * A's path to rank 2 must lift its score to 0.625. Per raw unit, a gains 0.75/20 = 0.0375 at a relative cost
 * of 1/10 (0.375 score per unit of cost), b gains 0.25/2 = 0.125 at 1/1 (0.125 per unit of cost): the LP
 * spends a first, to its cap (multiply 2: +10, gain 0.375), then b for the rest: 0.25/0.125 = +2.
 * Optimum: a 10 → 20, b 1 → 3, cost 10/10 + 2/1 = 3; shares of the gain 0.375/0.625 = 0.6 and 0.4.
 */
function inputs() {
  const framework: Framework = buildFramework(
    [
      { code: 'I', name: 'Index' },
      { code: 'a', parent: 'I', weight: 3 },
      { code: 'b', parent: 'I', weight: 1 },
    ],
    'hand.yaml',
  );
  const panel: Panel = {
    regions: ['A', 'B', 'C'].map((code) => ({ code, name: { zh: code, en: code }, groups: {} })),
    years: [2023],
    columns: { a: Float64Array.from([10, 20, 30]), b: Float64Array.from([1, 3, 2]) },
    observed: { a: new Uint8Array([1, 1, 1]), b: new Uint8Array([1, 1, 1]) },
  };
  return { framework, panel };
}
const build = run({ framework: 'hand.yaml', data: 'hand.csv', steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 1] } }, { op: 'aggregate', method: 'arithmetic' }] }, inputs());

function path(spec: Omit<PathSpec, 'id' | 'cost'> & { cost?: PathSpec['cost'] }) {
  const errors: NqpfError[] = [];
  const plan = planPath(build, { id: 'p', cost: 'relative', ...spec }, '/paths/0', errors);
  return { plan, errors };
}

beforeAll(async () => {
  await prepareSolvers();
});

describe('paths to a target', () => {
  it('the hand-worked three-region LP: a to its cap, then b; cost 3', () => {
    expect(Array.from(build.results.scores.I)).toEqual([0, 0.625, 0.875]);
    const { plan } = path({ region: 'A', target: { rank: 2 }, limits: { default: { multiply: 2 }, b: { add: 3 } } });
    expect(plan!.linear).toBe(true);
    expect(plan!.levers.map((l) => [l.indicator, l.gain, l.cap, l.cost])).toEqual([
      ['a', 0.0375, 10, 0.1],
      ['b', 0.125, 3, 1],
    ]);
    const result = runPath(build, plan!);
    expect(result.solver).toBe('lp');
    expect(result.moves.map((m) => m.indicator)).toEqual(['a', 'b']);
    expect(result.moves[0].proposed).toBeCloseTo(20, 9);
    expect(result.moves[1].proposed).toBeCloseTo(3, 5);
    expect(result.moves[0].shareOfGain).toBeCloseTo(0.6, 5);
    expect(result.cost).toBeCloseTo(3, 5);
    // The full rebuild moves the bounds (A was the minimum of a and becomes the maximum of b): a [20, 20, 30] →
    // 0, 0, 1; b [3 + ε, 3, 2] → 1, 1 − ε′, 0; A 0.25 edges out B 0.25 − ε″ and ranks 2nd.
    expect(result.reached).toBe(true);
    expect(result.rankAfter).toBe(2);
    expect(result.outcome.filter((r) => r.region === 'A').every((r) => r.targetReached === true)).toBe(true);
    expect(result.outcome.filter((r) => r.region !== 'A').every((r) => r.targetReached === null)).toBe(true);
  });

  it('a path the held model reaches but the full rebuild does not is reported as not reached', () => {
    // a may rise by half (+5, gain 0.1875), so b must give 0.4375: +3.5 → 4.5. The rebuild moves both bounds:
    // a [15, 20, 30] → 0, 1/3, 1; b [4.5, 3, 2] → 1, 0.4, 0; A 0.25 < B 0.25 + 0.1 = 0.35: still 3rd.
    const { plan } = path({ region: 'A', target: { rank: 2 }, limits: { default: { multiply: 1.5 }, b: { add: 4 } } });
    const result = runPath(build, plan!);
    expect(result.moves[1].proposed).toBeCloseTo(4.5, 5);
    expect(result.scoreAfter).toBeCloseTo(0.25, 6);
    expect(result.reached).toBe(false);
    expect(result.rankAfter).toBe(3);
  });

  it('out of reach: PATH_INFEASIBLE names the best rank reachable and the binding limits', () => {
    const { plan } = path({ region: 'A', target: { rank: 2 }, limits: { default: { multiply: 2 }, b: { add: 1 } } });
    expect(() => runPath(build, plan!)).toThrowError(NqpfError);
    try {
      runPath(build, plan!);
    } catch (e) {
      expect((e as NqpfError).format('en')).toBe('/paths/0/limits: path "p": rank 2 is out of reach within the limits; best reachable rank 3 (score 0.5); binding limits: a (multiply 2), b (add 1)');
    }
  });

  it('a target already met, an unknown region, node or limit: located errors', () => {
    expect(path({ region: 'B', target: { rank: 2 } }).errors.map((e) => e.format('en'))).toEqual(['/paths/0/target: path "p": B already meets rank 2 in 2023 (I rank 2, score 0.625)']);
    const { errors } = path({ region: 'Z', target: { node: 'X', rank: 1 }, limits: { c: { add: 1 } } });
    expect(errors.map((e) => [e.code, e.where.pointer])).toEqual([
      ['GUIDANCE_UNKNOWN_REGION', '/paths/0/region'],
      ['GUIDANCE_UNKNOWN_NODE', '/paths/0/target/node'],
      ['GUIDANCE_UNKNOWN_INDICATOR', '/paths/0/limits/c'],
    ]);
  });

  it('a score target and the search for a non-linear aggregation (geometric) both reach it', () => {
    const linear = runPath(build, path({ region: 'A', target: { score: 0.5 }, limits: { default: { multiply: 3 } } }).plan!);
    // Held LP: a alone, 0.5 / 0.0375 = 13.33 ≤ cap 20 → a 23.33. The rebuild moves a's minimum to B's 20 (A was the
    // minimum), so A scores 0.75·(23.33 − 20)/10 = 0.25: short. Refinement re-solves from the rebuilt build with
    // what is left of the limit and lands where the rebuild agrees: 0.75·(a − 20)/10 = 0.5 → a = 26.67, reached.
    expect(linear.moves.map((m) => m.indicator)).toEqual(['a']);
    expect(linear.moves[0].proposed).toBeCloseTo(20 + 20 / 3, 5);
    expect(linear.reached).toBe(true);
    expect(linear.scoreAfter).toBeCloseTo(0.5, 5);
    const geometricInputs = inputs();
    geometricInputs.panel.columns.a = Float64Array.from([12, 20, 30]);
    geometricInputs.panel.columns.b = Float64Array.from([1.5, 3, 2]);
    const geo = run({ framework: 'hand.yaml', data: 'hand.csv', steps: [{ op: 'normalize', method: 'min-max', params: { range: [1, 2] } }, { op: 'aggregate', method: 'geometric' }] }, geometricInputs);
    const errors: NqpfError[] = [];
    const plan = planPath(geo, { id: 'g', region: 'A', target: { rank: 2 }, limits: { default: { multiply: 2 } }, cost: 'relative' }, '/paths/0', errors);
    expect(errors).toEqual([]);
    expect(plan!.linear).toBe(false);
    const result = runPath(geo, plan!);
    expect(result.solver).toBe('search');
    expect(result.reached).toBe(true);
    expect(result.rankAfter).toBeLessThanOrEqual(2);
  });
});

describe('the closed-form LP (web app, no HiGHS)', () => {
  it('fractionalKnapsack equals HiGHS on random single-row programs', async () => {
    const { fractionalKnapsack } = await import('../../../src/core/guidance/path.js');
    const { solveLinearProgram } = await import('../../../src/core/stats/linear-program.js');
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let trial = 0; trial < 50; trial++) {
      const levers = Array.from({ length: 1 + Math.floor(random() * 6) }, (_, j) => ({ indicator: `x${j}`, current: 1, sign: 1 as const, gain: 0.01 + random(), cap: random() < 0.2 ? Infinity : random() * 2, cost: 0.1 + random(), limit: '' }));
      const need = random() * 2;
      const closed = fractionalKnapsack(levers, need);
      const lp = solveLinearProgram({ sense: 'minimize', objective: levers.map((l) => l.cost), rows: [levers.map((l) => l.gain)], rowLower: [need], rowUpper: [Infinity], columnLower: levers.map(() => 0), columnUpper: levers.map((l) => l.cap) }, { step: 't', pointer: '' });
      if (!closed) {
        expect(lp.status).toBe('infeasible');
        continue;
      }
      expect(lp.status).toBe('optimal');
      expect(levers.reduce((s, l, j) => s + l.cost * closed[j], 0)).toBeCloseTo(lp.objective, 6);
    }
  });
});
