import { describe, expect, it } from 'vitest';
import {
  entropyWeights,
  minMaxKernel,
  NqpfError,
  percentileRankKernel,
  rankMin,
  run,
  zScoreKernel,
  type Framework,
  type Panel,
} from '../../../src/core/index.js';
import { buildFramework } from '../../../src/core/framework/build-framework.js';
import { arithmeticMean } from '../../../src/core/aggregate/arithmetic.js';
import { geometricMean } from '../../../src/core/aggregate/geometric.js';
import { harmonicMean } from '../../../src/core/aggregate/harmonic.js';
import { preciseSum } from '../../../src/core/stats/precise-sum.js';

/** A small frozen panel: 3 regions × 1 year, indicators a (+), b (−), c (+); tree a,b → P1; c → P2; P1,P2 → I. */
export function tinyInputs(values: { a: number[]; b: number[]; c: number[] } = { a: [1, 2, 3], b: [30, 20, 10], c: [5, 7, 9] }) {
  const framework: Framework = buildFramework(
    [
      { code: 'I', name: 'Index' },
      { code: 'P1', parent: 'I', weight: 2 },
      { code: 'P2', parent: 'I', weight: 1 },
      { code: 'a', parent: 'P1' },
      { code: 'b', parent: 'P1', direction: -1 },
      { code: 'c', parent: 'P2' },
    ],
    'tiny.yaml',
  );
  const col = (xs: number[]) => Float64Array.from(xs);
  const panel: Panel = {
    regions: ['R1', 'R2', 'R3'].map((code) => ({ code, name: { zh: code, en: code }, groups: {} })),
    years: [2020],
    columns: { a: col(values.a), b: col(values.b), c: col(values.c) },
    observed: { a: new Uint8Array([1, 1, 1]), b: new Uint8Array([1, 1, 1]), c: new Uint8Array([1, 1, 1]) },
  };
  return { framework, panel };
}

describe('normalisation kernels', () => {
  it('minMaxKernel: the @example [1, 2, 3] → [0, 50, 100]', () => {
    expect(Array.from(minMaxKernel([1, 2, 3], [0, 100]))).toEqual([0, 50, 100]);
  });
  it('minMaxKernel: METHODS.md R6 matrix (Opricovic & Tzeng 2004) column 2 [3000, 3750, 4500] → [0, 0.5, 1]', () => {
    expect(Array.from(minMaxKernel([3000, 3750, 4500], [0, 1]))).toEqual([0, 0.5, 1]);
  });
  it('zScoreKernel: [1, 2, 3] → [-1, 0, 1] (sd with n − 1, as R sd())', () => {
    expect(Array.from(zScoreKernel([1, 2, 3], 0, 1))).toEqual([-1, 0, 1]);
  });
  it('zScoreKernel: [2, 4, 4, 4, 5, 5, 7, 9] has sd 2.138090 (R: sd(c(2,4,4,4,5,5,7,9)))', () => {
    const z = zScoreKernel([2, 4, 4, 4, 5, 5, 7, 9], 10, 2);
    expect(z[0]).toBeCloseTo(10 + (2 * (2 - 5)) / 2.138089935, 8);
  });
  it('rankMin: ties take the minimum rank, as R rank(ties.method = "min")', () => {
    expect(Array.from(rankMin([10, 30, 30, 20], true))).toEqual([4, 1, 1, 3]);
    expect(Array.from(rankMin([5, 1, 5, 3], false))).toEqual([3, 1, 3, 2]);
    expect(Array.from(rankMin([5, NaN, 1], false))).toEqual([2, NaN, 1]);
  });
  it('percentileRankKernel: (rank − 1)/(n − 1), as dplyr percent_rank', () => {
    expect(Array.from(percentileRankKernel([10, 30, 20]))).toEqual([0, 1, 0.5]);
    expect(Array.from(percentileRankKernel([1, 1, 2, NaN]))).toEqual([0, 0, 1, NaN]);
  });
});

describe('entropy weights', () => {
  it('entropyWeights: the header example, worked by hand (e = −Σp ln p / ln n)', () => {
    // p = (1/6, 2/6, 3/6): e = 0.920620; p = (1/6, 1/6, 4/6): e = 0.789690 → w = 0.079380/0.289690, 0.210310/0.289690
    const w = entropyWeights([[1, 2, 3], [1, 1, 4]], { shift: 0, standardize: false });
    expect(w[0]).toBeCloseTo(0.2740175421, 9);
    expect(w[1]).toBeCloseTo(0.7259824579, 9);
  });
  it('entropyWeights: a constant indicator gets weight 0', () => {
    const w = entropyWeights([[5, 5, 5], [1, 2, 4]], { shift: 0.01, standardize: true });
    expect(w[0]).toBe(0);
    expect(w[1]).toBe(1);
  });
  it('entropyWeights: missing cells are skipped (k = 1/ln N over present cells)', () => {
    const withGap = entropyWeights([[1, 2, 3, NaN], [1, 1, 4, NaN]], { shift: 0, standardize: false });
    const without = entropyWeights([[1, 2, 3], [1, 1, 4]], { shift: 0, standardize: false });
    expect(Array.from(withGap)).toEqual(Array.from(without));
  });
});

describe('aggregation kernels', () => {
  const w = Float64Array.from([1, 3]);
  it('arithmeticMean: Σwx/Σw — [10, 20] with weights [1, 3] is 17.5', () => {
    expect(arithmeticMean.row(Float64Array.from([10, 20]), w, 2)).toBe(17.5);
  });
  it('geometricMean: (1 · 100)^(1/2) = 10', () => {
    expect(geometricMean.row(Float64Array.from([1, 100]), Float64Array.from([1, 1]), 2)).toBeCloseTo(10, 12);
  });
  it('harmonicMean: 2/(1/1 + 1/4) = 1.6', () => {
    expect(harmonicMean.row(Float64Array.from([1, 4]), Float64Array.from([1, 1]), 2)).toBeCloseTo(1.6, 12);
  });
  it('preciseSum: compensates cancellation (1e100 + 1 − 1e100 = 1)', () => {
    expect(preciseSum([1e100, 1, -1e100])).toBe(1);
  });
});

describe('run', () => {
  it('run: directions flip before normalising, weights renormalise, ranks are min-ties', () => {
    const build = run({ framework: 'tiny.yaml', data: 'tiny.csv', steps: [{ op: 'normalize', params: { range: [0, 1] } }, { op: 'aggregate' }] }, tinyInputs());
    const { scores, ranks } = build.results;
    // b is "less is better": R3 (10) is best → 1
    expect(Array.from(scores.b)).toEqual([0, 0.5, 1]);
    expect(Array.from(scores.P1)).toEqual([0, 0.5, 1]);
    // I = (2·P1 + 1·P2)/3
    expect(Array.from(scores.I)).toEqual([0, 0.5, 1]);
    expect(Array.from(ranks.I)).toEqual([3, 2, 1]);
    expect(build.results.weights.find((x) => x.node === 'a')!.effectiveWeight).toBeCloseTo(1 / 3, 12);
  });
  it('run: a missing child is skipped and the weights renormalise over the present ones (COINr a_amean)', () => {
    const inputs = tinyInputs({ a: [1, NaN, 3], b: [30, 20, 10], c: [5, 7, 9] });
    const build = run({ framework: 'f', data: 'd', steps: [{ op: 'normalize', params: { range: [0, 1] } }, { op: 'aggregate' }] }, inputs);
    expect(build.results.scores.P1[1]).toBe(0.5); // only b present for R2
  });
  it('run: a constant column into min-max is CONSTANT_COLUMN, located at the step', () => {
    const inputs = tinyInputs({ a: [4, 4, 4], b: [30, 20, 10], c: [5, 7, 9] });
    try {
      run({ framework: 'f', data: 'd', steps: [{ op: 'normalize' }, { op: 'aggregate' }] }, inputs);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NqpfError);
      expect((e as NqpfError).format('en')).toBe('/steps/0/params/constant: indicator a is constant (2020: all = 4); min-max cannot scale it: drop it or set params.constant');
    }
  });
  it('run: constant: midpoint is a documented, noted treatment', () => {
    const inputs = tinyInputs({ a: [4, 4, 4], b: [30, 20, 10], c: [5, 7, 9] });
    const build = run({ framework: 'f', data: 'd', steps: [{ op: 'normalize', params: { constant: 'midpoint' } }, { op: 'aggregate' }] }, inputs);
    expect(Array.from(build.results.scores.a)).toEqual([50, 50, 50]);
    expect(build.steps[0].notes).toMatchObject([{ code: 'CONSTANT_COLUMN', indicator: 'a' }]);
  });
  it('run: a geometric mean fed zeros is NONPOSITIVE_INPUT naming node, region and year', () => {
    expect(() => run({ framework: 'f', data: 'd', steps: [{ op: 'normalize', params: { range: [0, 100] } }, { op: 'aggregate', method: 'geometric' }] }, tinyInputs())).toThrow(
      'geometric needs positive values but a is 0 for R1 2020; normalize to a range above 0 first, e.g. min-max with range [1, 100]',
    );
  });
  it('run: unknown method and bad params are all reported, each with a JSON Pointer', () => {
    try {
      run({ framework: 'f', data: 'd', steps: [{ op: 'normalize', method: 'minmax' }, { op: 'aggregate', params: { threshold: 2 } }, { op: 'frobnicate' }] }, tinyInputs());
      expect.unreachable();
    } catch (e) {
      const lines = String((e as Error).message).split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^\/steps\/0\/method: op normalize has no method "minmax"; known: min-max, z-score/);
      expect((e as { errors: NqpfError[] }).errors.map((x) => x.where.pointer)).toEqual(['/steps/0/method', '/steps/1/params/threshold', '/steps/2/op']);
    }
  });
});
