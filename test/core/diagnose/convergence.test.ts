import { describe, expect, it } from 'vitest';
import { betaConvergence, sigmaConvergence } from '../../../src/core/diagnose/convergence.js';

// 5 regions × 4 years, rows = regions (transposed to the year-major panel layout below)
const byRegion = [
  [10, 11, 12.5, 13],
  [12, 13, 13.4, 14.5],
  [15, 15.5, 16, 16.2],
  [9, 10, 11.2, 12.5],
  [20, 21, 21.5, 22],
];
const years = [2001, 2002, 2003, 2004];
const panel = Object.freeze(years.flatMap((_, t) => byRegion.map((row) => row[t])));

describe('betaConvergence', () => {
  it('beta convergence: exactly linear case (header @example)', () => {
    const x = [1, 4, Math.E, Math.E * 2, Math.E ** 1.5, Math.E ** 1.5 * Math.SQRT2];
    const r = betaConvergence(x, 2, [2000, 2001, 2002]);
    expect(r.slope.estimate).toBeCloseTo(-0.5, 12);
    expect(r.intercept?.estimate).toBeCloseTo(1, 12);
    expect(r.rSquared).toBeCloseTo(1, 12);
    expect(r.speed).toBeCloseTo(Math.LN2, 12);
    expect(r.halfLife).toBeCloseTo(1, 12);
  });

  it('beta convergence: annual pooled OLS matches R lm()', () => {
    const r = betaConvergence(panel, 5, years);
    // R 4.2.2: summary(lm(g ~ l)), g = log(x[,2:4]/x[,1:3]), l = log(x[,1:3])
    expect(r.slope.estimate).toBeCloseTo(-0.11318728689567098, 13);
    expect(r.slope.standardError).toBeCloseTo(0.024116077331340875, 13);
    expect(r.slope.t).toBeCloseTo(-4.6934368861296756, 11);
    expect(r.slope.p / 4.201685946750817e-4).toBeCloseTo(1, 9);
    expect(r.intercept?.estimate).toBeCloseTo(0.35866062568411106, 13);
    expect(r.intercept?.standardError).toBeCloseTo(0.063217856880484077, 13);
    expect((r.intercept?.p ?? 0) / 7.624678501914004e-5).toBeCloseTo(1, 9);
    expect(r.rSquared).toBeCloseTo(0.62887204014147369, 13);
    expect(r.degreesOfFreedom).toBe(13);
    expect(r.speed).toBeCloseTo(-Math.log(1 - 0.11318728689567098), 12);
  });

  it('beta convergence: whole-span form matches R lm(log(x_T/x_0) ~ log(x_0))', () => {
    const r = betaConvergence(panel, 5, years, { form: 'span' });
    // R 4.2.2: summary(lm(log(x[,4]/x[,1]) ~ log(x[,1])))
    expect(r.slope.estimate).toBeCloseTo(-0.30706780121716287, 13);
    expect(r.slope.standardError).toBeCloseTo(0.076460408037599875, 13);
    expect(r.slope.p / 0.027716530506989287).toBeCloseTo(1, 9);
    expect(r.rSquared).toBeCloseTo(0.84316636979965043, 13);
    expect(r.horizon).toBe(3);
    expect(r.speed).toBeCloseTo(-Math.log(1 - 0.30706780121716287) / 3, 12);
  });

  it('beta convergence: conditional β (region fixed effects) matches R lm(g ~ l + factor(region))', () => {
    const r = betaConvergence(panel, 5, years, { fixedEffects: true });
    // R 4.2.2: summary(lm(g ~ l + reg))$coefficients["l", ]; within R² from lm(demeaned g ~ demeaned l - 1)
    expect(r.slope.estimate).toBeCloseTo(-0.149456746581273975, 12);
    expect(r.slope.standardError).toBeCloseTo(0.096113275655570124, 12);
    expect(r.slope.t).toBeCloseTo(-1.555006273190236321, 10);
    expect(r.slope.p).toBeCloseTo(0.15436657945668722, 10);
    expect(r.rSquared).toBeCloseTo(0.21177396073513621, 12);
    expect(r.intercept).toBeNull();
    expect(r.degreesOfFreedom).toBe(9);
  });

  it('beta convergence: errors', () => {
    expect(() => betaConvergence([1, 0, 2, 3], 2, [1, 2])).toThrow(expect.objectContaining({ code: 'CONVERGENCE_NONPOSITIVE' }));
    expect(() => betaConvergence(panel, 5, years, { form: 'span', fixedEffects: true })).toThrow(expect.objectContaining({ code: 'CONVERGENCE_FE_NEEDS_PANEL' }));
    expect(() => betaConvergence([1, 2, 3], 2, [1, 2])).toThrow(expect.objectContaining({ code: 'CONVERGENCE_SHAPE' }));
    expect(() => betaConvergence([1, 2, 2, 3], 2, [1, 2])).toThrow(expect.objectContaining({ code: 'CONVERGENCE_TOO_FEW' }));
  });
});

describe('sigmaConvergence', () => {
  it('sigma convergence: SD and CV by year (header @example, R sd())', () => {
    expect(sigmaConvergence([1, 3, 2, 2], 2, [2020, 2021]).sd).toEqual([Math.SQRT2, 0]);
    const s = sigmaConvergence(panel, 5, years);
    // R 4.2.2: sd(c(10, 12, 15, 9, 20)) = 4.4384682042344297
    expect(s.sd[0]).toBeCloseTo(4.4384682042344297, 13);
    expect(s.cv[0]).toBeCloseTo(4.4384682042344297 / 13.2, 13);
    expect(sigmaConvergence([1, NaN, 5, 5], 2, [1, 2]).sd).toEqual([null, 0]);
  });
});
