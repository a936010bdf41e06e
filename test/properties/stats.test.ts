// The fast statistics kernels against their definitions, on random inputs: ranks with ties (R rank "min") and
// type-7 quantiles (R quantile(type = 7)), whose fast paths (merged insertion-sorted runs; sampled brackets plus
// selection) must give exactly what the plain formulas give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantilesBySelection } from '../../src/core/stats/quantile-select.js';
import { rankMin } from '../../src/core/stats/rank-min.js';

/** R rank(ties.method = "min"): 1 + the number of present values strictly better; NaN stays NaN. */
function naiveRank(x: number[], descending: boolean): number[] {
  return x.map((v) => (Number.isNaN(v) ? NaN : 1 + x.filter((w) => !Number.isNaN(w) && (descending ? w > v : w < v)).length));
}

/** R quantile(type = 7) from a full sort: h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]). */
function naiveQuantile(x: Float64Array, p: number): number {
  const sorted = Float64Array.from(x).sort();
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  return lo + 1 < sorted.length ? sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]) : sorted[lo];
}

// Few distinct values (many ties) and NaNs, or spread doubles.
const value = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN));

describe('statistics kernels: fast paths equal the definitions', () => {
  it('rankMin: equals 1 + #better for columns of 0–400 values with ties and NaN, both directions', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 400 }), fc.boolean(), (x, descending) => {
        expect(Array.from(rankMin(x, descending))).toEqual(naiveRank(x, descending));
      }),
      { numRuns: 300 },
    );
  });

  it('quantilesBySelection: equals the sorted type-7 quantile, small inputs and the sampled path (≥ 4,096 values)', () => {
    const sizes = fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 4096, max: 12000 }));
    fc.assert(
      fc.property(sizes, fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.integer({ min: 1, max: 50 }), fc.uniqueArray(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 5 }), (n, seed, distinct, raw) => {
        let s = seed;
        const next = () => ((s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32);
        // Half the cases: few distinct values (ties at the order statistics); else spread values.
        const x = Float64Array.from({ length: n }, () => (distinct < 25 ? Math.floor(next() * distinct) : next() * 1000 - 500));
        const ps = [...raw].sort((a, b) => a - b);
        expect(quantilesBySelection(Float64Array.from(x), ps)).toEqual(ps.map((p) => naiveQuantile(x, p)));
      }),
      { numRuns: 150 },
    );
  });
});
