import { describe, expect, it } from 'vitest';
import { run } from '../../../src/core/index.js';
import { runUncertainty } from '../../../src/core/uncertainty/analysis.js';
import { createPerturber } from '../../../src/core/uncertainty/perturb.js';
import { quantileSorted } from '../../../src/core/stats/quantile-sorted.js';
import { runUncertaintyParallel } from '../../../src/io/node/workers/pool.js';
import { buildSpec } from '../../helpers/build.js';

const document = Object.freeze({
  framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' },
  data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' },
  seed: 42,
  steps: [
    { id: 'normalize', op: 'normalize', method: 'min-max', params: { range: [1, 100] } },
    { id: 'weight', op: 'weight', method: 'fixed' },
    { id: 'aggregate', op: 'aggregate', method: 'arithmetic' },
  ],
  uncertainty: {
    runs: 40,
    vary: [
      { step: 'normalize', pointer: '/method', values: [{ method: 'min-max', params: { range: [1, 100] } }, { method: 'z-score', params: { mean: 10, sd: 2 } }] },
      { step: 'weight', pointer: '/params/noise', values: { uniform: [-0.25, 0.25] } },
      { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'geometric'] },
    ],
  },
});
const build = buildSpec(document as Record<string, unknown>);
const result = runUncertainty(build);
const cells = build.results.regions.length;

describe('runUncertainty on ASEM', () => {
  it('runUncertainty: each run equals a full build of its perturbed spec (prefix caching changes no number)', () => {
    const perturb = createPerturber(build.spec, result.plan);
    for (const k of [0, 1, 2, 3, 4, 37, 121, 199]) {
      const full = run({ ...build.spec, steps: perturb(k).steps }, build.inputs);
      const fresh = full.results.scores.Index;
      const cached = result.scores.subarray(k * cells, (k + 1) * cells);
      if (Number.isNaN(result.shift[k])) {
        expect(result.failures.some((f) => f.run === k)).toBe(true);
        continue;
      }
      expect(Array.from(cached), `run ${k} scores`).toEqual(Array.from(fresh));
      expect(Array.from(result.ranks.subarray(k * cells, (k + 1) * cells)), `run ${k} ranks`).toEqual(Array.from(full.results.ranks.Index));
    }
  });

  it('runUncertainty: a failed run (geometric mean of a non-positive z-score) is recorded, never a silent NaN', () => {
    const failing = buildSpec({
      ...document,
      uncertainty: { runs: 8, type: 'uncertainty', vary: [{ step: 'normalize', pointer: '/method', values: ['z-score'] }, { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'geometric'] }] },
    } as Record<string, unknown>);
    const out = runUncertainty(failing);
    const geometric = out.plan.factors[1];
    expect(out.failures.length).toBeGreaterThan(0);
    for (const failure of out.failures) {
      expect(failure.code).toBe('NONPOSITIVE_INPUT');
      expect(Number.isNaN(out.shift[failure.run])).toBe(true);
      expect(geometric.values).toContain('geometric');
    }
    for (const failure of result.failures) {
      expect(failure.code).toBe('NONPOSITIVE_INPUT');
      expect(Number.isNaN(result.shift[failure.run])).toBe(true);
    }
    expect(result.failures.length + result.intervals[0].runs).toBe(result.plan.totalRuns);
  });

  it('cellIntervals: equal R quantile type 7 over the runs (checked against a plain sort)', () => {
    for (const cell of [0, 7, cells - 1]) {
      const ranks: number[] = [];
      const scores: number[] = [];
      for (let k = 0; k < result.plan.totalRuns; k++) {
        if (Number.isNaN(result.ranks[k * cells + cell])) continue;
        ranks.push(result.ranks[k * cells + cell]);
        scores.push(result.scores[k * cells + cell]);
      }
      ranks.sort((a, b) => a - b);
      scores.sort((a, b) => a - b);
      const c = result.intervals[cell];
      expect([c.q05Rank, c.medianRank, c.q95Rank]).toEqual([0.05, 0.5, 0.95].map((p) => quantileSorted(ranks, p)));
      expect([c.q05Score, c.medianScore, c.q95Score]).toEqual([0.05, 0.5, 0.95].map((p) => quantileSorted(scores, p)));
      expect(c.meanRank).toBeCloseTo(ranks.reduce((s, r) => s + r, 0) / ranks.length, 12);
      expect(c.nominalRank).toBe(build.results.ranks.Index[cell]);
    }
  });

  it('runUncertainty: the same seed gives the same numbers; another seed others', () => {
    expect(runUncertainty(build).scores).toEqual(result.scores);
    const other = buildSpec({ ...document, seed: 43 } as Record<string, unknown>);
    expect(runUncertainty(other).scores).not.toEqual(result.scores);
  });

  it('runUncertaintyParallel: worker threads give byte-identical results to one thread', async () => {
    const threaded = await runUncertaintyParallel(document, build, { workers: 2, inline: false });
    expect(threaded.interrupted).toBe(false);
    expect(Buffer.from(threaded.result.scores.buffer).equals(Buffer.from(result.scores.buffer))).toBe(true);
    expect(Buffer.from(threaded.result.ranks.buffer).equals(Buffer.from(result.ranks.buffer))).toBe(true);
    expect(threaded.result.indices).toEqual(result.indices);
    expect(threaded.result.intervals).toEqual(result.intervals);
  });

  it('runUncertaintyParallel: a small job asked for 2 threads runs in this thread alone, with the same bytes', async () => {
    // a few milliseconds of runs: never worth a worker's boot (WORKER_WORTH_SECONDS), whatever the machine's load
    const small = await runUncertaintyParallel(document, build, { workers: 2 });
    expect(small.threads).toBe(1);
    expect(Buffer.from(small.result.scores.buffer).equals(Buffer.from(result.scores.buffer))).toBe(true);
    expect(Buffer.from(small.result.ranks.buffer).equals(Buffer.from(result.ranks.buffer))).toBe(true);
    expect(small.result.intervals).toEqual(result.intervals);
  });

  it('runUncertaintyParallel: an abort keeps the finished rows, which equal those of the full analysis', async () => {
    const stop = new AbortController();
    const partial = await runUncertaintyParallel(document, build, { workers: 1, signal: stop.signal, onProgress: () => stop.abort() });
    expect(partial.interrupted).toBe(true);
    expect(partial.result.completedRows).toBeGreaterThan(0);
    expect(partial.result.completedRows).toBeLessThan(result.plan.rows);
    const width = result.plan.runsPerRow * cells;
    for (let row = 0; row < result.plan.rows; row++) {
      const got = partial.result.scores.subarray(row * width, (row + 1) * width);
      if (partial.result.finishedRows[row]) expect(got).toEqual(result.scores.subarray(row * width, (row + 1) * width));
      else expect(got.every(Number.isNaN)).toBe(true);
    }
  });
});
