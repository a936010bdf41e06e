import { describe, expect, it } from 'vitest';
import { compoundAnnualGrowth, meansByYear, yearOnYearGrowth } from '../../../src/core/diagnose/trends.js';

describe('trends', () => {
  it('CAGR over the first and last observed years (header @example)', () => {
    expect(compoundAnnualGrowth([100, NaN, 121], [2020, 2021, 2022])).toBeCloseTo(0.1, 15);
    expect(compoundAnnualGrowth([NaN, 50, 50], [1, 2, 3])).toBe(0);
    expect(compoundAnnualGrowth([NaN, 50, NaN], [1, 2, 3])).toBeNull();
    expect(() => compoundAnnualGrowth([0, 1], [1, 2])).toThrow(expect.objectContaining({ code: 'TRENDS_NONPOSITIVE' }));
  });

  it('year-on-year growth with nulls for gaps and zero bases (header @example)', () => {
    const g = yearOnYearGrowth([100, 110, 99]);
    expect(g[0]).toBeNull();
    expect(g[1]).toBeCloseTo(0.1, 15);
    expect(g[2]).toBeCloseTo(-0.1, 15);
    expect(yearOnYearGrowth([0, 1, NaN, 2])).toEqual([null, null, null, null]);
  });

  it('national and group means by year (header @example)', () => {
    expect(meansByYear([1, 3, 5, 7], ['e', 'w'], 2).national).toEqual([2, 6]);
    const r = meansByYear([1, 2, 3, NaN, 5, 6], ['e', 'e', 'w'], 2);
    expect(r).toEqual({ national: [2, 5.5], groups: ['e', 'w'], byGroup: [[1.5, 5], [3, 6]] });
  });
});
