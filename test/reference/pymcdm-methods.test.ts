// References: pymcdm (github.com/kotbaton/pymcdm) test/test_mcdm.py and test/test_weights.py, whose expected
// values are pinned to the cited papers; METHODS.md R4–R7 and hand-worked H6. Inputs copied from those files.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/index.js';
import { topsisKernel } from '../../src/core/aggregate/topsis.js';
import { vikorKernel } from '../../src/core/aggregate/vikor.js';
import { entropyWeights } from '../../src/core/weight/entropy.js';
import { criticWeights } from '../../src/core/weight/critic.js';
import { standardDeviationWeights } from '../../src/core/weight/standard-deviation.js';
import { matrixInputs, memorySpec } from '../core/methods/matrix-inputs.js';

const columnsOf = (matrix: number[][]) => matrix[0].map((_, j) => Float64Array.from(matrix, (row) => row[j]));
const round = (x: ArrayLike<number>, digits: number) => Array.from(x, (v) => Number(v.toFixed(digits)));
const indexScores = (matrix: number[][], directions: (1 | -1)[], weights: number[], step: Record<string, unknown>) =>
  Array.from(run(memorySpec([{ op: 'aggregate', ...step }]), matrixInputs(matrix, directions, weights)).results.scores.Index);

describe('TOPSIS', () => {
  const opricovic = [[1, 3000], [2, 3750], [5, 4500]];
  it('topsis: Opricovic & Tzeng 2004 with min-max input (pymcdm test_mcdm.py, R6)', () => {
    expect(round(indexScores(opricovic, [-1, 1], [0.5, 0.5], { method: 'topsis', params: { normalization: 'min-max' } }), 3)).toEqual([0.5, 0.617, 0.5]);
  });
  it('topsis: Opricovic & Tzeng 2004 with vector input (METHODS.md R6)', () => {
    expect(round(indexScores(opricovic, [-1, 1], [0.5, 0.5], { method: 'topsis', params: { normalization: 'vector' } }), 3)).toEqual([0.762, 0.722, 0.238]);
  });
  const h6 = [[0.2, 0.9, 0.5], [1, 0.1, 0], [0.6, 0.6, 1]];
  it('topsisKernel: classic and weighted-distance variants (METHODS.md H6)', () => {
    const layout = { regions: 3, years: 1 };
    const w = Float64Array.of(0.5, 0.3, 0.2);
    expect(round(topsisKernel({ normalization: 'none', distance: 'classic', pooled: true }).columns!(columnsOf(h6), w, layout), 4)).toEqual([0.3867, 0.5615, 0.5935]);
    expect(round(topsisKernel({ normalization: 'none', distance: 'weighted', pooled: true }).columns!(columnsOf(h6), w, layout), 4)).toEqual([0.4471, 0.4747, 0.6456]);
  });
  it('topsis: one region is TOO_FEW_REGIONS at the step method', () => {
    expect(() => run(memorySpec([{ op: 'aggregate', method: 'topsis' }]), matrixInputs([[1, 2]]))).toThrow(/topsis needs at least 2 regions/);
  });
});

describe('VIKOR', () => {
  it('vikor: Yang & Wu 2020 Q, equal weights (pymcdm test_mcdm.py, R7)', () => {
    const m = [[78, 56, 34, 6], [4, 45, 3, 97], [18, 2, 50, 63], [9, 14, 11, 92], [85, 9, 100, 29]];
    const q = vikorKernel(0.5, true, 'q').columns!(columnsOf(m), Float64Array.of(1, 1, 1, 1), { regions: 5, years: 1 });
    expect(round(q, 4)).toEqual([0.5679, 0.7667, 1, 0.7493, 0]);
    expect(round(indexScores(m, [1, 1, 1, 1], [1, 1, 1, 1], { method: 'vikor' }), 4)).toEqual([0.4321, 0.2333, 0, 0.2507, 1]);
  });
  it('vikor: Opricovic & Tzeng 2004, a cost criterion (pymcdm test_mcdm.py): Q = 1, 0, 1', () => {
    expect(indexScores([[1, 3000], [2, 3750], [5, 4500]], [-1, 1], [0.5, 0.5], { method: 'vikor', params: { output: 'q' } })).toEqual([1, 0, 1]);
  });
});

describe('objective weights', () => {
  it('entropyWeights: Elsayed et al. 2017, raw sum-normalised (pymcdm test_weights.py, R4)', () => {
    const m = [
      [7, 312, 1891, 6613, 163], [72, 88, 728, 941804, 1078], [10, 252, 2594, 3466, 117471], [10, 145, 980, 2371, 86329],
      [65, 54, 350, 501, 29897], [29, 48, 380, 912, 34051], [7, 476, 3300, 78470, 2212], [70, 87, 650, 733, 819000],
      [4, 86, 591, 3015, 103], [12, 79, 579, 3240, 96098], [21, 45, 261, 1253, 453], [1, 72, 530, 4333, 0.1048],
    ];
    expect(round(entropyWeights(columnsOf(m), { shift: 0, standardize: false }), 6)).toEqual([0.104991, 0.069124, 0.071373, 0.449937, 0.304575]);
  });
  it('criticWeights: Tuş & Adalı 2019 (pymcdm test_weights.py, R5)', () => {
    const m = [[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3], [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]];
    expect(round(criticWeights(columnsOf(m)), 3)).toEqual([0.157, 0.249, 0.168, 0.121, 0.154, 0.151]);
  });
  it('standardDeviationWeights: Jahan & Edwards 2013 (pymcdm test_weights.py)', () => {
    const m = [[0, 0, 0], [0.39, 0.3, 0.77], [0.17, 0.36, 0.8], [0.35, 0.29, 0.93], [0.3, 0.4, 0.94], [0.84, 0.71, 1], [1, 1, 0.99]];
    expect(round(standardDeviationWeights(columnsOf(m)), 2)).toEqual([0.35, 0.31, 0.34]);
  });
  it('weight critic: the step installs the R5 weights on the framework', () => {
    const m = [[5000, 3, 3, 4, 3, 2], [680, 5, 3, 2, 2, 1], [2000, 3, 2, 3, 4, 3], [600, 4, 3, 1, 2, 2], [800, 2, 4, 3, 3, 4]];
    const build = run(memorySpec([{ op: 'weight', method: 'critic' }]), matrixInputs(m));
    expect(round(build.results.weights.filter((w) => w.level === 1).map((w) => w.effectiveWeight), 3)).toEqual([0.157, 0.249, 0.168, 0.121, 0.154, 0.151]);
  });
});
