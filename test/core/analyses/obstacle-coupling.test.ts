import { describe, expect, it } from 'vitest';
import { buildOf, tableOf } from './helpers.js';

// METHODS.md H5: z rows (0.2,0.9,0.5), (1,0.1,0), (0.6,0.6,1), w = (.5,.3,.2). Two extra regions at 0 and at 1
// make min-max [0, 1] normalisation the identity, so the build's z are exactly H5's.
const h5 = {
  nodes: [
    { code: 'I' },
    { code: 'P1', parent: 'I', weight: 0.8 },
    { code: 'P2', parent: 'I', weight: 0.2 },
    { code: 'x1', parent: 'P1', weight: 5 },
    { code: 'x2', parent: 'P1', weight: 3 },
    { code: 'x3', parent: 'P2', weight: 1 },
  ],
  regions: ['R1', 'R2', 'R3', 'R0', 'RX'],
  columns: { x1: [0.2, 1, 0.6, 0, 1], x2: [0.9, 0.1, 0.6, 0, 1], x3: [0.5, 0, 1, 0, 1] },
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 1] } }, { op: 'aggregate' }],
};

describe('obstacle through a build', () => {
  it('obstacle: METHODS H5 with effective weights (.5, .3, .2) from the tree', () => {
    const build = buildOf({ ...h5, analyses: [{ op: 'obstacle', params: { top: 2 } }] });
    const o = tableOf(build, 'obstacle', 'indicators');
    const row = (r: string) => o.filter((x) => x.region === r).map((x) => x.obstacle as number);
    // METHODS H5: O% (75.472, 5.660, 18.868), (0, 57.447, 42.553), (62.5, 37.5, 0)
    [75.472, 5.66, 18.868].forEach((v, j) => expect(row('R1')[j]).toBeCloseTo(v, 3));
    [0, 57.447, 42.553].forEach((v, j) => expect(row('R2')[j]).toBeCloseTo(v, 3));
    [62.5, 37.5, 0].forEach((v, j) => expect(row('R3')[j]).toBeCloseTo(v, 12));
    expect(row('RX')).toEqual([0, 0, 0]); // at the best value everywhere: no obstacle, not NaN
    const dims = tableOf(build, 'obstacle', 'dimensions').filter((x) => x.region === 'R1');
    expect(dims.map((d) => d.dimension)).toEqual(['P1', 'P2']);
    expect(dims[0].obstacle).toBeCloseTo(75.472 + 5.66, 3); // dimension = sum of its indicators (H5 row 1)
    const top = tableOf(build, 'obstacle', 'top').filter((x) => x.region === 'R2');
    expect(top.map((t) => [t.level, t.rank, t.node])).toEqual([['indicator', 1, 'x2'], ['indicator', 2, 'x3'], ['dimension', 1, 'P1'], ['dimension', 2, 'P2']]);
  });

  it('obstacle: normalized scores outside [0, 1] are min-max rescaled over all regions and years (rescale auto)', () => {
    const build = buildOf({ ...h5, steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate' }], analyses: [{ op: 'obstacle' }] });
    expect(tableOf(build, 'obstacle', 'indicators').filter((x) => x.region === 'R1')[0].obstacle).toBeCloseTo(75.472, 3); // same as H5
  });

  it('obstacle: without a normalize step it is a located error', () => {
    expect(() => buildOf({ ...h5, steps: [{ op: 'aggregate' }], analyses: [{ op: 'trends' }, { op: 'obstacle' }] })).toThrow(
      expect.objectContaining({ code: 'ANALYSIS_NEEDS_NORMALIZE', where: { pointer: '/analyses/1' } }),
    );
  });
});

// METHODS.md H3/H4 (hand-worked): the dimension scores are the raw values (aggregate only, one indicator each)
const ccd = {
  nodes: [{ code: 'I' }, { code: 'A', parent: 'I' }, { code: 'B', parent: 'I' }, { code: 'C', parent: 'I' }, { code: 'a', parent: 'A' }, { code: 'b', parent: 'B' }, { code: 'c', parent: 'C' }],
  regions: ['r1', 'r2'],
  columns: { a: [0.2, 0.9], b: [0.5, 0.9], c: [0.7, 0.9] },
};

describe('coupling through a build', () => {
  it('coupling classic: METHODS H4, U = (0.2, 0.5, 0.7): C 0.8831, T 0.4667, D 0.6420 (初级协调)', () => {
    const build = buildOf({ ...ccd, analyses: [{ op: 'coupling' }] });
    const [r1, r2] = tableOf(build, 'coupling');
    expect([r1.u_A, r1.u_B, r1.u_C]).toEqual([0.2, 0.5, 0.7]);
    expect(r1.c).toBeCloseTo(0.8831, 4); // H4
    expect(r1.t).toBeCloseTo(0.4667, 4); // H4
    expect(r1.d).toBeCloseTo(0.642, 4); // H4
    expect([r1.band, r1.band_zh, r1.band_en]).toEqual([7, '初级协调', 'primary coordination']);
    expect([r2.c, r2.c_corrected]).toEqual([1, 1]); // equal U: perfect coupling under both forms
  });

  it('coupling: METHODS H3, U = (0.3, 0.6) with α from the build weights: C 0.9428, T 0.45, D 0.6514', () => {
    const two = { nodes: ccd.nodes.filter((n) => !['C', 'c'].includes(n.code)), regions: ['r1'], columns: { a: [0.3], b: [0.6] } };
    const build = buildOf({ ...two, analyses: [{ op: 'coupling', params: { alpha: 'weights' } }] });
    const [r] = tableOf(build, 'coupling');
    expect([r.c, r.t, r.d].map((v) => Number((v as number).toFixed(4)))).toEqual([0.9428, 0.45, 0.6514]); // H3
    expect(r.band_zh).toBe('初级协调'); // H3
    const corrected = buildOf({ ...two, analyses: [{ op: 'coupling', method: 'corrected' }] });
    // C′ = √{[1 − |0.6 − 0.3|/1]·(0.3/0.6)^(1/1)} = √0.35 by hand from the corrected formula (METHODS)
    expect(tableOf(corrected, 'coupling')[0].c_corrected).toBeCloseTo(Math.sqrt(0.35), 14);
    expect(tableOf(corrected, 'coupling')[0].d).toBeCloseTo(Math.sqrt(Math.sqrt(0.35) * 0.45), 14);
  });

  it('coupling: α not summing to 1 is an error at /analyses/0/params/alpha', () => {
    expect(() => buildOf({ ...ccd, analyses: [{ op: 'coupling', params: { alpha: [0.5, 0.5, 0.5] } }] })).toThrow(
      expect.objectContaining({ code: 'CCD_ALPHA_INVALID', where: { pointer: '/analyses/0/params/alpha' } }),
    );
  });
});
