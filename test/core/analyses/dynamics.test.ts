import { describe, expect, it } from 'vitest';
import { buildOf, oneIndicator, tableOf } from './helpers.js';

describe('trends through a build', () => {
  it('trends: CAGR 100 → 121 over two years is 10 %; year on year 10 % then −10 %; group means by year', () => {
    // year-major: 2020: p=100, q=1; 2021: p=110, q=3; 2022: p=121·(…) — p: 100, 110, 99 for yoy, q for CAGR
    const build = buildOf({
      nodes: oneIndicator,
      regions: ['p', 'q'],
      groups: { region4: ['east', 'west'] },
      years: [2020, 2021, 2022],
      columns: { y: [100, 100, 110, 105, 99, 121] },
      analyses: [{ op: 'trends' }],
    });
    const growth = tableOf(build, 'trends', 'growth').filter((g) => g.node === 'I');
    expect(growth.map((g) => g.region)).toEqual(['p', 'q']);
    expect(growth[1].cagr).toBeCloseTo(0.1, 15); // (121/100)^(1/2) − 1, by hand
    const yoy = tableOf(build, 'trends', 'yoy').filter((g) => g.node === 'I' && g.region === 'p').map((g) => g.yoy);
    expect(yoy[0]).toBeNull();
    expect(yoy[1]).toBeCloseTo(0.1, 15); // 110/100 − 1
    expect(yoy[2]).toBeCloseTo(-0.1, 15); // 99/110 − 1
    const means = tableOf(build, 'trends', 'means').filter((m) => m.node === 'I' && m.year === 2022);
    expect(means.map((m) => [m.group, m.mean])).toEqual([['all', 110], ['east', 99], ['west', 121]]);
  });

  it('trends: a series whose first value is 0 has no CAGR (empty, not an error)', () => {
    const build = buildOf({ nodes: oneIndicator, regions: ['p'], years: [2020, 2021], columns: { y: [0, 5] }, analyses: [{ op: 'trends', params: { groups: 'none' } }] });
    expect(tableOf(build, 'trends', 'growth')[0].cagr).toBeNull();
  });
});

describe('kernel-density through a build', () => {
  it('kernel-density: values 1, 2, 3, 4, 10 → bandwidth R bw.nrd0 0.9735846228506357 and R density() grid start', () => {
    const build = buildOf({ nodes: oneIndicator, regions: ['a', 'b', 'c', 'd', 'e'], columns: { y: [1, 2, 3, 4, 10] }, analyses: [{ op: 'kernel-density' }] });
    expect(tableOf(build, 'kernel-density', 'bandwidth')[0].bandwidth).toBeCloseTo(0.9735846228506357, 14); // R 4.2.2 bw.nrd0
    const density = tableOf(build, 'kernel-density');
    expect(density).toHaveLength(512); // R density() default n
    expect(density[0].x).toBeCloseTo(-1.9207538685519072, 13); // R: min − 3·bw
    const step = (density[1].x as number) - (density[0].x as number);
    expect(density.reduce((a, d) => a + (d.density as number), 0) * step).toBeCloseTo(1, 2); // integrates to ≈ 1 (the grid stops 3 bandwidths out)
  });
});

describe('convergence through a build', () => {
  it('convergence: x_{t+1} = e·√x_t exactly gives β = −0.5, speed ln 2, half-life 1 year; σ by year', () => {
    const e = Math.E;
    // year-major, 2 regions × 3 years (the diagnose/convergence.ts @example)
    const y = [1, 4, e, e * 2, e ** 1.5, e ** 1.5 * Math.SQRT2];
    const build = buildOf({ nodes: oneIndicator, regions: ['a', 'b'], years: [2000, 2001, 2002], columns: { y }, analyses: [{ op: 'convergence' }] });
    const [absolute, conditional] = tableOf(build, 'convergence', 'beta');
    expect(absolute.type).toBe('absolute');
    expect(absolute.beta).toBeCloseTo(-0.5, 12); // ln(x_{t+1}/x_t) = 1 − 0.5 ln x_t by construction
    expect(absolute.speed).toBeCloseTo(Math.LN2, 12); // −ln(1 − 0.5)
    expect(absolute.half_life).toBeCloseTo(1, 12);
    expect(conditional.type).toBe('conditional');
    expect(tableOf(build, 'convergence', 'sigma')[0].sd).toBeCloseTo(Math.sqrt(4.5), 14); // sd(1, 4) with n − 1
  });
});
