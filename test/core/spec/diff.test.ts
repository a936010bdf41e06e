import { describe, expect, it } from 'vitest';
import { diffResults, diffSpecs, isNqpfError, resolveSpec, type Results } from '../../../src/core/index.js';
import { buildSpec, readCsvObjects } from '../../helpers/build.js';

const base = {
  framework: 'f.yaml',
  data: 'd.csv',
  seed: 42,
  steps: [
    { op: 'normalize', method: 'min-max', params: { range: [0, 100] } },
    { op: 'weight', method: 'entropy', params: { shift: 0.0001 } },
    { op: 'aggregate', method: 'arithmetic' },
  ],
};
const spec = (patch: Record<string, unknown> = {}) => resolveSpec(Object.freeze({ ...base, ...patch }));

describe('diffSpecs', () => {
  it('diffSpecs: the same spec has no changes', () => {
    expect(diffSpecs(spec(), spec())).toEqual([]);
  });

  it('diffSpecs: a changed parameter is named by step id and JSON Pointer, arrays compared whole', () => {
    const b = spec({ steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 1] } }, { op: 'weight', method: 'entropy', params: { shift: 0.01 } }, { op: 'aggregate', method: 'arithmetic' }] });
    expect(diffSpecs(spec(), b)).toEqual([
      { area: 'steps', id: 'normalize', pointer: '/params/range', kind: 'changed', before: [0, 100], after: [0, 1] },
      { area: 'steps', id: 'weight', pointer: '/params/shift', kind: 'changed', before: 0.0001, after: 0.01 },
    ]);
  });

  it('diffSpecs: a changed method, the seed and the name are reported; defaults count as values', () => {
    const b = spec({ seed: 7, name: 'B', steps: [base.steps[0], { op: 'weight', method: 'equal' }, base.steps[2]] });
    const changes = diffSpecs(spec(), b);
    expect(changes.filter((c) => c.area === 'spec')).toEqual([
      { area: 'spec', id: null, pointer: '/name', kind: 'added', before: undefined, after: 'B' },
      { area: 'spec', id: null, pointer: '/seed', kind: 'changed', before: 42, after: 7 },
    ]);
    expect(changes.find((c) => c.pointer === '/method')).toEqual({ area: 'steps', id: 'weight', pointer: '/method', kind: 'changed', before: 'entropy', after: 'equal' });
    // entropy's resolved params (shift, pooled, …) are gone under equal weights: each is a removal.
    expect(changes.filter((c) => c.id === 'weight' && c.kind === 'removed').map((c) => c.pointer)).toContain('/params/shift');
  });

  it('diffSpecs: an inserted step is added without moving the others; a reordered step is moved', () => {
    const inserted = spec({ steps: [{ op: 'impute', method: 'mean' }, ...base.steps] });
    expect(diffSpecs(spec(), inserted)).toEqual([{ area: 'steps', id: 'impute', pointer: '', kind: 'added', after: { id: 'impute', op: 'impute', method: 'mean', params: {} } }]);
    const reordered = spec({ steps: [base.steps[1], base.steps[0], base.steps[2]] });
    expect(diffSpecs(spec(), reordered).map((c) => [c.id, c.kind, c.before, c.after])).toEqual([
      ['weight', 'moved', 1, 0],
      ['normalize', 'moved', 0, 1],
    ]);
    expect(diffSpecs(inserted, spec()).map((c) => [c.id, c.kind])).toEqual([['impute', 'removed']]);
  });

  it('diffSpecs: pointer segments escape ~ and / (RFC 6901)', () => {
    const step = (value: number) => ({ id: 's', op: 'weight', method: 'fixed', params: { 'a/b~c': value } });
    const a = { ...spec(), steps: [step(1)] };
    const b = { ...spec(), steps: [step(2)] };
    expect(diffSpecs(a, b).map((c) => c.pointer)).toEqual(['/params/a~1b~0c']);
  });
});

/** A hand-made results object: one year, three regions, an index over two indicators. */
function results(ranks: number[], regions = ['A', 'B', 'C'], years = [2020]): Results {
  const nodes = [
    { code: 'x', name: { zh: 'x', en: 'x' }, level: 1, parent: 'I', direction: 1 as const, weight: 1 },
    { code: 'I', name: { zh: '指数', en: 'Index' }, level: 2, parent: null, direction: 1 as const, weight: 1 },
  ];
  return {
    framework: { nodes },
    regions: regions.map((code) => ({ code, name: { zh: code, en: code }, groups: {} })),
    years,
    scores: { I: Float64Array.from(ranks, (r) => 10 - r), x: Float64Array.from(ranks, (r) => 10 - r) },
    ranks: { I: Float64Array.from(ranks), x: Float64Array.from(ranks) },
    weights: [],
  };
}

describe('diffResults', () => {
  it('diffResults: change = rank A − rank B; mean and largest absolute change; movers by |change| then code', () => {
    const d = diffResults(results([1, 2, 3]), results([3, 1, 2]));
    expect(d.year).toBe(2020);
    expect(d.index).toBe('I');
    expect(d.nodes.map((n) => n.node)).toEqual(['I', 'x']);
    expect(d.nodes[0].regions.map((r) => r.change)).toEqual([-2, 1, 1]);
    expect(d.nodes[0].changed).toBe(3);
    expect(d.nodes[0].meanAbsChange).toBeCloseTo(4 / 3, 12);
    expect(d.nodes[0].maxAbsChange).toBe(2);
    expect(d.topMovers.map((m) => [m.region, m.change])).toEqual([['A', -2], ['B', 1], ['C', 1]]);
  });

  it('diffResults: regions in one build only are listed, not compared; a missing rank is NaN and left out', () => {
    const d = diffResults(results([1, 2, Number.NaN]), results([1, 2, 3], ['B', 'C', 'D']));
    expect(d.regionsOnlyInA).toEqual(['A']);
    expect(d.regionsOnlyInB).toEqual(['D']);
    expect(d.nodes[0].regions.map((r) => r.region)).toEqual(['B', 'C']);
    expect(d.nodes[0].regions[1].change).toBeNaN();
    expect(d.nodes[0].meanAbsChange).toBe(1);
  });

  it('diffResults: builds without a common year are DIFF_NO_COMMON_YEAR', () => {
    try {
      diffResults(results([1, 2, 3], undefined, [2019]), results([1, 2, 3]));
      expect.unreachable();
    } catch (error) {
      expect(isNqpfError(error) && error.code).toBe('DIFF_NO_COMMON_YEAR');
    }
  });

  it('diffResults: ASEM min-max vs z-score index rank changes equal COINr 1.1.14 rank differences', () => {
    const framework = { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' };
    const data = { format: 'coinr', path: 'data/coinr-asem/iData.csv' };
    const a = buildSpec({ framework, data, steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate', method: 'arithmetic' }] });
    const b = buildSpec({ framework, data, steps: [{ op: 'normalize', method: 'z-score', params: { mean: 0, sd: 1 } }, { op: 'aggregate', method: 'arithmetic' }] });
    const d = diffResults(a.results, b.results);
    // Oracle: test/reference/coinr/{minmax,zscore}-arith.csv (COINr 1.1.14, make-reference.R): rank A − rank B.
    const rankIn = (file: string) => new Map(readCsvObjects(`test/reference/coinr/${file}.csv`).filter((r) => r.iCode === 'Index').map((r) => [r.uCode, Number(r.rank)]));
    const minmax = rankIn('minmax-arith');
    const zscore = rankIn('zscore-arith');
    const index = d.nodes.find((n) => n.node === 'Index')!;
    expect(index.regions).toHaveLength(51);
    for (const r of index.regions) expect(r.change, r.region).toBe(minmax.get(r.region)! - zscore.get(r.region)!);
    expect(d.topMovers[0].change).not.toBe(0);
    expect(Math.abs(d.topMovers[0].change)).toBe(Math.max(...index.regions.map((r) => Math.abs(r.change))));
  });
});
