import { describe, expect, it } from 'vitest';
import { bandwidthNrd, bandwidthNrd0 } from '../../../src/core/diagnose/bandwidth.js';
import { kernelDensity } from '../../../src/core/diagnose/kernel-density.js';

const sample = Object.freeze([1, 2, 3, 4, 10]);

describe('bandwidth rules', () => {
  it('bandwidth: R bw.nrd0 and bw.nrd on c(1, 2, 3, 4, 10)', () => {
    expect(bandwidthNrd0(sample)).toBeCloseTo(0.97358462285063574, 14); // R 4.2.2: bw.nrd0(c(1,2,3,4,10))
    expect(bandwidthNrd(sample)).toBeCloseTo(1.14666633357963765, 14); // R 4.2.2: bw.nrd(c(1,2,3,4,10))
  });

  it("bandwidth: R bw.nrd0's fallbacks when sd or IQR is 0", () => {
    expect(bandwidthNrd0([5, 5, 5])).toBeCloseTo(3.61233702792103806, 14); // R 4.2.2: bw.nrd0(c(5,5,5)) uses |x1|
    expect(bandwidthNrd0([0, 0, 0])).toBeCloseTo(0.72246740558420763, 14); // R 4.2.2: bw.nrd0(c(0,0,0)) uses 1
    expect(bandwidthNrd0([1, 1, 1, 1, 9])).toBeCloseTo(2.3337454992375779, 14); // R 4.2.2: IQR 0 → sd
    expect(() => bandwidthNrd([1, 1, 1, 1, 9])).toThrow(expect.objectContaining({ code: 'KDE_ZERO_BANDWIDTH' }));
    expect(() => bandwidthNrd0([1])).toThrow(expect.objectContaining({ code: 'KDE_TOO_FEW_VALUES' }));
  });
});

describe('kernelDensity', () => {
  it("kernel density: R density()'s grid for c(1, 2, 3, 4, 10)", () => {
    const d = kernelDensity(sample);
    // R 4.2.2: d <- density(c(1,2,3,4,10)); d$bw, d$x[1], d$x[512]
    expect(d.x.length).toBe(512);
    expect(d.x[0]).toBeCloseTo(-1.9207538685519072, 13);
    expect(d.x[511]).toBeCloseTo(12.920753868551907, 13);
    expect([d.bandwidth, d.x[0], d.x.length]).toEqual([d.bandwidth, d.x[0], 512]); // header @example
  });

  it('kernel density: Gaussian values by hand, and within 5e-3 of R density() (binned FFT)', () => {
    const d = kernelDensity(sample);
    const h = d.bandwidth;
    const byHand = (x: number): number =>
      sample.reduce((s, xi) => s + Math.exp(-(((x - xi) / h) ** 2) / 2) / Math.sqrt(2 * Math.PI) / h, 0) / 5;
    for (const g of [0, 99, 199, 299, 511]) expect(d.y[g]).toBeCloseTo(byHand(d.x[g]), 15);
    // R 4.2.2 density(c(1,2,3,4,10)): d$y[100] = 0.13763378784473071, d$y[200] = 0.15104347745563312,
    // d$y[300] = 0.0018518166695362835 (R indices are 1-based)
    expect(d.y[99] / 0.13763378784473071).toBeCloseTo(1, 2);
    expect(d.y[199] / 0.15104347745563312).toBeCloseTo(1, 2);
    expect(d.y[299]).toBeCloseTo(0.0018518166695362835, 4); // tail: absolute, R bins
  });

  it('kernel density: Epanechnikov with R scaling (support ±√5·bw) integrates to 1', () => {
    const d = kernelDensity(sample, { kernel: 'epanechnikov' });
    // R 4.2.2 density(c(1,2,3,4,10), kernel = "epanechnikov"): y[200] = 0.14552964166716331, y[300] = 0
    expect(d.y[199] / 0.14552964166716331).toBeCloseTo(1, 2);
    expect(d.y[299]).toBe(0);
    const step = d.x[1] - d.x[0];
    expect(d.y.reduce((a, b) => a + b, 0) * step).toBeCloseTo(1, 3);
    // single point by hand: at x = 2 the kernel of x_i = 2 gives 3/(4a), a = √5·h
    const one = kernelDensity([2, 2], { kernel: 'epanechnikov', bandwidth: 1, points: 3, cut: 0 });
    expect(one.y).toEqual([0.75 / Math.sqrt(5), 0.75 / Math.sqrt(5), 0.75 / Math.sqrt(5)]);
  });

  it('kernel density: bad input', () => {
    expect(() => kernelDensity([1, 2], { bandwidth: 0 })).toThrow(expect.objectContaining({ code: 'KDE_ZERO_BANDWIDTH' }));
    expect(() => kernelDensity([1, NaN])).toThrow(expect.objectContaining({ code: 'KDE_BAD_VALUE' }));
    expect(() => kernelDensity([1, 2], { points: 1 })).toThrow(expect.objectContaining({ code: 'KDE_BAD_GRID' }));
  });
});
