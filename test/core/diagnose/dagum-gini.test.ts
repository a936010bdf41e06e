import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dagumGini } from '../../../src/core/diagnose/dagum-gini.js';

const values = Object.freeze([1, 2, 3, 4, 6, 2, 5, 8, 9]);
const groups = Object.freeze(['A', 'A', 'A', 'B', 'B', 'C', 'C', 'C', 'C']);

// Brute-force O(n²) Gini, straight from the definition, as an independent check.
function naiveGini(y: number[]): number {
  const m = y.reduce((a, b) => a + b, 0) / y.length;
  let s = 0;
  for (const a of y) for (const b of y) s += Math.abs(a - b);
  return s / (2 * y.length * y.length * m);
}

describe('dagumGini', () => {
  it('dagum gini: METHODS H1 worked case', () => {
    const r = dagumGini(values, groups);
    // METHODS.md H1: G 0.333333 = G_w 0.083333 + G_nb 0.205556 + G_t 0.044444
    expect(r.gini).toBeCloseTo(0.333333, 6);
    expect(r.within).toBeCloseTo(0.083333, 6);
    expect(r.netBetween).toBeCloseTo(0.205556, 6);
    expect(r.transvariation).toBeCloseTo(0.044444, 6);
    expect(r.groups).toEqual(['C', 'B', 'A']); // sorted by mean: 6, 5, 2
    expect([r.gini, r.within, r.netBetween, r.transvariation].map((v) => +v.toFixed(6))).toEqual([
      0.333333, 0.083333, 0.205556, 0.044444,
    ]);
  });

  it('dagum gini: G = G_w + G_nb + G_t to 1e-12, G_nb ≥ 0, G_t ≥ 0, G equals the brute-force Gini', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1000, noNaN: true }), fc.integer({ min: 0, max: 4 })), {
          minLength: 2,
          maxLength: 60,
        }),
        (rows) => {
          const y = rows.map((r) => r[0]);
          if (y.reduce((a, b) => a + b, 0) <= 0) return;
          const r = dagumGini(y, rows.map((row) => `g${row[1]}`));
          expect(Math.abs(r.gini - (r.within + r.netBetween + r.transvariation))).toBeLessThan(1e-12);
          expect(r.netBetween).toBeGreaterThanOrEqual(0);
          expect(r.transvariation).toBeGreaterThanOrEqual(-1e-15);
          expect(Math.abs(r.gini - naiveGini(y))).toBeLessThan(1e-12);
        },
      ),
      { seed: 20240501, numRuns: 300 },
    );
  });

  it('dagum gini: a single group is all within; bad values are errors', () => {
    const r = dagumGini([1, 2, 3], ['x', 'x', 'x']);
    expect(r.within).toBeCloseTo(r.gini, 15);
    expect(r.netBetween + r.transvariation).toBe(0);
    expect(() => dagumGini([1, -2], ['a', 'b'])).toThrow(expect.objectContaining({ code: 'INEQUALITY_BAD_VALUE' }));
    expect(() => dagumGini([0, 0], ['a', 'b'])).toThrow(expect.objectContaining({ code: 'INEQUALITY_ZERO_MEAN' }));
    expect(() => dagumGini([1], ['a', 'b'])).toThrow(expect.objectContaining({ code: 'INEQUALITY_SHAPE' }));
  });

  it('dagum gini: 2,850 units run well under a second', () => {
    const y = Array.from({ length: 2850 }, (_, i) => ((i * 7919) % 1000) + 1);
    const g = y.map((_, i) => `p${i % 31}`);
    const t0 = performance.now();
    const r = dagumGini(y, g);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(Math.abs(r.gini - (r.within + r.netBetween + r.transvariation))).toBeLessThan(1e-12);
  });
});
