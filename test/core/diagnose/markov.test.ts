import { describe, expect, it } from 'vitest';
import { parseGal } from '../../../src/core/diagnose/gal.js';
import { markovChain, spatialMarkov } from '../../../src/core/diagnose/markov.js';
import { weightsFromNeighbors } from '../../../src/core/diagnose/spatial-weights.js';
import { readPysal, readUsIncome } from './fixtures.js';

const { income, years } = readUsIncome(); // 48 states × 81 years (1929–2009)
const n = income.length;
const T = years.length;
// year-major panel layout; rpci = pci / mean over states of that year, as giddy's tests
const pci = Float64Array.from({ length: n * T }, (_, i) => income[i % n][Math.floor(i / n)]);
const rpci = Float64Array.from(pci, (v, i) => {
  const t = Math.floor(i / n);
  let s = 0;
  for (let r = 0; r < n; r++) s += income[r][t];
  return v / (s / n);
});
const w = weightsFromNeighbors(parseGal(readPysal('states48.gal')).neighbors, { rowStandardize: true });

function expectMatrix(actual: number[][], expected: number[][], digits: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], digits)));
}

describe('markovChain', () => {
  it('markov: PySAL giddy test_markov.py, usjoin per-year quintiles', () => {
    const r = markovChain(pci, n, T);
    expect(T).toBe(81);
    // giddy tests/test_markov.py test_Markov: m.transitions
    expect(r.counts).toEqual([
      [729, 71, 1, 0, 0],
      [72, 567, 80, 3, 0],
      [0, 81, 631, 86, 2],
      [0, 3, 86, 573, 56],
      [0, 0, 1, 57, 741],
    ]);
    // giddy test_Markov: m.p (assert_array_almost_equal, 6 decimals)
    expectMatrix(r.probabilities, [
      [0.91011236, 0.0886392, 0.00124844, 0, 0],
      [0.09972299, 0.78531856, 0.11080332, 0.00415512, 0],
      [0, 0.10125, 0.78875, 0.1075, 0.0025],
      [0, 0.00417827, 0.11977716, 0.79805014, 0.07799443],
      [0, 0, 0.00125156, 0.07133917, 0.92740926],
    ], 7);
  });

  it('markov: giddy test_markov.py, first two years only', () => {
    const r = markovChain(pci.subarray(0, 2 * n), n, 2);
    // giddy test_Markov: Markov(q5[:, :2]).transitions
    expect(r.counts).toEqual([
      [10, 0, 0, 0, 0],
      [0, 8, 1, 0, 0],
      [0, 1, 9, 1, 0],
      [0, 0, 0, 8, 0],
      [0, 0, 0, 1, 9],
    ]);
    expect(markovChain([1, 2, 2, 1], 2, 2, { classes: 2 }).counts).toEqual([[0, 1], [1, 0]]); // header @example
  });
});

describe('spatialMarkov', () => {
  it('spatial markov: giddy markov.py docstring, pooled quintiles (fixed=True, k=5, m=5)', () => {
    const r = spatialMarkov(rpci, n, T, w, { classes: 5 });
    // giddy markov.py Spatial_Markov docstring: sm.cutoffs, sm.lag_cutoffs
    (r.cutoffs as number[]).forEach((c, i) => expect(c).toBeCloseTo([0.83999133, 0.94707545, 1.03242697, 1.14911154][i], 8));
    (r.lagCutoffs as number[]).forEach((c, i) => expect(c).toBeCloseTo([0.88973386, 0.95891917, 1.01469758, 1.1183566][i], 8));
    // docstring: sm.P[0] and sm.P[4]
    expectMatrix(r.conditionalProbabilities[0], [
      [0.96341463, 0.0304878, 0.00609756, 0, 0],
      [0.06040268, 0.83221477, 0.10738255, 0, 0],
      [0, 0.14, 0.74, 0.12, 0],
      [0, 0.03571429, 0.32142857, 0.57142857, 0.07142857],
      [0, 0, 0, 0.16666667, 0.83333333],
    ], 7);
    expectMatrix(r.conditionalProbabilities[4], [
      [0.33333333, 0.66666667, 0, 0, 0],
      [0.0483871, 0.77419355, 0.16129032, 0.01612903, 0],
      [0.01149425, 0.16091954, 0.74712644, 0.08045977, 0],
      [0, 0.01036269, 0.06217617, 0.89637306, 0.03108808],
      [0, 0, 0, 0.02352941, 0.97647059],
    ], 7);
    // docstring: the global sm.p
    expectMatrix(r.probabilities, [
      [0.91461837, 0.07503234, 0.00905563, 0.00129366, 0],
      [0.06570302, 0.82654402, 0.10512484, 0.00131406, 0.00131406],
      [0.00520833, 0.10286458, 0.79427083, 0.09505208, 0.00260417],
      [0, 0.00913838, 0.09399478, 0.84856397, 0.04830287],
      [0, 0, 0, 0.06217617, 0.93782383],
    ], 7);
  });

  it('spatial markov: giddy test_markov.py test_cutoff, cut-offs [0.8, 0.9, 1, 1.2] for y and lag', () => {
    const cc = [0.8, 0.9, 1, 1.2];
    const r = spatialMarkov(rpci, n, T, w, { cutoffs: cc, lag: { cutoffs: cc } });
    // giddy test_Spatial_Markov.test_cutoff: sm.P[0] and sm.P[4] (empty rows are 0)
    expectMatrix(r.conditionalProbabilities[0], [
      [0.96703297, 0.03296703, 0, 0, 0],
      [0.10638298, 0.68085106, 0.21276596, 0, 0],
      [0, 0.14285714, 0.7755102, 0.08163265, 0],
      [0, 0, 0.5, 0.5, 0],
      [0, 0, 0, 0, 0],
    ], 7);
    expectMatrix(r.conditionalProbabilities[3], [
      [0.82692308, 0.15384615, 0, 0.01923077, 0],
      [0.0703125, 0.7890625, 0.125, 0.015625, 0],
      [0.00295858, 0.06213018, 0.82248521, 0.10946746, 0.00295858],
      [0, 0.00185529, 0.07606679, 0.88497217, 0.03710575],
      [0, 0, 0, 0.07803468, 0.92196532],
    ], 7);
    // with fill_empty_classes=True the empty rows of P[4] get 1 on the diagonal
    const filled = spatialMarkov(rpci, n, T, w, { cutoffs: cc, lag: { cutoffs: cc }, fillEmpty: true });
    expect(filled.conditionalProbabilities[4][0]).toEqual([1, 0, 0, 0, 0]);
    expect(filled.conditionalProbabilities[4][1]).toEqual([0, 1, 0, 0, 0]);
    expect(filled.conditionalProbabilities[4][2][2]).toBeCloseTo(0.9, 7);
  });
});
