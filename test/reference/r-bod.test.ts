// Reference: the benefit-of-the-doubt LPs solved by R lpSolve 5.6.18 (Debian r-cran-lpsolve, R 4.2.2) on R's swiss
// data scaled to [0, 1], made by test/reference/r/make-bod-reference.R (bod-swiss-input.csv → bod-swiss.csv).
import { beforeAll, describe, expect, it } from 'vitest';
import { prepareSolvers, run } from '../../src/core/index.js';
import { readCsvObjects } from '../helpers/build.js';
import { matrixInputs, memorySpec } from '../core/methods/matrix-inputs.js';

const input = readCsvObjects('test/reference/r/bod-swiss-input.csv');
const matrix = input.map((row) => Object.values(row).slice(1).map(Number));
const reference = readCsvObjects('test/reference/r/bod-swiss.csv');
const bod = (params: Record<string, unknown> = {}, data = matrix) => run(memorySpec([{ op: 'aggregate', method: 'benefit-of-the-doubt', params }]), matrixInputs(data));

beforeAll(() => prepareSolvers());

describe('aggregate benefit-of-the-doubt', () => {
  for (const [name, params] of [['unrestricted', {}], ['shares-0.05-0.5', { restrictions: { lower: 0.05, upper: 0.5 } }]] as const) {
    it(`benefit-of-the-doubt ${name}: the 47 swiss scores equal lpSolve's to 1e-9 (bod-swiss.csv)`, () => {
      const build = bod(params);
      const expected = reference.filter((r) => r.case === name);
      expect(expected).toHaveLength(47);
      expected.forEach((row, i) => expect(build.results.scores.Index[i], row.region).toBeCloseTo(Number(row.score), 9));
    });
  }

  it('benefit-of-the-doubt: each region\'s weights reproduce its score and respect every constraint; shares within bounds', () => {
    const build = bod({ restrictions: { lower: 0.05, upper: 0.5 } });
    const notes = build.steps[0].notes.filter((n) => n.code === 'BOD_WEIGHTS');
    expect(notes).toHaveLength(47 * 5);
    matrix.forEach((row, o) => {
      const w = notes.slice(5 * o, 5 * o + 5).map((n) => n.value!);
      w.forEach((v) => expect(v).toBeGreaterThanOrEqual(-1e-12));
      matrix.forEach((other) => expect(other.reduce((s, y, j) => s + w[j] * y, 0)).toBeLessThanOrEqual(1 + 1e-9));
      const score = row.reduce((s, y, j) => s + w[j] * y, 0);
      expect(score).toBeCloseTo(build.results.scores.Index[o], 9);
      if (score > 0) row.forEach((y, j) => expect(w[j] * y / score).toBeGreaterThanOrEqual(0.05 - 1e-9));
    });
  });

  it('benefit-of-the-doubt: the doc example scores 1, 0.8, 1, 0.4 (by hand: 5(w1 + w2) ≤ 2 from rows 1 and 3); negative input and impossible shares are located errors', () => {
    const build = bod({}, [[1, 4], [2, 2], [4, 1], [1, 1]]);
    [1, 0.8, 1, 0.4].forEach((v, i) => expect(build.results.scores.Index[i]).toBeCloseTo(v, 12));
    expect(() => bod({}, [[1, -4], [2, 2]])).toThrow(/needs non-negative values but I2 is -4 for R1/);
    expect(() => bod({ restrictions: { lower: 0.6 } }, [[1, 4], [2, 2]])).toThrow(/bad share restrictions/);
  });
});
