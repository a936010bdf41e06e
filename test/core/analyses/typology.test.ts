import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allStrengthsWeaknesses } from '../../../src/core/analyses/typology.js';
import { strengthsWeaknesses } from '../../../src/core/diagnose/typology.js';
import { buildOf, tableOf } from './helpers.js';

// 8 regions, dimensions A and B (one indicator each), index = their mean = 1..8 in 2021; A = level ± 0.5, B = level ∓ 0.5.
// 2020 values are the 2021 values / (1 + g) with g alternating 0.3, 0.1, so each region's CAGR is g (mean 0.2).
const level = [1, 2, 3, 4, 5, 6, 7, 8];
const d = [0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5];
const g = [0.3, 0.1, 0.3, 0.1, 0.3, 0.1, 0.3, 0.1];
const a21 = level.map((l, r) => l + d[r]);
const b21 = level.map((l, r) => l - d[r]);
const spec = {
  nodes: [{ code: 'I', name: { zh: '指数', en: 'Index' } }, { code: 'A', parent: 'I', name: { zh: '甲', en: 'Alpha' } }, { code: 'B', parent: 'I', name: { zh: '乙', en: 'Beta' } }, { code: 'a', parent: 'A' }, { code: 'b', parent: 'B' }],
  regions: ['r1', 'r2', 'r3', 'r4', 'r5', 'r6', 'r7', 'r8'],
  years: [2020, 2021],
  columns: { a: [...a21.map((v, r) => v / (1 + g[r])), ...a21], b: [...b21.map((v, r) => v / (1 + g[r])), ...b21] },
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 1], pooled: true } }, { op: 'aggregate' }],
};
// Without normalisation the index is exactly 1..8; with it, an affine map of that (same bands, gaps' signs, clusters).
const raw = { ...spec, steps: [{ op: 'aggregate' }] };

describe('typology through a build', () => {
  it('typology: quantile bands, leading/lagging dimensions, level × growth quadrants and Ward clusters match R', () => {
    const build = buildOf({ ...raw, analyses: [{ op: 'typology', params: { cluster: 'ward', clusters: 2, top: 0 } }] });
    const rows = tableOf(build, 'typology', 'regions');
    // R 4.2: quantile(1:8, c(.25, .5, .75), type = 7) = 2.75, 4.5, 6.25 → bands 1,1,2,2,3,3,4,4
    expect(tableOf(build, 'typology', 'bands').map((b) => b.upper)).toEqual([2.75, 4.5, 6.25, null]);
    expect(rows.map((r) => r.band)).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
    // R 4.2: cutree(hclust(dist(cbind(A, B)), "ward.D2"), 2) = 1 1 1 1 2 2 2 2
    expect(rows.map((r) => r.cluster)).toEqual([1, 1, 1, 1, 2, 2, 2, 2]);
    rows.forEach((r, i) => expect(r.growth).toBeCloseTo(g[i], 14)); // CAGR over one year = g by construction
    expect(rows.map((r) => r.quadrant)).toEqual(['LH', 'LL', 'LH', 'LL', 'HH', 'HL', 'HH', 'HL']); // level vs 4.5, growth vs 0.2
    // gaps vs the national means (4.5 each): r1 A −3, B −4 → lagging B then A; r8 A +3, B +4 → leading B then A
    expect([rows[0].leading, rows[0].lagging, rows[7].leading]).toEqual(['', 'B;A', 'B;A']);
    // R 4.2: as.matrix(dist(cbind(A, B)))[1, ]: r2 (2), r3 (2.83), r4 (4.47) are nearest to r1
    expect(rows[0].similar).toBe('r2;r3;r4');
    expect(rows[7].type_zh).toBe('领先缓进型·乙领先');
    expect(rows[0].type_en).toBe('catching up; no leading dimension');
    expect(rows[0].profile_en).toBe(
      'Region r1: catching up; no leading dimension. Index 1.000, rank 8 of 8, low level (band 1 of 4), growing 30.0% a year. ' +
        'Leading dimensions: none; lagging: Beta, Alpha. Strengths (national top third): none; weaknesses (bottom third): b, a; top obstacles: none. Most similar: Region r2, Region r3, Region r4.',
    );
  });

  it('typology: with normalized indicators the profile lists the top obstacles; k-means is seeded and reproducible', () => {
    const analyses = [{ op: 'typology', params: { top: 1 } }];
    const one = tableOf(buildOf({ ...spec, seed: 7, analyses }), 'typology', 'regions');
    const two = tableOf(buildOf({ ...spec, seed: 7, analyses }), 'typology', 'regions');
    expect(one).toEqual(two);
    // r7 is at the best value of a (7.5, tied with r8) but not of b: b carries all its obstacle; r8 has none
    expect([one[6].obstacles, one[7].obstacles]).toEqual(['b', '']);
    expect(one[6].profile_zh).toContain('主要障碍因子：b（100.0%）');
    expect(one[7].profile_zh).toMatch(/^地区r8：领先缓进型·乙领先。指数 1\.000，居第 1 位（共 8 个），属高水平（第 4\/4 档），年均增长 [\d.]+%。.*主要障碍因子：无。/);
  });

  it('typology: an unknown year is located at /analyses/0/params/year', () => {
    expect(() => buildOf({ ...raw, analyses: [{ op: 'typology', params: { year: 1999 } }] })).toThrow(
      expect.objectContaining({ code: 'ANALYSIS_UNKNOWN_YEAR', where: { pointer: '/analyses/0/params/year' } }),
    );
  });
});

describe('allStrengthsWeaknesses', () => {
  it('allStrengthsWeaknesses: equals the kernel strengthsWeaknesses region by region on random data with ties and gaps; strengths and weaknesses never share an indicator', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(NaN)), { minLength: 4, maxLength: 4 }), { minLength: 2, maxLength: 12 }), fc.integer({ min: 0, max: 4 }), (matrix, count) => {
        const labels = ['i1', 'i2', 'i3', 'i4'];
        const batch = allStrengthsWeaknesses(labels.map((_, j) => matrix.map((row) => row[j])), labels, count);
        matrix.forEach((_, r) => {
          expect(batch[r]).toEqual(strengthsWeaknesses(matrix, labels, r, count, count));
          const strong = new Set(batch[r].strengths.map((s) => s.label));
          expect(batch[r].weaknesses.filter((w) => strong.has(w.label))).toEqual([]);
        });
      }),
      { numRuns: 200, seed: 11 },
    );
  });
});
