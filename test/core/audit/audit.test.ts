// Reference: COINr 1.1.14 on its ASEM example — test/reference/coinr/make-audit-reference.R writes audit-*.csv
// (get_stats, get_cronbach, prcomp as in get_PCA, cor.test, remove_elements) from the build new_coin →
// Normalise(n_minmax 0–100) → Aggregate(a_amean), which nqpf reproduces to 1e-9 (minmax-arith.csv).
import { describe, expect, it } from 'vitest';
import { removeOne } from '../../../src/core/audit/remove-one.js';
import { runAudit } from '../../../src/core/audit/run-audit.js';
import { buildSpec, readCsvObjects } from '../../helpers/build.js';

const build = buildSpec({
  framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' },
  data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' },
  steps: [{ op: 'normalize', method: 'min-max', params: { range: [0, 100] } }, { op: 'aggregate', method: 'arithmetic' }],
});
const audit = runAudit(build);
const ref = (name: string) => readCsvObjects(`test/reference/coinr/audit-${name}.csv`);
const close = (a: number, b: string, tol = 1e-9) => expect(Math.abs(a - Number(b)) <= tol * Math.max(1, Math.abs(Number(b))), `${a} vs ${b}`).toBe(true);

describe('runAudit on ASEM against COINr 1.1.14', () => {
  it('indicatorStats: every statistic and flag equals COINr get_stats on the raw data', () => {
    const rows = ref('stats');
    expect(rows).toHaveLength(49);
    for (const row of rows) {
      const s = audit.stats.find((x) => x.indicator === row.iCode)!;
      const pairs: [number, string][] = [[s.min, row.Min], [s.max, row.Max], [s.mean, row.Mean], [s.median, row.Median], [s.sd, row.Std], [s.skew, row.Skew], [s.kurtosis, row.Kurt],
        [s.available, row['N.Avail']], [s.nonZero, row['N.NonZero']], [s.unique, row['N.Unique']], [s.same, row['N.Same']], [s.fractionAvailable, row['Frc.Avail']],
        [s.fractionNonZero, row['Frc.NonZero']], [s.fractionUnique, row['Frc.Unique']], [s.fractionSame, row['Frc.Same']]];
      for (const [ours, theirs] of pairs) close(ours, theirs);
      expect([s.flagAvailability, s.flagNonZero, s.flagUnique, s.flagSkewKurtosis], row.iCode).toEqual([row['Flag.Avail'], row['Flag.NonZero'], row['Flag.Unique'], row['Flag.SkewKurt']]);
    }
  });

  it("cronbachAlpha: equals COINr get_cronbach for all 11 groups", () => {
    for (const row of ref('cronbach')) close(audit.groups.find((g) => g.node === row.node)!.alpha, row.alpha);
  });

  it('groupPca: PC1 variance share and loadings equal R prcomp(center, scale) on complete rows', () => {
    for (const row of ref('pca')) {
      const g = audit.groups.find((x) => x.node === row.node)!;
      expect(g.pcaRows).toBe(Number(row.rows));
      close(g.varianceExplained[0], row.pc1_variance, 1e-8);
      close(g.loadings.find((l) => l.component === row.component)!.loading, row.pc1_loading, 1e-7);
    }
  });

  it('correlations: Pearson and Spearman r and p with parent and index equal R cor.test', () => {
    const rows = ref('correlations');
    expect(rows.length).toBe(232);
    for (const row of rows) {
      const c = audit.correlations.find((x) => x.node === row.node && x.against === row.against && x.method === row.method)!;
      close(c.r, row.r);
      expect(Math.abs(c.p - Number(row.p)) <= 1e-7 * Number(row.p) + 1e-300, `${row.node} ${row.against} ${row.method} p ${c.p} vs ${row.p}`).toBe(true);
    }
  });

  it('removeOne: index rank changes when each pillar is removed equal COINr remove_elements MeanAbsDiff', () => {
    const rows = ref('remove-level2').filter((r) => r.node !== 'Nominal');
    const effects = removeOne(build, 2);
    expect(effects.map((e) => e.node)).toEqual(rows.map((r) => r.node));
    for (const row of rows) close(effects.find((e) => e.node === row.node)!.meanAbsRankChange, row.mean_abs_rank_change);
    expect(audit.removal.effects.map((e) => e.node)).toEqual(['Conn', 'Sust']); // default: the index's children
  });
});

describe('audit kernels', () => {
  it('firstOrderEffect: a linear effect gives S = r²; y = x² on symmetric x is explained (S ≈ 1) though r² ≈ 0', async () => {
    const { firstOrderEffect } = await import('../../../src/core/audit/importance.js');
    const x = Array.from({ length: 201 }, (_, i) => -1 + i / 100);
    const line = firstOrderEffect(x, x.map((v) => 3 * v + 1));
    expect(line.correlationRatio).toBeCloseTo(1, 6);
    expect(line.linear).toBeCloseTo(1, 12);
    const square = firstOrderEffect(x, x.map((v) => v * v));
    expect(square.linear).toBeLessThan(1e-12);
    expect(square.correlationRatio).toBeGreaterThan(0.99);
  });

  it('firstOrderEffect above 2,000 pairs: the binned estimate (Fan & Marron 1994) stays within 0.01 of the exact kernel sums (0.006 on this skewed x)', async () => {
    const { firstOrderEffect } = await import('../../../src/core/audit/importance.js');
    let state = 7;
    const random = () => ((state = (state * 1103515245 + 12345) % 2147483648), state / 2147483648);
    const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
    const x = Array.from({ length: 2500 }, () => Math.exp(normal())); // skewed, the hard case for a grid
    const y = x.map((v) => Math.log(v) + 0.5 * normal());
    const binned = firstOrderEffect(x, y);
    const exact = firstOrderEffect(x, y, Infinity);
    expect(binned.binned).toBe(true);
    expect(exact.binned).toBe(false);
    expect(Math.abs(binned.correlationRatio - exact.correlationRatio)).toBeLessThan(0.01);
    expect(binned.linear).toBe(exact.linear);
  });

  it('runAudit: flags negative, low and high correlations by the JRC thresholds', () => {
    for (const c of audit.correlations) {
      const expected = c.r < 0 ? 'negative' : Math.abs(c.r) > 0.9 ? 'high' : c.r < 0.3 ? 'low' : '';
      expect(c.flag).toBe(expected);
    }
    expect(audit.correlations.some((c) => c.flag === 'negative')).toBe(true);
  });
});
