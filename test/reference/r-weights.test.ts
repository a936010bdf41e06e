// Reference: base R 4.2.2 (Debian) prcomp() and eigen(), made by test/reference/r/make-weights-reference.R.
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/index.js';
import { ahpWeights } from '../../src/core/weight/ahp.js';
import { firstComponent } from '../../src/core/weight/pca.js';
import { readCsvObjects } from '../helpers/build.js';
import { matrixInputs, memorySpec } from '../core/methods/matrix-inputs.js';

describe('PCA weights', () => {
  const data = readCsvObjects('test/reference/r/usarrests.csv');
  const expected = readCsvObjects('test/reference/r/pca-usarrests.csv');
  const columns = expected.map((e) => Float64Array.from(data, (row) => Number(row[e.indicator])));
  it('firstComponent: USArrests loadings and variance share equal R prcomp(scale. = TRUE) (pca-usarrests.csv)', () => {
    const { loadings, explained } = firstComponent(columns);
    expected.forEach((e, j) => expect(loadings[j]).toBeCloseTo(Number(e.loading), 12));
    expect(explained).toBeCloseTo(Number(expected[0].explained), 12);
  });
  it('weight pca: weights are the squared loadings; a negative loading is a PCA_NEGATIVE_LOADING note', () => {
    const matrix = data.map((row) => expected.map((e) => Number(row[e.indicator])));
    const build = run(memorySpec([{ op: 'weight', method: 'pca' }]), matrixInputs(matrix));
    build.results.weights.filter((w) => w.level === 1).forEach((w, j) => expect(w.effectiveWeight).toBeCloseTo(Number(expected[j].loading) ** 2, 12));
    expect(build.steps[0].notes).toEqual([]);
    const flipped = matrix.map((row) => [row[0], row[1], -row[2] * 10, row[3]]);
    const notes = run(memorySpec([{ op: 'weight', method: 'pca' }]), matrixInputs(flipped)).steps[0].notes;
    expect(notes.map((n) => [n.code, n.indicator])).toEqual([['PCA_NEGATIVE_LOADING', 'I3']]);
  });
});

describe('AHP weights', () => {
  const table = readCsvObjects('test/reference/r/ahp-eigen.csv');
  for (const name of ['consistent-4', 'cyclic-3']) {
    it(`ahpWeights: ${name} eigenvector and λmax equal R eigen() (ahp-eigen.csv)`, () => {
      const rows = table.filter((r) => r.case === name);
      const matrix = rows.map((r) => r.matrix_row.split(' ').map(Number));
      const result = ahpWeights(matrix);
      rows.forEach((r, i) => expect(result.weights[i]).toBeCloseTo(Number(r.weight), 12));
      expect(result.lambdaMax).toBeCloseTo(Number(rows[0].lambda), 10);
    });
  }
  it('weight ahp: CR = CI/RI; CR > 0.1 is an AHP_INCONSISTENT note; a non-reciprocal matrix is AHP_MATRIX', () => {
    const cyclic = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]];
    // λmax 10.1111 (R eigen) → CI = (10.1111 − 3)/2 = 3.5556, CR = 3.5556/0.58 = 6.1303 (Saaty RI(3) = 0.58)
    expect(ahpWeights(cyclic).consistencyRatio).toBeCloseTo((10.111111111111111 - 3) / 2 / 0.58, 10);
    const inputs = matrixInputs([[1, 2, 3], [2, 1, 3]]);
    const build = run(memorySpec([{ op: 'weight', method: 'ahp', params: { pairwise: { Index: { nodes: ['I1', 'I2', 'I3'], matrix: cyclic } } } }]), inputs);
    expect(build.steps[0].notes.map((n) => n.code)).toEqual(['AHP_INCONSISTENT']);
    const bad = { Index: { nodes: ['I1', 'I2', 'I3'], matrix: [[1, 2, 1], [2, 1, 1], [1, 1, 1]] } };
    expect(() => run(memorySpec([{ op: 'weight', method: 'ahp', params: { pairwise: bad } }]), inputs)).toThrow(/pairwise matrix of "Index" is invalid/);
  });
});
