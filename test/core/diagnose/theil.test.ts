import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coefficientOfVariation, theil } from '../../../src/core/diagnose/theil.js';

describe('theil', () => {
  it('theil: METHODS H2 worked case', () => {
    const r = theil(Object.freeze([1, 2, 3, 4, 6, 2, 5, 8, 9]), Object.freeze(['A', 'A', 'A', 'B', 'B', 'C', 'C', 'C', 'C']));
    // METHODS.md H2: T 0.178893 = within 0.089160 + between 0.089732
    expect(r.theil).toBeCloseTo(0.178893, 6);
    expect(r.within).toBeCloseTo(0.08916, 6);
    expect(r.between).toBeCloseTo(0.089732, 6);
  });

  it('theil: T = within + between to 1e-12 on random data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1e4, noNaN: true }), fc.integer({ min: 0, max: 5 })), {
          minLength: 1,
          maxLength: 80,
        }),
        (rows) => {
          const y = rows.map((r) => r[0]);
          if (y.reduce((a, b) => a + b, 0) <= 0) return;
          const r = theil(y, rows.map((row) => row[1]));
          expect(Math.abs(r.theil - (r.within + r.between))).toBeLessThan(1e-12);
          expect(r.between).toBeGreaterThanOrEqual(-1e-15);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it('theil: zeros count as 0·ln 0 = 0; an all-equal sample gives 0', () => {
    expect(theil([0, 2], ['a', 'a']).theil).toBeCloseTo(Math.log(2), 15);
    expect(theil([3, 3, 3], ['a', 'b', 'a']).theil).toBe(0);
  });
});

describe('coefficientOfVariation', () => {
  it('coefficient of variation: population and sample forms', () => {
    // population SD of 2,4,4,4,5,5,7,9 is 2 (textbook example), mean 5
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9], { sample: false })).toBeCloseTo(0.4, 15);
    // R 4.2.2: print(sd(c(2,4,4,4,5,5,7,9))/5, digits = 15) = 0.427617987059879
    expect(coefficientOfVariation([2, 4, 4, 4, 5, 5, 7, 9])).toBeCloseTo(0.427617987059879, 14);
    expect(() => coefficientOfVariation([1])).toThrow(expect.objectContaining({ code: 'CV_TOO_FEW_VALUES' }));
    expect(() => coefficientOfVariation([-1, 1])).toThrow(expect.objectContaining({ code: 'CV_ZERO_MEAN' }));
  });
});
