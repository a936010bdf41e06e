import { describe, expect, it } from 'vitest';
import { isNqpfError, run } from '../../../src/core/index.js';
import { tinyInputs } from '../pipeline/core-methods.test.js';

/** tiny.yaml without column c: with `missing: drop`, c and its pillar P2 leave the framework. */
function inputsWithoutC() {
  const { framework, panel } = tinyInputs();
  const { c: _c, ...columns } = panel.columns;
  const { c: _o, ...observed } = panel.observed;
  return { framework, panel: { ...panel, columns, observed } };
}

const spec = (weights: Record<string, number>) => ({
  framework: { path: 'tiny.yaml', missing: 'drop' },
  data: 'tiny.csv',
  steps: [
    { op: 'normalize', method: 'min-max', params: { range: [0, 100] } },
    { op: 'weight', method: 'fixed', params: { weights } },
    { op: 'aggregate' },
  ],
});

describe('weight: fixed', () => {
  it('fixed: weights of nodes the data lacks are ignored with a note; the rest apply (a 3, b 1 → P1 = 0.75 a + 0.25 b)', () => {
    const build = run(spec({ a: 3, b: 1, c: 5, P2: 2 }), inputsWithoutC());
    const notes = build.steps.find((s) => s.op === 'weight')!.notes;
    expect(notes.map((n) => [n.code, n.indicator])).toEqual([
      ['WEIGHT_OF_DROPPED_NODE', 'c'],
      ['WEIGHT_OF_DROPPED_NODE', 'P2'],
    ]);
    // min-max: a [1, 2, 3] → [0, 50, 100]; b [30, 20, 10] (less is better) → [0, 50, 100]
    expect(Array.from(build.results.scores.P1)).toEqual([0, 50, 100]);
  });

  it('fixed: a weight for a code the framework never had is still BAD_WEIGHTS_TABLE at its pointer', () => {
    try {
      run(spec({ a: 3, zz: 1 }), inputsWithoutC());
      expect.unreachable();
    } catch (e) {
      expect(isNqpfError(e) && e.code).toBe('BAD_WEIGHTS_TABLE');
      expect(isNqpfError(e) && e.where.pointer).toBe('/steps/1/params/weights/zz');
    }
  });
});
