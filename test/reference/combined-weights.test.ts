// Reference: worked by hand (Python 3 arithmetic, two independent computations) from the members' own references:
// entropy of columns (1, 2, 3) and (1, 1, 4) without standardisation = (0.274018, 0.725982) (entropy.ts @example,
// Shannon entropy with k = 1/ln 3); AHP of [[1, 3], [1/3, 1]] = (0.75, 0.25) exactly (Saaty eigenvector).
import { describe, expect, it } from 'vitest';
import { run } from '../../src/core/index.js';
import { combineWeights } from '../../src/core/weight/combined.js';
import { matrixInputs, memorySpec } from '../core/methods/matrix-inputs.js';

const inputs = matrixInputs([[1, 1], [2, 1], [3, 4]]);
const entropy = { method: 'entropy', params: { standardize: false } };
const ahp = (matrix: number[][]) => ({ method: 'ahp', params: { pairwise: { Index: { nodes: ['I1', 'I2'], matrix } } } });
const combined = (params: Record<string, unknown>) => {
  const build = run(memorySpec([{ op: 'weight', method: 'combined', params }]), inputs);
  return { weights: build.results.weights.filter((w) => w.level === 1).map((w) => w.weight), notes: build.steps[0].notes };
};

describe('weight combined', () => {
  it('combineWeights: the doc example (0.2, 0.8) × (0.6, 0.4) = (0.12, 0.32)/0.44', () => {
    const w = combineWeights([[0.2, 0.8], [0.6, 0.4]], 'multiplicative', [1, 1]);
    expect(w[0]).toBeCloseTo(0.12 / 0.44, 15);
    expect(w[1]).toBeCloseTo(0.32 / 0.44, 15);
  });

  it('combined entropy × AHP, multiplicative: w = w¹w²/Σw¹w² = (0.531030, 0.468970) (hand-worked)', () => {
    const { weights } = combined({ methods: [entropy, ahp([[1, 3], [1 / 3, 1]])] });
    expect(weights[0]).toBeCloseTo(0.531029712912524, 12);
    expect(weights[1]).toBeCloseTo(0.468970287087476, 12);
  });

  it('combined: α exponents (½, ½) give the normalised geometric mean (0.515530, 0.484470) (hand-worked)', () => {
    const { weights } = combined({ methods: [entropy, ahp([[1, 3], [1 / 3, 1]])], alpha: [0.5, 0.5] });
    expect(weights[0]).toBeCloseTo(0.5155298236645397, 12);
  });

  it('combined linear: default α = ½ each gives (0.512009, 0.487991); α = (0.3, 0.7) gives (0.607205, 0.392795) (hand-worked)', () => {
    expect(combined({ methods: [entropy, ahp([[1, 3], [1 / 3, 1]])], rule: 'linear' }).weights[0]).toBeCloseTo(0.5120087710606405, 12);
    expect(combined({ methods: [entropy, ahp([[1, 3], [1 / 3, 1]])], rule: 'linear', alpha: [0.3, 0.7] }).weights[0]).toBeCloseTo(0.6072052626363842, 12);
  });

  it('combined: member notes are kept and tagged with the member method; bad members and α are located errors', () => {
    const m3 = matrixInputs([[1, 2, 3], [2, 1, 3]]);
    const cyclic = [[1, 9, 1 / 9], [1 / 9, 1, 9], [9, 1 / 9, 1]];
    const build = run(memorySpec([{ op: 'weight', method: 'combined', params: { methods: [{ method: 'equal' }, { method: 'ahp', params: { pairwise: { Index: { nodes: ['I1', 'I2', 'I3'], matrix: cyclic } } } }] } }]), m3);
    expect(build.steps[0].notes.map((n) => [n.code, n.method])).toEqual([['AHP_INCONSISTENT', 'ahp']]);
    expect(() => combined({ methods: [entropy, { method: 'nope' }] })).toThrow(/op weight has no method "nope"/);
    const error = (() => {
      try {
        combined({ methods: [entropy, { method: 'entropy', params: { shift: -1 } }] });
      } catch (e) {
        return e as { code: string; where: { pointer: string } };
      }
    })();
    expect([error?.code, error?.where.pointer]).toEqual(['SPEC_SCHEMA', '/steps/0/params/methods/1/params/shift']);
    expect(() => combined({ methods: [entropy, entropy], alpha: [1] })).toThrow(/alpha has 1 values but 2 methods are combined/);
  });
});
