import { describe, expect, it } from 'vitest';
import { NqpfError, run, type Framework, type Panel } from '../../../src/core/index.js';
import { buildFramework } from '../../../src/core/framework/build-framework.js';
import { extrapolate } from '../../../src/core/guidance/extrapolate.js';
import { checkProjection, runProjection } from '../../../src/core/guidance/projection.js';
import { checkTargets, targetDistances } from '../../../src/core/guidance/targets.js';

function inputs(): { framework: Framework; panel: Panel } {
  const framework = buildFramework([{ code: 'I', name: 'Index' }, { code: 'a', parent: 'I' }, { code: 'b', parent: 'I', unit: '%' }], 'f.yaml');
  const years = [2019, 2020, 2021, 2022, 2023];
  const regions = ['A', 'B', 'C'].map((code, k) => ({ code, name: { zh: code, en: code }, groups: { region4: k < 2 ? 'east' : 'west' } }));
  const a = new Float64Array(15);
  const b = new Float64Array(15);
  years.forEach((_, t) => {
    a[t * 3] = 2 * 1.07 ** t; // A grows exactly 7% a year
    a[t * 3 + 1] = 4 * 1.01 ** t;
    a[t * 3 + 2] = 3;
    b[t * 3] = 10 + 5 * t; // linear, +5 a year: reaches the 100% ceiling
    b[t * 3 + 1] = 60;
    b[t * 3 + 2] = 95 + t;
  });
  return { framework, panel: { regions, years, columns: { a, b }, observed: { a: new Uint8Array(15).fill(1), b: new Uint8Array(15).fill(1) } } };
}
const spec = { framework: 'f.yaml', data: 'd.csv', steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 1], pooled: true } }, { op: 'aggregate', method: 'arithmetic' }] };
const build = run(spec, inputs());

describe('projections', () => {
  it('extrapolate: an exact exponential series recovers its growth rate (CAGR)', () => {
    const points = [0, 1, 2, 3, 4].map((k) => ({ year: 2019 + k, value: 2 * 1.07 ** k }));
    const trend = extrapolate(points, 'cagr');
    expect(trend.rate).toBeCloseTo(0.07, 14);
    expect(trend.at(2030)).toBeCloseTo(2 * 1.07 ** 11, 12);
  });

  it('extrapolate: the @example 100 → 121 in two years is 10% a year; linear fits the least-squares line', () => {
    expect(extrapolate([{ year: 2020, value: 100 }, { year: 2022, value: 121 }], 'cagr').at(2023)).toBeCloseTo(133.1, 10);
    const line = extrapolate([{ year: 1, value: 1 }, { year: 2, value: 3 }, { year: 3, value: 2 }], 'linear');
    expect(line.rate).toBeCloseTo(0.5, 14); // R: coef(lm(c(1,3,2) ~ c(1,2,3)))[2] = 0.5
    expect(line.at(4)).toBeCloseTo(3, 14);
  });

  it('runProjection: projected values clamped to the plausible range, projected years only, passing years', () => {
    const result = runProjection(build, { to: 2030, method: 'cagr', window: 5, target: 0.9 });
    expect(result.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    const n = 3;
    const at = (code: string, year: number, r: number) => result.panel.columns[code][result.panel.years.indexOf(year) * n + r];
    expect(at('a', 2030, 0)).toBeCloseTo(2 * 1.07 ** 11, 10);
    // b of C: 95 → 99 (1.04% a year) passes 100 % from 2024: clamped, and noted.
    expect(at('b', 2024, 2)).toBe(100);
    expect(result.notes).toContainEqual({ region: 'C', indicator: 'b', note: 'clamped to [0, 100] in 7 projected year(s)' });
    expect(result.rows.every((row) => row.year > 2023)).toBe(true);
    expect(result.rows.length).toBe(7 * 3 * 3);
    expect(result.groups).toBe('region4');
    const passA = result.passes.find((p) => p.region === 'A')!;
    expect(passA.nationalMean === null || passA.nationalMean >= 2023).toBe(true);
  });

  it('runProjection: held (default) continues scores.csv\'s scale by hand; rebuild: true equals run on the extended panel', () => {
    const held = runProjection(build, { to: 2025, method: 'cagr', window: 5, rebuild: false });
    expect(held.rebuilt).toBe(false);
    expect(held.notes[0].note).toMatch(/^rebuild: false — weights, normalisation bounds and treatment parameters held/);
    // Held by hand: pooled min-max bounds of the observed years, equal weights 1/2 — A's a in 2025 = 2·1.07^6.
    const observed = (code: 'a' | 'b') => Array.from(build.inputs.panel.columns[code]);
    const norm = (code: 'a' | 'b', x: number) => (x - Math.min(...observed(code))) / (Math.max(...observed(code)) - Math.min(...observed(code)));
    const x = (code: 'a' | 'b', year: number, r: number) => held.panel.columns[code][held.panel.years.indexOf(year) * 3 + r];
    const rowA = held.rows.find((row) => row.region === 'A' && row.year === 2025 && row.node === 'I')!;
    expect(rowA.score).toBeCloseTo(0.5 * norm('a', x('a', 2025, 0)) + 0.5 * norm('b', x('b', 2025, 0)), 12);
    expect(norm('a', x('a', 2025, 1))).toBeGreaterThan(1); // B's a (4·1.01^6) past the observed maximum: above 1 on scores.csv's scale

    const rebuilt = runProjection(build, { to: 2025, method: 'cagr', window: 5, rebuild: true });
    expect(rebuilt.rebuilt).toBe(true);
    expect(rebuilt.notes[0].note).toMatch(/^rebuild: true — observed and projected years rebuilt together/);
    const direct = run(spec, { framework: build.inputs.framework, panel: rebuilt.panel });
    for (const row of rebuilt.rows) {
      const i = direct.results.years.indexOf(row.year) * 3 + direct.results.regions.findIndex((r) => r.code === row.region);
      expect(row.score).toBe(direct.results.scores[row.node][i]);
      expect(row.rank).toBe(direct.results.ranks[row.node][i]);
    }
    // Re-fitted pooled bounds include the extrapolations: every projected score within [0, 1].
    expect(rebuilt.rows.every((row) => row.score >= 0 && row.score <= 1)).toBe(true);
  });

  it('checkProjection: a horizon not after the data and an unknown range indicator are located errors', () => {
    const errors: NqpfError[] = [];
    checkProjection(build, { to: 2023, method: 'cagr', window: 5, range: { zz: [0, 1], b: [5, 1] } }, errors);
    expect(errors.map((e) => [e.code, e.where.pointer])).toEqual([
      ['PROJECTION_NOT_AFTER', '/projection/to'],
      ['GUIDANCE_UNKNOWN_INDICATOR', '/projection/range/zz'],
      ['PROJECTION_RANGE', '/projection/range/b'],
    ]);
  });

  it('targetDistances: distance and the compound annual growth needed; * expands to every region', () => {
    const rows = [{ indicator: 'b', region: 'B', year: 2027, value: 75, row: 2 }, { indicator: 'a', region: '*', year: 2025, value: 5, row: 3 }];
    const out = targetDistances(build, rows);
    expect(out[0]).toMatchObject({ region: 'B', latestYear: 2023, latest: 60, distance: 15 });
    expect(out[0].annualGrowthNeeded).toBeCloseTo(1.25 ** 0.25 - 1, 14);
    expect(out.slice(1).map((d) => d.region)).toEqual(['A', 'B', 'C']);
    const errors: NqpfError[] = [];
    checkTargets(build, [{ indicator: 'zz', region: 'Q', year: 2025, value: 1, row: 4 }], 'targets.csv', errors);
    expect(errors.map((e) => e.format('en'))).toEqual([
      'targets.csv:4:indicator: no indicator "zz" in the build; known: a, b',
      'targets.csv:4:region: no region "Q" in the data (names or codes, e.g. *, A, B, C)',
    ]);
  });
});
