import { describe, expect, it } from 'vitest';
import { regularizedBeta } from '../../../src/core/stats/incomplete-beta.js';
import { regularizedGammaQ } from '../../../src/core/stats/incomplete-gamma.js';
import { logGamma } from '../../../src/core/stats/log-gamma.js';
import { normalCdf, normalUpperTail } from '../../../src/core/stats/normal-cdf.js';
import { quantileSorted } from '../../../src/core/stats/quantile-sorted.js';
import { createRandom } from '../../../src/core/stats/random.js';
import { simpleRegression } from '../../../src/core/stats/simple-regression.js';
import { studentTCdf, studentTTwoSided } from '../../../src/core/stats/student-t.js';

const rel = (a: number, b: number): number => Math.abs(a / b - 1);

describe('distribution functions', () => {
  it('normal tail: R pnorm, deep tail at full relative precision', () => {
    expect(rel(normalUpperTail(3.8), 7.2348043925120058e-5)).toBeLessThan(1e-13); // R 4.2.2: pnorm(-3.8)
    expect(rel(normalUpperTail(8), 6.2209605742717849e-16)).toBeLessThan(1e-12); // R 4.2.2: pnorm(-8)
    expect(normalUpperTail(1.959963984540054)).toBeCloseTo(0.025, 15); // header @example; R qnorm(0.975)
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 15);
  });

  it('student t: R pt', () => {
    expect(rel(studentTTwoSided(2, 10), 7.3388034770740393e-2)).toBeLessThan(1e-13); // R 4.2.2: 2 * pt(-2, 10)
    expect(rel(studentTTwoSided(-0.5, 3.5), 0.64685043932255104)).toBeLessThan(1e-13); // R 4.2.2: 2 * pt(-0.5, 3.5)
    expect(studentTCdf(0, 5)).toBe(0.5);
    expect(studentTCdf(2, 10)).toBeCloseTo(1 - 7.3388034770740393e-2 / 2, 14);
  });

  it('incomplete beta, gamma and log-gamma: R pbeta, exp, log(24)', () => {
    expect(rel(regularizedBeta(0.3, 2.5, 0.5), 0.018927124071945644)).toBeLessThan(1e-13); // R 4.2.2: pbeta(0.3, 2.5, 0.5)
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 15);
    expect(regularizedGammaQ(1, 2)).toBeCloseTo(Math.exp(-2), 15);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 14);
    expect(logGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 14);
  });

  it('quantile type 7: R quantile(1:4, 0.25) = 1.75', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantileSorted([1, 2, 3, 4], 1)).toBe(4);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('simple regression: header @example, by hand (Sxy/Sxx = 10.75/5)', () => {
    expect(simpleRegression([1, 2, 3, 4], [3, 5, 7, 9.5]).slope.estimate).toBeCloseTo(2.15, 14);
  });
});

describe('createRandom', () => {
  it('random: same (seed, streams) gives the same sequence; streams differ (header @example)', () => {
    const a = createRandom(42, 'moran', 7);
    const b = createRandom(42, 'moran', 7);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(createRandom(42, 'moran', 8).next()).not.toBe(xs[0]);
    expect(createRandom(42, '1').next()).not.toBe(createRandom(42, 1).next());
    expect(createRandom(43, 'moran', 7).next()).not.toBe(xs[0]);
  });

  it('random: uniform on [0, 1): mean, variance and integer range over 100,000 draws', () => {
    const r = createRandom(2024, 'uniformity');
    let sum = 0;
    let sumSq = 0;
    const bins = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) {
      const u = r.next();
      expect(u >= 0 && u < 1).toBe(true);
      sum += u;
      sumSq += u * u;
      bins[r.integer(10)]++;
    }
    expect(sum / 1e5).toBeCloseTo(0.5, 2);
    expect(sumSq / 1e5 - (sum / 1e5) ** 2).toBeCloseTo(1 / 12, 2);
    for (const c of bins) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it('random: seeds must be safe integers', () => {
    expect(() => createRandom(1.5)).toThrow(expect.objectContaining({ code: 'RANDOM_SEED_INVALID' }));
    expect(() => createRandom(1, 0.5)).toThrow(expect.objectContaining({ code: 'RANDOM_SEED_INVALID' }));
    expect(createRandom(-1).next()).not.toBe(createRandom(1).next());
  });
});
