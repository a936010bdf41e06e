import { describe, expect, it } from 'vitest';
import { designRow, factorValue, runDraw } from '../../../src/core/uncertainty/design.js';

const plan = { rows: 4, runsPerRow: 5, seed: 9, factors: [0, 1, 2].map(() => ({ values: null, uniform: [0, 1] as const })) } as never;

describe('design', () => {
  it('factorValue: a list of m values maps u to m equal-width bins (COINr get_sensitivity)', () => {
    const values = ['a', 'b', 'c'];
    expect([0, 0.333, 0.334, 0.999].map((u) => factorValue({ values, uniform: null }, u))).toEqual(['a', 'a', 'b', 'c']);
    expect(factorValue({ values: null, uniform: [-0.25, 0.25] }, 0.75)).toBe(0.125);
  });

  it('runDraw: runs of a row are A, B, then A with column i from B (Saltelli 2010)', () => {
    const a = designRow(9, 'A', 2, 3);
    const b = designRow(9, 'B', 2, 3);
    expect(Array.from(runDraw(plan, 10).uniforms)).toEqual(Array.from(a));
    expect(Array.from(runDraw(plan, 11).uniforms)).toEqual(Array.from(b));
    expect(Array.from(runDraw(plan, 13).uniforms)).toEqual([a[0], b[1], a[2]]);
    expect(runDraw(plan, 13)).toMatchObject({ row: 2, block: 3, sampleIds: [2, 6, 2] });
  });

  it('designRow: depends only on (seed, matrix, row)', () => {
    expect(designRow(9, 'A', 3, 2)).toEqual(designRow(9, 'A', 3, 2));
    expect(designRow(9, 'A', 3, 2)).not.toEqual(designRow(9, 'B', 3, 2));
    expect(designRow(9, 'A', 3, 2)).not.toEqual(designRow(10, 'A', 3, 2));
  });
});
