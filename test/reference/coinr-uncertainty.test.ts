// Reference: COINr 1.1.14 get_sensitivity(build_example_coin(), SA_specs, N = 1000, SA_type = "UA") with the
// vignette's SA_specs — test/reference/coinr/uncertainty-ranks.csv, made by make-reference.R (README case 8).
// nqpf runs the same recipe (bench/ua-asem.yaml) with its own seeded draws, so the two agree within Monte
// Carlo error, not bit for bit: COINr picks one of 100 noisy weight sets per run, nqpf draws fresh noise.
import { describe, expect, it } from 'vitest';
import { findMethod } from '../../src/core/index.js';
import { runUncertainty } from '../../src/core/uncertainty/analysis.js';
import { loadSpecFile } from '../../src/io/node/load.js';
import { buildSpec, readCsvObjects, REPO } from '../helpers/build.js';

const ready = ['denominate:divide', 'impute:group-mean', 'screen:availability', 'treat:skew-kurtosis'].every((m) => findMethod(...(m.split(':') as [string, string])));

describe.skipIf(!ready)('COINr 1.1.14 uncertainty analysis of ASEM (vignette SA_specs, N = 1000)', () => {
  const loaded = loadSpecFile(`${REPO}/bench/ua-asem.yaml`);
  const build = buildSpec(loaded.document as Record<string, unknown>, loaded.dir);
  const result = runUncertainty(build);
  const reference = readCsvObjects('test/reference/coinr/uncertainty-ranks.csv');
  const cells = build.results.regions.length;

  it('runUncertainty: nominal ranks equal COINr RankStats$Nominal for all 51 countries', () => {
    expect(reference).toHaveLength(51);
    for (const row of reference) {
      const c = build.results.regions.findIndex((r) => r.code === row.uCode);
      expect(result.intervals[c].nominalRank, row.uCode).toBe(Number(row.Nominal));
    }
  });

  it('runUncertainty: mean, median, 5% and 95% rank agree with COINr within Monte Carlo error', () => {
    expect(result.failures).toEqual([]);
    for (const row of reference) {
      const c = build.results.regions.findIndex((r) => r.code === row.uCode);
      const ranks = Array.from({ length: result.plan.totalRuns }, (_, k) => result.ranks[k * cells + c]);
      const mean = ranks.reduce((s, r) => s + r, 0) / ranks.length;
      const sd = Math.sqrt(ranks.reduce((s, r) => s + (r - mean) ** 2, 0) / (ranks.length - 1));
      const ours = result.intervals[c];
      // two independent means of N = 1000 runs: difference SE = sd·√(2/N); allow 4 SE (+0.1 for tiny sd)
      expect(Math.abs(ours.meanRank - Number(row.Mean)), `${row.uCode} mean`).toBeLessThan(4 * sd * Math.sqrt(2 / 1000) + 0.1);
      // a p-quantile's SE is √(p(1−p))/(f·√N), f the rank density there (share of runs within ±2 ranks / 5);
      // two independent estimates: ×√2; allow 4 SE, and at least 1.5 ranks (ranks are integers)
      const tolerance = (q: number, p: number) => {
        const density = ranks.filter((r) => Math.abs(r - q) <= 2).length / ranks.length / 5;
        return Math.max(1.5, (4 * Math.SQRT2 * Math.sqrt(p * (1 - p))) / (density * Math.sqrt(1000)));
      };
      expect(Math.abs(ours.medianRank - Number(row.Median)), `${row.uCode} median`).toBeLessThanOrEqual(tolerance(ours.medianRank, 0.5));
      expect(Math.abs(ours.q05Rank - Number(row.Q5)), `${row.uCode} Q5`).toBeLessThanOrEqual(tolerance(ours.q05Rank, 0.05));
      expect(Math.abs(ours.q95Rank - Number(row.Q95)), `${row.uCode} Q95`).toBeLessThanOrEqual(tolerance(ours.q95Rank, 0.95));
    }
  });
});
