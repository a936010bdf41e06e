import { describe, expect, it } from 'vitest';
import { jenksBreaks } from '../../../src/core/diagnose/jenks.js';
import { kMeans } from '../../../src/core/diagnose/kmeans.js';
import {
  classify,
  leadingLagging,
  levelBands,
  levelGrowthQuadrants,
  strengthsWeaknesses,
} from '../../../src/core/diagnose/typology.js';
import { wardClusters } from '../../../src/core/diagnose/ward.js';

const points = Object.freeze([
  [1, 1.2],
  [1.1, 5],
  [5.3, 4.9],
  [9, 9.5],
  [2, 2.2],
  [8.8, 5.1],
]);

describe('level bands and natural breaks', () => {
  it('level bands: quartiles by R quantile type 7 (header @example)', () => {
    // R 4.2.2: quantile(1:8, c(.25, .5, .75)) = 2.75 4.50 6.25
    expect(levelBands([1, 2, 3, 4, 5, 6, 7, 8], { classes: 4 })).toEqual({ breaks: [2.75, 4.5, 6.25], band: [0, 0, 1, 1, 2, 2, 3, 3] });
    expect(classify([1, 2, 3, 4, NaN], [2, 3])).toEqual([0, 0, 1, 2, -1]);
  });

  it('jenks: three well-separated groups split between them (header @example)', () => {
    expect(jenksBreaks([1, 2, 3, 10, 11, 12, 20, 21, 22], 3)).toEqual([3, 12]);
    expect(levelBands([22, 1, 11, 2, 20, 3, 12, 21, 10], { classes: 3, method: 'jenks' }).band).toEqual([2, 0, 1, 0, 2, 0, 1, 2, 1]);
    expect(() => jenksBreaks([1, 1, 1], 2)).toThrow(expect.objectContaining({ code: 'TYPOLOGY_BAD_CLASSES' }));
  });

  it('jenks: the optimum beats every other split (exhaustive check, 10 values, k = 3)', () => {
    const x = [0.5, 1.7, 2.2, 3.9, 4.1, 6.6, 7.2, 7.3, 9.8, 12];
    const ssd = (a: number[]): number => {
      const m = a.reduce((s, v) => s + v, 0) / a.length;
      return a.reduce((s, v) => s + (v - m) ** 2, 0);
    };
    let best = Infinity;
    let bestBreaks: number[] = [];
    for (let i = 1; i < x.length - 1; i++) {
      for (let j = i + 1; j < x.length; j++) {
        const c = ssd(x.slice(0, i)) + ssd(x.slice(i, j)) + ssd(x.slice(j));
        if (c < best - 1e-12) {
          best = c;
          bestBreaks = [x[i - 1], x[j - 1]];
        }
      }
    }
    expect(jenksBreaks(x, 3)).toEqual(bestBreaks);
  });
});

describe('clustering', () => {
  it('k-means: Lloyd iterations match R kmeans(algorithm = "Lloyd") from the same centres', () => {
    const r = kMeans(points, 3, { initialCenters: [points[0], points[2], points[3]].map((p) => p.slice()) });
    // R 4.2.2: kmeans(x, centers = x[c(1,3,4),], algorithm = "Lloyd"): cluster 1 1 2 3 1 2, tot.withinss 14.511666666666668
    expect(r.labels).toEqual([0, 0, 1, 2, 0, 1]);
    expect(r.withinSumOfSquares).toBeCloseTo(14.511666666666668, 12);
    expect(r.centers[0][0]).toBeCloseTo(1.3666666666666665, 14);
    expect(r.centers[1][0]).toBeCloseTo(7.05, 14); // R: 7.0500000000000007
    expect(r.centers[1][1]).toBeCloseTo(5, 14);
    expect(r.converged).toBe(true);
  });

  it('k-means: k-means++ seeding is reproducible from the seed (header @example)', () => {
    expect(kMeans([[0], [1], [10], [11]], 2, { seed: 1 }).labels).toEqual([0, 0, 1, 1]);
    const a = kMeans(points, 2, { seed: 99 });
    expect(kMeans(points, 2, { seed: 99 })).toEqual(a);
    expect(() => kMeans(points, 7)).toThrow(expect.objectContaining({ code: 'TYPOLOGY_BAD_CLASSES' }));
  });

  it('ward: labels and heights match R hclust(dist(x), "ward.D2") + cutree', () => {
    const r = wardClusters(points, 3);
    // R 4.2.2: cutree(h, 3) = 1 1 2 3 1 2; cutree(h, 2) = 1 1 2 2 1 2
    expect(r.labels).toEqual([0, 0, 1, 2, 0, 1]);
    expect(wardClusters(points, 2).labels).toEqual([0, 0, 1, 1, 0, 1]);
    // R 4.2.2: h$height
    const heights = [1.4142135623730951, 3.5057096285916218, 3.8384024454626084, 5.6630380539071075, 12.704461158716388];
    r.merges.forEach((m, i) => expect(m.height).toBeCloseTo(heights[i], 12));
    expect(wardClusters([[0], [1], [10], [11], [30]], 3).labels).toEqual([0, 0, 1, 1, 2]); // header @example
  });

  it('ward: 3,000 points cluster in well under the benchmark budget', () => {
    const many = Array.from({ length: 3000 }, (_, i) => [(i * 7919) % 997, (i * 104729) % 991]);
    const t0 = performance.now();
    const { labels } = wardClusters(many, 5);
    expect(new Set(labels).size).toBe(5);
    expect(performance.now() - t0).toBeLessThan(20000);
  });
});

describe('profiles', () => {
  it('leading and lagging dimensions vs the national mean (header @example)', () => {
    const r = leadingLagging([[0.8, 0.2], [0.4, 0.6]], ['tech', 'green']);
    expect(r.leading).toEqual([['tech'], ['green']]);
    expect(r.lagging).toEqual([['green'], ['tech']]);
    expect(r.mean.map((v) => +v.toFixed(12))).toEqual([0.6, 0.4]);
  });

  it('level × growth quadrants against the means (header @example)', () => {
    expect(levelGrowthQuadrants([1, 3], [0.2, 0.1]).quadrant).toEqual(['LH', 'HL']);
    expect(levelGrowthQuadrants([1, NaN], [0.2, 0.1], { levelReference: 1, growthReference: 0 }).quadrant).toEqual(['HH', null]);
  });

  it('strengths and weaknesses: national top third and bottom third, disjoint (header @example, 3 indicators)', () => {
    const v = [
      [3, 1, 2],
      [1, 2, 3],
      [2, 3, 1],
    ];
    // region 0 ranks: a 1 (position 0), b 3 (position 1), c 2 (position 0.5: neither)
    expect(strengthsWeaknesses(v, ['a', 'b', 'c'], 0, 3, 3)).toEqual({ strengths: [{ label: 'a', rank: 1 }], weaknesses: [{ label: 'b', rank: 3 }] });
  });

  /** 31 regions; region `r` gets the given rank on each indicator (values 1…31, the others filled in order). */
  function withRanks(r: number, ranks: number[]): number[][] {
    const rows = Array.from({ length: 31 }, () => new Array<number>(ranks.length).fill(0));
    ranks.forEach((rank, j) => {
      const mine = 32 - rank;
      const rest = Array.from({ length: 31 }, (_, k) => k + 1).filter((x) => x !== mine);
      for (let s = 0, k = 0; s < 31; s++) rows[s][j] = s === r ? mine : rest[k++];
    });
    return rows;
  }

  it('strengths and weaknesses: Henan-like ranks 5 … 31 on 6 indicators list the rank-31 indicator first among weaknesses, none twice', () => {
    const labels = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'];
    const v = withRanks(15, [5, 14, 18, 20, 26, 31]);
    expect(strengthsWeaknesses(v, labels, 15, 3, 3)).toEqual({
      strengths: [{ label: 'i1', rank: 5 }],
      weaknesses: [{ label: 'i6', rank: 31 }, { label: 'i5', rank: 26 }],
    });
  });

  it('strengths and weaknesses: a region first on all 6 indicators has no weaknesses', () => {
    const labels = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6'];
    const v = withRanks(0, [1, 1, 1, 1, 1, 1]);
    expect(strengthsWeaknesses(v, labels, 0, 3, 3)).toEqual({ strengths: ['i1', 'i2', 'i3'].map((label) => ({ label, rank: 1 })), weaknesses: [] });
  });

  it('strengths and weaknesses: 15 indicators split at ranks 11 and 22 of 31 (positions 1/3 and 2/3)', () => {
    const ranks = [1, 3, 5, 7, 9, 11, 12, 16, 21, 22, 24, 26, 28, 30, 31];
    const labels = ranks.map((_, j) => `i${j + 1}`);
    const sw = strengthsWeaknesses(withRanks(7, ranks), labels, 7, 15, 15);
    expect(sw.strengths.map((s) => s.rank)).toEqual([1, 3, 5, 7, 9, 11]);
    expect(sw.weaknesses.map((s) => s.rank)).toEqual([31, 30, 28, 26, 24, 22]);
    expect(strengthsWeaknesses(withRanks(7, ranks), labels, 7, 3, 3).weaknesses.map((s) => s.label)).toEqual(['i15', 'i14', 'i13']);
  });
});
