import { describe, expect, it } from 'vitest';
import { run } from '../../../src/core/index.js';
import { copelandKernel } from '../../../src/core/aggregate/copeland.js';
import { greyRelationalKernel } from '../../../src/core/aggregate/grey-relational.js';
import { mpiKernel } from '../../../src/core/aggregate/mazziotta-pareto.js';
import { meanMinKernel } from '../../../src/core/aggregate/mean-min.js';
import { vectorKernel } from '../../../src/core/normalize/vector.js';
import { bordaKernel } from '../../../src/core/normalize/borda.js';
import { matrixInputs, memorySpec } from './matrix-inputs.js';

const one = { regions: 3, years: 1 };
const cols = (m: number[][]) => m[0].map((_, j) => Float64Array.from(m, (r) => r[j]));

describe('normalizations', () => {
  it('vectorKernel and bordaKernel: the @examples', () => {
    expect(Array.from(vectorKernel([3, 4]))).toEqual([0.6, 0.8]);
    expect(Array.from(bordaKernel([5, 1, 5, 3]))).toEqual([2, 0, 2, 1]);
  });
  it('dist-to-target: a negative indicator gives (max − x)/(max − target); cap clips at 1', () => {
    const inputs = matrixInputs([[10], [6], [2]], [-1]);
    inputs.framework.nodes[0].target = 4;
    const z = run(memorySpec([{ op: 'normalize', method: 'dist-to-target', params: { cap: true } }]), inputs).trace[1].normalized!.I1;
    expect(Array.from(z)).toEqual([0, 4 / 6, 1]);
  });
  it('goalposts: framework goalposts, flipped for direction −1; missing goalposts is MISSING_TARGET', () => {
    const inputs = matrixInputs([[0], [5], [20]], [-1]);
    inputs.framework.nodes[0].goalposts = [0, 10];
    expect(Array.from(run(memorySpec([{ op: 'normalize', method: 'goalposts' }]), inputs).trace[1].normalized!.I1)).toEqual([100, 50, 0]);
    expect(() => run(memorySpec([{ op: 'normalize', method: 'goalposts' }]), matrixInputs([[1], [2]]))).toThrow(/indicator I1 has no goalposts/);
  });
});

describe('aggregations', () => {
  it('copelandKernel: wins minus losses from the weighted outranking matrix', () => {
    expect(Array.from(copelandKernel.columns!([Float64Array.of(1, 2, 3)], Float64Array.of(1), one))).toEqual([-2, 0, 2]);
    // weights (.6, .4): R1 beats R2 on the heavier column
    expect(Array.from(copelandKernel.columns!(cols([[2, 0], [1, 5], [0, 0]]), Float64Array.of(0.6, 0.4), one))).toEqual([2, 0, -2]);
  });
  it('greyRelationalKernel: ρ = 0.5 grades from the ideal series (worked by hand)', () => {
    // Δ = (1,0), (0,1), (0,0); Δmin 0, Δmax 1: ξ = 0.5/(Δ + 0.5) → (1/3, 1), (1, 1/3), (1, 1)
    const g = greyRelationalKernel(0.5, true).columns!(cols([[0, 1], [1, 0], [1, 1]]), Float64Array.of(1, 1), one);
    expect(Array.from(g).map((v) => Number(v.toFixed(12)))).toEqual([0.666666666667, 0.666666666667, 1]);
  });
  it('mpiKernel: balanced profiles score higher than unbalanced ones with the same mean', () => {
    const s = mpiKernel(-1).columns!(cols([[1, 3], [2, 2], [3, 1]]), Float64Array.of(1, 1), one);
    // z = 100 ± 12.247…; unbalanced rows: M 100, S 12.247, cv 0.12247 → 100 − 1.5
    expect(Array.from(s).map((v) => Number(v.toFixed(10)))).toEqual([98.5, 100, 98.5]);
  });
  it('meanMinKernel: α = 0 is the mean, α = 1 and β = 0 the minimum', () => {
    expect(meanMinKernel(0, 1).row!(Float64Array.of(2, 4), Float64Array.of(1, 1), 2)).toBe(3);
    expect(meanMinKernel(1, 0).row!(Float64Array.of(2, 4), Float64Array.of(1, 1), 2)).toBe(2);
    expect(meanMinKernel(0.5, 0).row!(Float64Array.of(2, 4), Float64Array.of(1, 1), 2)).toBe(2.5);
  });
  it('generalized-mean: p < 0 on a zero is NONPOSITIVE_INPUT; levels still override per level', () => {
    expect(() => run(memorySpec([{ op: 'aggregate', method: 'generalized-mean', params: { p: -1 } }]), matrixInputs([[0, 1], [1, 1]]))).toThrow(/needs positive values/);
    const build = run(memorySpec([{ op: 'aggregate', method: 'topsis', params: { levels: { '2': 'arithmetic' } } }]), matrixInputs([[1, 3], [2, 2]]));
    expect(Array.from(build.results.scores.Index)).toEqual([2, 2]);
  });
});
