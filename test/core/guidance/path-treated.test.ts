import { beforeAll, describe, expect, it } from 'vitest';
import { NqpfError, NqpfErrors, prepareSolvers } from '../../../src/core/index.js';
import { planPath, runPath } from '../../../src/core/guidance/path.js';
import { heldKinds } from '../../../src/core/guidance/rebuild.js';
import type { PathSpec } from '../../../src/core/guidance/schema.js';
import { buildSpec } from '../../helpers/build.js';

/**
 * Paths through the main example's treatment (specs/china-provinces.yaml: skew-kurtosis, pooled, before min-max):
 * winsorised and log-transformed indicators are levers too, moved through their held treatment.
 */
const steps = (weight: Record<string, unknown>) => [
  { op: 'impute', method: 'linear-time' },
  { op: 'treat', method: 'skew-kurtosis', params: { pooled: true, indicators: { pollution_control_invest_gdp: { winmax: 0 } } } },
  { op: 'normalize', method: 'min-max', params: { range: [0, 1], pooled: true } },
  weight,
  { op: 'aggregate', method: 'arithmetic' },
];
const recipe = (weight: Record<string, unknown>) => ({
  framework: { path: 'nqpf:frameworks/nqpf-four-pillars.yaml', missing: 'drop' },
  data: { path: 'nqpf:data/china-provinces.csv', regions: 'china-provinces' },
  seed: 42,
  steps: steps(weight),
});

beforeAll(async () => {
  await prepareSolvers();
});

function plan(build: ReturnType<typeof buildSpec>, spec: PathSpec) {
  const errors: NqpfError[] = [];
  const p = planPath(build, spec, '/paths/0', errors);
  if (errors.length > 0) throw new NqpfErrors(errors);
  return p!;
}

describe('paths through a held treatment', () => {
  it('a log-treated more-is-better lever is concave pieces, exact at their ends; nothing is excluded', () => {
    const build = buildSpec(recipe({ op: 'weight', method: 'entropy', params: { shift: 0.0001, pooled: true, scope: 'group' } }));
    const p = plan(build, { id: 'p', region: '贵州', target: { node: 'INDUSTRY', rank: 12 }, limits: { default: { multiply: 1.5 } }, cost: 'relative' });
    expect(p.excluded).toEqual([]);
    const t = p.model.panel.years.indexOf(p.year);
    const software = p.levers.find((l) => l.indicator === 'software_revenue_per_capita')!;
    expect(heldKinds(p.model, software.indicator, t)).toBe('log_CT');
    expect(software.pieces!.length).toBeGreaterThan(1);
    // Secants of a concave curve: decreasing, and their sum is the held gain at the cap (telescoping).
    software.pieces!.forEach((piece, k) => k > 0 && expect(piece.gain).toBeLessThanOrEqual(software.pieces![k - 1].gain));
    expect(p.linear).toBe(true);
    const result = runPath(build, p);
    expect(result.solver).toBe('lp');
    expect(result.reached).toBe(true);
    expect(result.rankAfter).toBeLessThanOrEqual(12);
    expect(result.excluded).toEqual([]);
  });

  it('a log-treated less-is-better lever gains more the further it moves (convex): no LP, the documented search, still verified', () => {
    const build = buildSpec(recipe({ op: 'weight', method: 'entropy', params: { shift: 0.0001, pooled: true, scope: 'group' } }));
    const p = plan(build, { id: 'p', region: '贵州', target: { rank: 16 }, limits: { default: { multiply: 1.3 } }, cost: 'relative' });
    const so2 = p.levers.find((l) => l.indicator === 'so2_intensity')!;
    expect(so2.sign).toBe(-1);
    expect(so2.pieces!.at(-1)!.gain).toBeGreaterThan(so2.pieces![0].gain);
    expect(p.linear).toBe(false);
    const result = runPath(build, p);
    expect(result.solver).toBe('search');
    expect(result.excluded).toEqual([]);
    expect(result.outcome.find((r) => r.region === '520000' && r.node === 'NQPF')!.targetReached).toBe(result.reached);
  });
});
