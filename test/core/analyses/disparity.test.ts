import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildOf, oneIndicator, tableOf } from './helpers.js';

// METHODS.md H1/H2 (hand-worked, two independent computations): groups A = {1,2,3}, B = {4,6}, C = {2,5,8,9}
const h1 = {
  nodes: oneIndicator,
  regions: ['a1', 'a2', 'a3', 'b1', 'b2', 'c1', 'c2', 'c3', 'c4'],
  groups: { zone: ['A', 'A', 'A', 'B', 'B', 'C', 'C', 'C', 'C'] },
  columns: { y: [1, 2, 3, 4, 6, 2, 5, 8, 9] },
};

describe('disparity analyses through a build', () => {
  it('disparity dagum-gini: METHODS H1 through a build: G 0.333333 = Gw 0.083333 + Gnb 0.205556 + Gt 0.044444', () => {
    const build = buildOf({ ...h1, analyses: [{ op: 'disparity', params: { groups: 'zone' } }] });
    expect(build.analyses?.[0].method).toBe('dagum-gini'); // the op's default method
    const [s] = tableOf(build, 'disparity', 'summary');
    expect(s.gini).toBeCloseTo(0.333333, 6); // METHODS H1
    expect(s.within).toBeCloseTo(0.083333, 6); // METHODS H1
    expect(s.net_between).toBeCloseTo(0.205556, 6); // METHODS H1
    expect(s.transvariation).toBeCloseTo(0.044444, 6); // METHODS H1
    expect((s.within as number) + (s.net_between as number) + (s.transvariation as number)).toBeCloseTo(s.gini as number, 14);
    expect(tableOf(build, 'disparity', 'groups').map((g) => [g.group, g.n, g.mean])).toEqual([['A', 3, 2], ['B', 2, 5], ['C', 4, 6]]);
    expect(tableOf(build, 'disparity', 'pairs').map((p) => [p.group_a, p.group_b])).toEqual([['A', 'B'], ['A', 'C'], ['B', 'C']]);
  });

  it('disparity theil: METHODS H2 through a build: T 0.178893 = within 0.089160 + between 0.089732', () => {
    const build = buildOf({ ...h1, analyses: [{ op: 'disparity', method: 'theil', params: { groups: 'zone' } }] });
    const [s] = tableOf(build, 'disparity', 'summary');
    expect(s.theil).toBeCloseTo(0.178893, 6); // METHODS H2
    expect(s.within).toBeCloseTo(0.08916, 6); // METHODS H2
    expect(s.between).toBeCloseTo(0.089732, 6); // METHODS H2
  });

  it('disparity cv: population CV of 2,4,4,4,5,5,7,9 is 0.4 (mean 5, SD 2: the textbook SD example)', () => {
    const build = buildOf({
      nodes: oneIndicator,
      regions: ['1', '2', '3', '4', '5', '6', '7', '8'],
      columns: { y: [2, 4, 4, 4, 5, 5, 7, 9] },
      analyses: [{ op: 'disparity', method: 'cv', params: { sample: false } }],
    });
    expect(tableOf(build, 'disparity')).toEqual([{ year: 2020, group: 'all', n: 8, mean: 5, sd: 2, cv: 0.4 }]);
  });

  it('disparity dagum-gini: G = Gw + Gnb + Gt to 1e-12 and every part ≥ 0 over random panels (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.double({ min: 0.01, max: 100, noNaN: true }), fc.constantFrom('e', 'c', 'w', 'n')), { minLength: 4, maxLength: 30 }), (cells) => {
        const build = buildOf({
          nodes: oneIndicator,
          regions: cells.map((_, i) => `r${i}`),
          groups: { region4: cells.map((c) => c[1]) },
          columns: { y: cells.map((c) => c[0]) },
          analyses: [{ op: 'disparity' }, { id: 'theil', op: 'disparity', method: 'theil' }],
        });
        const [d] = tableOf(build, 'disparity', 'summary');
        const parts = [d.within, d.net_between, d.transvariation] as number[];
        expect(Math.abs(parts[0] + parts[1] + parts[2] - (d.gini as number))).toBeLessThan(1e-12);
        parts.forEach((p) => expect(p).toBeGreaterThanOrEqual(-1e-15));
        const [t] = tableOf(build, 'theil', 'summary');
        expect(Math.abs((t.within as number) + (t.between as number) - (t.theil as number))).toBeLessThan(1e-12);
      }),
      { numRuns: 60, seed: 5 },
    );
  });

  it('disparity: a region without the grouping is an error located at /analyses/0/params/groups', () => {
    expect(() => buildOf({ ...h1, analyses: [{ op: 'disparity' }] })).toThrow(
      expect.objectContaining({ code: 'ANALYSIS_GROUP_MISSING', where: { pointer: '/analyses/0/params/groups' } }),
    );
  });
});
