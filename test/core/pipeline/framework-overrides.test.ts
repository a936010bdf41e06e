import { describe, expect, it } from 'vitest';
import { isNqpfError, regenerate, run } from '../../../src/core/index.js';
import { tinyInputs } from './core-methods.test.js';

/** tiny.yaml as tinyInputs builds it: a (+), b (−) → P1 (weight 2); c (+) → P2 (weight 1); → I. */
const spec = (overrides?: Record<string, unknown>) => ({
  framework: overrides ? { path: 'tiny.yaml', overrides } : 'tiny.yaml',
  data: 'tiny.csv',
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate' }],
});

function problemsOf(f: () => unknown): { code: string; pointer?: string; en: string }[] {
  try {
    f();
  } catch (e) {
    if (!isNqpfError(e)) throw e;
    return ('errors' in e ? e.errors : [e]).map((x) => ({ code: x.code, pointer: x.where.pointer, en: x.format('en') }));
  }
  throw new Error('no error');
}

describe('framework overrides', () => {
  it('run: a direction override flips the indicator — min-max of b = [30, 20, 10] as "more is better" is [100, 50, 0]', () => {
    // Hand-worked: (x − min)/(max − min)·100 with min 10, max 30; P1 = mean(a, b) of [0,50,100] and [100,50,0] = 50 everywhere.
    const build = run(spec({ b: { direction: 1 } }), tinyInputs());
    expect(Array.from(build.trace[1].normalized!.b)).toEqual([100, 50, 0]);
    expect(Array.from(build.results.scores.P1)).toEqual([50, 50, 50]);
    expect(build.results.framework.nodes.find((n) => n.code === 'b')!.direction).toBe(1);
  });

  it('run: names replace the file\'s; a plain string names both languages; the framework given is not changed', () => {
    const inputs = tinyInputs();
    const build = run(spec({ P1: { name: '科技创新' }, P2: { name: { zh: '绿色', en: 'Green' } } }), inputs);
    const names = Object.fromEntries(build.results.framework.nodes.map((n) => [n.code, n.name]));
    expect(names.P1).toEqual({ zh: '科技创新', en: '科技创新' });
    expect(names.P2).toEqual({ zh: '绿色', en: 'Green' });
    expect(inputs.framework.nodes.find((n) => n.code === 'P1')!.name).toEqual({ zh: 'P1', en: 'P1' });
    expect(Array.from(build.results.scores.I)).toEqual(Array.from(run(spec(), inputs).results.scores.I));
  });

  it('run: an override is part of the spec, so it changes the spec hash', () => {
    expect(run(spec({ P1: { name: 'x' } }), tinyInputs()).specHash).not.toBe(run(spec(), tinyInputs()).specHash);
  });

  it('run: every bad override is reported at its JSON Pointer — an unknown code, a direction on an aggregate', () => {
    const problems = problemsOf(() => run(spec({ Q9: { name: 'x' }, P1: { direction: -1 } }), tinyInputs()));
    expect(problems).toEqual([
      { code: 'FRAMEWORK_OVERRIDE_UNKNOWN', pointer: '/framework/overrides/Q9', en: expect.stringContaining('node "Q9", which the framework lacks (it has: a, b, c, P1, P2, I)') },
      { code: 'FRAMEWORK_OVERRIDE_DIRECTION', pointer: '/framework/overrides/P1/direction', en: expect.stringContaining('only indicators take a direction') },
    ]);
  });

  it('resolveSpec: an empty name or a direction other than ±1 is a schema error at its pointer', () => {
    const problems = problemsOf(() => run(spec({ a: { name: ' ', direction: 0 } }), tinyInputs()));
    expect(problems.map((p) => p.pointer)).toEqual(['/framework/overrides/a/direction', '/framework/overrides/a/name']);
  });

  it('regenerate: a changed override is a changed input, so it is refused (rebuild with run)', () => {
    const build = run(spec(), tinyInputs());
    expect(problemsOf(() => regenerate(build, spec({ b: { direction: 1 } })))[0].code).toBe('REGENERATE_INPUTS');
  });
});
