import { describe, expect, it } from 'vitest';
import { NqpfError, NqpfErrors, resolveSpec } from '../../../src/core/index.js';
import { planUncertainty } from '../../../src/core/uncertainty/plan.js';
import { buildSpec } from '../../helpers/build.js';

const framework = { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' };
const data = { format: 'coinr', path: 'data/coinr-asem/iData.csv' };
const steps = [
  { id: 'normalize', op: 'normalize', method: 'min-max', params: { range: [1, 100] } },
  { id: 'weight', op: 'weight', method: 'fixed' },
  { id: 'aggregate', op: 'aggregate', method: 'arithmetic' },
];
const nominal = buildSpec({ framework, data, steps });

function plan(vary: unknown[], extra: Record<string, unknown> = {}) {
  const spec = resolveSpec({ framework, data, steps, uncertainty: { runs: 10, vary, ...extra } });
  return planUncertainty(spec, nominal.results.framework);
}

function problems(vary: unknown[], extra: Record<string, unknown> = {}): { code: string; pointer?: string }[] {
  try {
    plan(vary, extra);
  } catch (error) {
    const all = error instanceof NqpfErrors ? error.errors : [error as NqpfError];
    return all.map((e) => ({ code: e.code, pointer: e.where.pointer }));
  }
  return [];
}

describe('planUncertainty', () => {
  it('planUncertainty: a sensitivity analysis of N rows and d factors has N(d + 2) runs; uncertainty N', () => {
    const vary = [
      { step: 'normalize', pointer: '/method', values: ['min-max', 'z-score'] },
      { step: 'weight', pointer: '/params/noise', values: { uniform: [0, 0.25] } },
      { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'geometric'] },
    ];
    expect(plan(vary)).toMatchObject({ type: 'sensitivity', rows: 10, runsPerRow: 5, totalRuns: 50, target: 'Index', seed: 0 });
    expect(plan(vary, { type: 'uncertainty' }).totalRuns).toBe(10);
  });

  it('planUncertainty: gathers every problem, each located by a JSON Pointer into the spec', () => {
    const found = problems([
      { step: 'nope', pointer: '/method', values: ['a'] },
      { step: 'normalize', pointer: '/params/nothing/deep', values: [1] },
      { step: 'normalize', pointer: '/op', values: ['weight'] },
      { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'median-of-means'] },
      { step: 'normalize', pointer: '/params/range', values: [[1, 100], [5, 1]] },
      { step: 'weight', pointer: '/params/noise', values: { uniform: [0.3, 0.1] } },
    ], { target: 'Nowhere' });
    expect(found).toEqual([
      { code: 'UNCERTAINTY_UNKNOWN_STEP', pointer: '/uncertainty/vary/0/step' },
      { code: 'UNCERTAINTY_POINTER', pointer: '/uncertainty/vary/1/pointer' },
      { code: 'UNCERTAINTY_POINTER', pointer: '/uncertainty/vary/2/pointer' },
      { code: 'UNCERTAINTY_RANGE', pointer: '/uncertainty/vary/5/values/uniform' },
      { code: 'UNCERTAINTY_VALUE', pointer: '/uncertainty/vary/3/values/1' },
      { code: 'UNCERTAINTY_VALUE', pointer: '/uncertainty/vary/4/values/1' },
      { code: 'UNCERTAINTY_TARGET', pointer: '/uncertainty/target' },
    ]);
  });

  it('planUncertainty: a range checks its ends and an inner point against the parameter schema', () => {
    expect(problems([{ step: 'weight', pointer: '/params/noise', values: { uniform: [0, 1.5] } }])).toEqual([
      { code: 'UNCERTAINTY_VALUE', pointer: '/uncertainty/vary/0/values/uniform' },
    ]);
  });

  it('planUncertainty: factors of one step are checked together (z-score does not take a range)', () => {
    const found = problems([
      { step: 'normalize', pointer: '/method', values: ['min-max', 'z-score'] },
      { step: 'normalize', pointer: '/params/range', values: [[1, 100]] },
    ]);
    expect(found).toEqual([{ code: 'UNCERTAINTY_VALUE', pointer: '/steps/0' }]);
  });

  it('planUncertainty: overlapping pointers on one step are an error', () => {
    expect(problems([
      { step: 'normalize', pointer: '/params/range', values: [[1, 100]] },
      { step: 'normalize', pointer: '/params/range/0', values: [0, 1] },
    ])).toEqual([{ code: 'UNCERTAINTY_DUPLICATE', pointer: '/uncertainty/vary/1/pointer' }]);
  });

  it('planUncertainty: a spec without an uncertainty block is UNCERTAINTY_MISSING', () => {
    expect(() => planUncertainty(nominal.spec, nominal.results.framework)).toThrow(expect.objectContaining({ code: 'UNCERTAINTY_MISSING' }));
  });
});
