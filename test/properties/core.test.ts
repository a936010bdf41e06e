// Invariants of the core engine over random panels (fast-check; DESIGN.md §8).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, regenerate, resolveSpec, run, withChecks, type Build, type Framework, type Panel } from '../../src/core/index.js';
import { buildFramework } from '../../src/core/framework/build-framework.js';

const framework: Framework = buildFramework(
  [
    { code: 'I' },
    { code: 'D1', parent: 'I', weight: 2 },
    { code: 'D2', parent: 'I' },
    { code: 'x1', parent: 'D1' },
    { code: 'x2', parent: 'D1', direction: -1 },
    { code: 'x3', parent: 'D2' },
    { code: 'x4', parent: 'D2' },
  ],
  'prop.yaml',
);
const codes = ['x1', 'x2', 'x3', 'x4'];

/** Random panels of 3–12 regions × 1–4 years with distinct values per column (no constant columns). */
const panelArb = fc
  .record({ regions: fc.integer({ min: 3, max: 12 }), years: fc.integer({ min: 1, max: 4 }) })
  .chain(({ regions, years }) =>
    fc.tuple(
      fc.constant({ regions, years }),
      fc.array(fc.uniqueArray(fc.integer({ min: 1, max: 100_000 }), { minLength: regions * years, maxLength: regions * years }), { minLength: 4, maxLength: 4 }),
    ),
  )
  .map(([{ regions, years }, columns]): Panel => ({
    regions: Array.from({ length: regions }, (_, r) => ({ code: `R${r}`, name: { zh: `R${r}`, en: `R${r}` }, groups: {} })),
    years: Array.from({ length: years }, (_, t) => 2000 + t),
    columns: Object.fromEntries(codes.map((c, j) => [c, Float64Array.from(columns[j], (v) => v / 7)])),
    observed: Object.fromEntries(codes.map((c) => [c, new Uint8Array(regions * years).fill(1)])),
  }));

const stepsArb = fc.constantFrom(
  [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate' }],
  [{ op: 'normalize', method: 'min-max', params: { range: [1, 100], pooled: false } }, { op: 'weight', method: 'entropy', params: { shift: 0.001 } }, { op: 'aggregate', method: 'geometric' }],
  [{ op: 'normalize', method: 'z-score' }, { op: 'weight', method: 'equal' }, { op: 'aggregate' }],
  [{ op: 'normalize', method: 'rank' }, { op: 'aggregate', method: 'harmonic' }],
  [{ op: 'normalize', method: 'percentile-rank', params: { pooled: false } }, { op: 'aggregate' }],
);

const spec = (steps: unknown) => ({ framework: 'prop.yaml', data: 'prop.csv', steps });

describe('core invariants', () => {
  it('rankings: with distinct scores each year\'s ranks are a permutation of 1..n', () => {
    fc.assert(
      fc.property(panelArb, (panel) => {
        const build = run(spec([{ op: 'normalize' }, { op: 'aggregate' }]), { framework, panel });
        const n = panel.regions.length;
        for (let t = 0; t < panel.years.length; t++) {
          const scores = build.results.scores.I.subarray(t * n, (t + 1) * n);
          if (new Set(scores).size < n) continue;
          const ranks = Array.from(build.results.ranks.I.subarray(t * n, (t + 1) * n)).sort((a, b) => a - b);
          expect(ranks).toEqual(Array.from({ length: n }, (_, k) => k + 1));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('weights: indicator effective weights sum to 1 for every weighting', () => {
    fc.assert(
      fc.property(panelArb, stepsArb, (panel, steps) => {
        const build = run(spec(steps), { framework, panel });
        const total = build.results.weights.filter((w) => w.level === 1).reduce((s, w) => s + w.effectiveWeight, 0);
        expect(total).toBeCloseTo(1, 12);
      }),
      { numRuns: 60 },
    );
  });

  it('min-max: every normalised value lies in the range', () => {
    fc.assert(
      fc.property(panelArb, fc.boolean(), (panel, pooled) => {
        const build = run(spec([{ op: 'normalize', params: { range: [10, 20], pooled } }]), { framework, panel });
        for (const c of codes) for (const v of build.results.scores[c]) expect(v >= 10 - 1e-12 && v <= 20 + 1e-12).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('arithmetic mean: raising a positive indicator never lowers that region\'s index', () => {
    fc.assert(
      fc.property(panelArb, fc.nat(), fc.integer({ min: 1, max: 1000 }), (panel, pick, raise) => {
        const cell = pick % panel.columns.x1.length;
        const before = run(spec([{ op: 'normalize', params: { range: [0, 100] } }, { op: 'aggregate' }]), { framework, panel });
        const raised = { ...panel, columns: { ...panel.columns, x1: panel.columns.x1.map((v, i) => (i === cell ? v + raise : v)) } };
        const after = run(spec([{ op: 'normalize', params: { range: [0, 100] } }, { op: 'aggregate' }]), { framework, panel: raised });
        // pooled min-max: raising one cell can only stretch x1's range upwards, which lowers others, not this one
        expect(after.results.scores.x1[cell]).toBeGreaterThanOrEqual(before.results.scores.x1[cell] - 1e-9);
      }),
      { numRuns: 60 },
    );
  });

  it('region order: permuting the regions permutes the results (scores to 1e-12, ranks exactly)', () => {
    fc.assert(
      fc.property(panelArb, stepsArb, fc.nat(), (panel, steps, seed) => {
        const n = panel.regions.length;
        const order = Array.from({ length: n }, (_, r) => r).sort((a, b) => ((a * 7919 + seed) % n) - ((b * 7919 + seed) % n) || a - b);
        const permute = (column: Float64Array) => {
          const out = new Float64Array(column.length);
          for (let t = 0; t < panel.years.length; t++) order.forEach((from, to) => (out[t * n + to] = column[t * n + from]));
          return out;
        };
        const shuffled: Panel = {
          ...panel,
          regions: order.map((r) => panel.regions[r]),
          columns: Object.fromEntries(Object.entries(panel.columns).map(([c, v]) => [c, permute(v)])),
          observed: panel.observed,
        };
        const a = run(spec(steps), { framework, panel });
        const b = run(spec(steps), { framework, panel: shuffled });
        // sums run in another order, so allow last-bit differences (~1e-16 relative)
        const expected = permute(a.results.scores.I);
        b.results.scores.I.forEach((v, i) => expect(Math.abs(v - expected[i])).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(v))));
        expect(Array.from(b.results.ranks.I)).toEqual(Array.from(permute(a.results.ranks.I)));
      }),
      { numRuns: 40 },
    );
  });

  it('spec: resolve(JSON(resolved)) equals resolved (round trip)', () => {
    fc.assert(
      fc.property(stepsArb, fc.integer({ min: 0, max: 2 ** 31 }), (steps, seed) => {
        const resolved = resolveSpec({ ...spec(steps), seed });
        expect(resolveSpec(JSON.parse(JSON.stringify(resolved)))).toEqual(resolved);
      }),
    );
  });

  it('regenerate: re-running from the first changed step equals a full run, and inputs stay untouched', () => {
    fc.assert(
      fc.property(panelArb, stepsArb, stepsArb, (panel, stepsA, stepsB) => {
        const snapshot = canonicalJson(panel.columns);
        const first = run(spec(stepsA), { framework, panel });
        const regenerated = regenerate(first, spec(stepsB));
        const full = run(spec(stepsB), { framework, panel });
        expect(canonicalJson(regenerated.results)).toBe(canonicalJson(full.results));
        expect(canonicalJson(regenerated.steps)).toBe(canonicalJson(full.steps));
        expect(canonicalJson(panel.columns)).toBe(snapshot);
      }),
      { numRuns: 40 },
    );
  });

  it('regenerate with new weights and checks deferred (the web slider): scores and ranks equal a full run cell for cell, withChecks gives its checks', () => {
    const weightArb = fc.double({ min: 0.01, max: 5, noNaN: true });
    const bits = (build: Build) => Object.fromEntries(Object.entries(build.results.scores).map(([code, column]) => [code, [Array.from(column), Array.from(build.results.ranks[code])]]));
    fc.assert(
      fc.property(panelArb, fc.array(fc.tuple(fc.constantFrom('D1', 'D2', 'x1', 'x3'), weightArb), { minLength: 1, maxLength: 4 }), fc.boolean(), (panel, moves, rankStep) => {
        const steps = (weights: Record<string, number>) => [
          { op: 'normalize', method: 'min-max', params: { range: [0, 1] } },
          { op: 'weight', method: 'fixed', params: { weights } },
          { op: 'aggregate' },
          ...(rankStep ? [{ op: 'rank' }] : []),
        ];
        let weights: Record<string, number> = { D1: 1, D2: 1 };
        let build = run(spec(steps(weights)), { framework, panel });
        for (const [code, weight] of moves) {
          weights = { ...weights, [code]: weight };
          build = regenerate(build, spec(steps(weights)), { checks: false });
          const full = run(spec(steps(weights)), { framework, panel });
          expect(bits(build)).toEqual(bits(full));
          expect(build.checks).toEqual([]);
          expect(withChecks(build).checks).toEqual(full.checks);
        }
      }),
      { numRuns: 40 },
    );
  });
});
