import { describe, expect, it } from 'vitest';
import { run, type Inputs } from '../../../src/core/index.js';
import { approxRule2 } from '../../../src/core/impute/linear-time.js';
import { treatColumn } from '../../../src/core/treat/skew-kurtosis.js';
import { memorySpec } from './matrix-inputs.js';

/** Two indicators A, B over regions P, Q, R (groups g: x, x, y) and years 2018–2021; NaN = missing. */
function panelInputs(a: number[], b: number[] = a.map((_, i) => i + 1)): Inputs {
  const regions = ['P', 'Q', 'R'].map((code, r) => ({ code, name: { zh: code, en: code }, groups: { g: r < 2 ? 'x' : 'y' } }));
  const years = Array.from({ length: a.length / 3 }, (_, t) => 2018 + t);
  return {
    framework: {
      nodes: [
        { code: 'A', name: { zh: 'A', en: 'A' }, level: 1, parent: 'Index', direction: 1, weight: 1, denominator: 'Pop' },
        { code: 'B', name: { zh: 'B', en: 'B' }, level: 1, parent: 'Index', direction: 1, weight: 1 },
        { code: 'Index', name: { zh: 'I', en: 'I' }, level: 2, parent: null, direction: 1, weight: 1 },
      ],
    },
    panel: {
      regions,
      years,
      columns: { A: Float64Array.from(a), B: Float64Array.from(b), Pop: Float64Array.from(a, () => 2) },
      observed: { A: Uint8Array.from(a, (v) => (Number.isNaN(v) ? 0 : 1)), B: Uint8Array.from(b, () => 1) },
    },
  };
}
const A = (build: ReturnType<typeof run>, k = 1) => Array.from(build.trace[k].panel.columns.A);
const N = NaN;

describe('impute', () => {
  it('impute mean/median/min/max: fill each year from that year, present values unchanged', () => {
    const inputs = panelInputs([1, N, 5, 2, 4, N]);
    expect(A(run(memorySpec([{ op: 'impute', method: 'mean' }]), inputs))).toEqual([1, 3, 5, 2, 4, 3]);
    expect(A(run(memorySpec([{ op: 'impute', method: 'min' }]), inputs))).toEqual([1, 1, 5, 2, 4, 2]);
    expect(A(run(memorySpec([{ op: 'impute', method: 'max' }]), inputs))).toEqual([1, 5, 5, 2, 4, 4]);
    expect(A(run(memorySpec([{ op: 'impute', method: 'median' }]), inputs))).toEqual([1, 3, 5, 2, 4, 3]);
  });
  it('impute group-mean: fills from the region group; an unknown group is MISSING_GROUP at params.group', () => {
    const build = run(memorySpec([{ op: 'impute', method: 'group-mean', params: { group: 'g' } }]), panelInputs([1, N, 5, N, 4, N]));
    expect(A(build)).toEqual([1, 1, 5, 4, 4, N]);
    expect(build.steps[0].notes).toEqual([
      { code: 'IMPUTED', step: 'impute', region: 'Q', year: 2018, indicator: 'A', method: 'group-mean', value: 1 },
      { code: 'IMPUTED', step: 'impute', region: 'P', year: 2019, indicator: 'A', method: 'group-mean', value: 4 },
    ]);
    expect(() => run(memorySpec([{ op: 'impute', method: 'group-mean', params: { group: 'nope' } }]), panelInputs([1, N, 5]))).toThrow(/no region group "nope"/);
  });
  it('impute latest: carries forward within the look-back limit only', () => {
    const a = [1, 7, 7, N, 7, 7, N, 7, 7, N, 7, 7];
    expect(A(run(memorySpec([{ op: 'impute', method: 'latest', params: { lookback: 2 } }]), panelInputs(a))).filter((_, i) => i % 3 === 0)).toEqual([1, 1, 1, N]);
  });
  it('impute linear-time: R approx(rule = 2) — interior linear in years, constant ends', () => {
    expect(Array.from(approxRule2([2010, 2011, 2012, 2014, 2015], [N, 1, N, 4, N]))).toEqual([1, 1, 2, 4, 4]);
    const build = run(memorySpec([{ op: 'impute', method: 'linear-time' }]), panelInputs([N, 1, 1, 2, 1, 1, N, 1, 1, 8, 1, 1]));
    expect(A(build).filter((_, i) => i % 3 === 0)).toEqual([2, 2, 5, 8]);
  });
  it('impute constant: every gap becomes params.value', () => {
    expect(A(run(memorySpec([{ op: 'impute', method: 'constant', params: { value: 0 } }]), panelInputs([N, 2, 3])))).toEqual([0, 2, 3]);
  });
});

describe('denominate and screen', () => {
  it('denominate divide: indicator ÷ framework denominator, a DENOMINATED note; zero denominator is an error', () => {
    const build = run(memorySpec([{ op: 'denominate' }]), panelInputs([2, 4, 6]));
    expect(A(build)).toEqual([1, 2, 3]);
    expect(build.steps[0].notes.map((n) => [n.code, n.indicator, n.detail])).toEqual([['DENOMINATED', 'A', 'Pop']]);
    const zero = panelInputs([2, 4, 6]);
    zero.panel.columns.Pop[1] = 0;
    expect(() => run(memorySpec([{ op: 'denominate' }]), zero)).toThrow(/denominator Pop of A is 0 for Q 2018/);
  });
  it('screen availability: drops a region below the threshold, honours include/exclude, notes each', () => {
    const inputs = panelInputs([1, N, 3], [1, 2, 3]);
    const build = run(memorySpec([{ op: 'screen', params: { threshold: 0.9 } }]), inputs);
    expect(build.results.regions.map((r) => r.code)).toEqual(['P', 'R']);
    expect(build.steps[0].notes.map((n) => [n.code, n.region])).toEqual([['SCREENED_REGION', 'Q']]);
    const forced = run(memorySpec([{ op: 'screen', params: { threshold: 0.9, include: ['Q'], exclude: ['R'] } }]), inputs);
    expect(forced.results.regions.map((r) => r.code)).toEqual(['P', 'Q']);
  });
  it('screen byzeros and indicator_threshold: drops a zero-heavy region and a sparse indicator', () => {
    const zeros = run(memorySpec([{ op: 'screen', params: { unit_screen: 'byzeros', zeros: 0.5 } }]), panelInputs([0, 1, 2], [0, 2, 3]));
    expect(zeros.results.regions.map((r) => r.code)).toEqual(['Q', 'R']);
    const sparse = run(memorySpec([{ op: 'screen', params: { threshold: 0, indicator_threshold: 0.5 } }]), panelInputs([1, N, N]));
    expect(sparse.results.framework.nodes.map((n) => n.code)).toEqual(['B', 'Index']);
  });
});

describe('treat', () => {
  const rule = { skew: 2, kurtosis: 3.5, winmax: 5, log: 'log_CT' as const, lambda: 1 };
  it('treatColumn: winsorisation that cannot pass within winmax falls back to log_CT of the original', () => {
    const x = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100]);
    const t = treatColumn(x, { ...rule, winmax: 0 });
    expect(t.logged?.method).toBe('log_CT');
    // log_CT: ln(x − min + 0.01(max − min))
    expect(t.x[0]).toBeCloseTo(Math.log(0.01 * 99), 12);
    expect(t.x[10]).toBeCloseTo(Math.log(99 + 0.01 * 99), 12);
  });
  it('treat log: a value ≤ 0 is NONPOSITIVE_INPUT at params.log; log_CT_orig and boxcox shift first', () => {
    const x = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 50];
    expect(() => run(memorySpec([{ op: 'treat', params: { pooled: true, log: 'log', winmax: 0 } }]), panelInputs(x))).toThrow(/log needs positive values but A is 0/);
    expect(treatColumn(x, { ...rule, winmax: 0, log: 'log_CT_orig' }).x[11]).toBeCloseTo(Math.log(51), 12);
    expect(treatColumn(x, { ...rule, winmax: 0, log: 'boxcox', lambda: 0.5 }).x[11]).toBeCloseTo((Math.sqrt(51) - 1) / 0.5, 12);
  });
  it('treat: per-indicator override none leaves an indicator untreated', () => {
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 2];
    const build = run(memorySpec([{ op: 'treat', params: { pooled: true, indicators: { A: 'none' } } }]), panelInputs(x, x));
    expect(A(build)).toEqual(x);
    expect(Math.max(...build.trace[1].panel.columns.B)).toBe(10);
  });
});
