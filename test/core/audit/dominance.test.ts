// The dominance guard (issue 13). Reference: the correlation ratio S_i = Var(E[y | x_i]) / Var(y) of Becker et al.
// (2017, Ecological Indicators 80: 12–22) worked by hand on binary indicators, where E[y | x_i] is the mean of y
// in each of the two groups; and the old China example (before issue 13), where the guard must fire.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { correlationRatio, dominance, dominanceNotes } from '../../../src/core/audit/dominance.js';
import type { Framework, FrameworkNode } from '../../../src/core/model/types.js';
import { buildFromFile } from '../../../src/cli/build-spec.js';
import { outputTables } from '../../../src/io/output-tables.js';
import { reportHtml } from '../../../src/io/report/report-html.js';
import { REPO } from '../../helpers/build.js';

const node = (code: string, parent: string | null, level: number, weight = 1): FrameworkNode => ({ code, name: { zh: code, en: code }, parent, level, direction: 1, weight });

describe('correlationRatio (Becker et al. 2017), worked by hand', () => {
  // x1 = (0, 1, 0, 1), x2 = (0, 0, 1, 1), y = x1 + x2 = (0, 1, 1, 2): Var(y) = 0.5;
  // E[y | x1 = 0] = 0.5, E[y | x1 = 1] = 1.5 → Var(E[y | x1]) = 0.25 → S1 = 0.5, and S2 = 0.5 by symmetry.
  it('equal weights, independent binary indicators: S1 = S2 = 0.5', () => {
    expect(correlationRatio([0, 1, 0, 1], [0, 1, 1, 2])).toBeCloseTo(0.5, 12);
    expect(correlationRatio([0, 0, 1, 1], [0, 1, 1, 2])).toBeCloseTo(0.5, 12);
  });

  // y = 3·x1 + x2 = (0, 3, 1, 4): mean 2, Var(y) = (4 + 1 + 1 + 4) / 4 = 2.5;
  // E[y | x1] = 0.5 or 3.5 → variance 2.25 → S1 = 0.9; E[y | x2] = 1.5 or 2.5 → variance 0.25 → S2 = 0.1.
  // Nominal weights 0.75 / 0.25, importance 0.9 / 0.1: Becker et al.'s point that weight ≠ importance.
  it('weights 3 : 1: S1 = 0.9, S2 = 0.1', () => {
    expect(correlationRatio([0, 1, 0, 1], [0, 3, 1, 4])).toBeCloseTo(0.9, 12);
    expect(correlationRatio([0, 0, 1, 1], [0, 3, 1, 4])).toBeCloseTo(0.1, 12);
  });

  it('a cubic relation is captured in full; a constant x explains nothing; missing pairs are skipped', () => {
    const x = [-2, -1, 0, 1, 2, 3];
    expect(correlationRatio(x, x.map((v) => v ** 3 - v))).toBeCloseTo(1, 10);
    expect(correlationRatio([1, 1, 1], [1, 2, 3])).toBe(0);
    expect(correlationRatio([0, 1, NaN, 0, 1], [0, 1, 9, 1, 2])).toBeCloseTo(0.5, 12);
  });
});

describe('dominance: shares against the nominal ones', () => {
  // Index I with indicators a, b, c, d (nominal 1/4 each). Data-driven weights gave a 0.7 and the others 0.1.
  const framework: Framework = { nodes: [node('a', 'I', 1), node('b', 'I', 1), node('c', 'I', 1), node('d', 'I', 1), node('I', null, 2)] };
  const a = [0, 1, 0, 1, 0, 1, 0, 1];
  const b = [0, 0, 1, 1, 0, 0, 1, 1];
  const c = [0, 0, 0, 0, 1, 1, 1, 1];
  const d = [1, 0, 0, 1, 0, 1, 1, 0];
  const weights = { a: 0.7, b: 0.1, c: 0.1, d: 0.1, I: 1 };
  const index = a.map((_, i) => 0.7 * a[i] + 0.1 * (b[i] + c[i] + d[i]));

  it('weight: a holds 70 % against 25 % nominal (≥ 2× and ≥ 15 %): one finding; b, c, d do not', () => {
    const found = dominance(framework, weights, { a, b, c, d, I: index });
    const byWeight = found.filter((f) => f.measure === 'weight');
    expect(byWeight.map((f) => [f.node, f.level, f.measure, f.nominalShare])).toEqual([['a', 1, 'weight', 0.25]]);
    expect(byWeight[0].share).toBeCloseTo(0.7, 12);
  });

  // a, b, c, d are orthogonal balanced binaries, so S_i ∝ w_i²: S_a share = 0.49 / (0.49 + 3 × 0.01) = 0.9423.
  it('variance: a explains 0.49 / 0.52 = 94.2 % of the variance against 25 % nominal', () => {
    const v = dominance(framework, weights, { a, b, c, d, I: index }).find((f) => f.measure === 'variance')!;
    expect(v.node).toBe('a');
    expect(v.share).toBeCloseTo(0.49 / 0.52, 10);
  });

  it('equal weights on the same data: nothing dominates', () => {
    const eq = a.map((_, i) => (a[i] + b[i] + c[i] + d[i]) / 4);
    expect(dominance(framework, { a: 1, b: 1, c: 1, d: 1, I: 1 }, { a, b, c, d, I: eq })).toEqual([]);
  });

  it('notes carry the shares in %', () => {
    const [note] = dominanceNotes([{ node: 'a', level: 1, measure: 'weight', nominalShare: 0.25, share: 0.7 }]);
    expect(note).toMatchObject({ code: 'DOMINANT_WEIGHT', indicator: 'a', value: 70, from: 25 });
  });
});

describe('the old China example (before issue 13) and the new one', () => {
  it('old: technology-market turnover per GDP took 20.7 % of the entropy weight against 8.3 % nominal: the guard fires', () => {
    const { build } = buildFromFile(join(REPO, 'test/fixtures/dominance-old-china/spec.yaml'));
    const fired = build.checks.map((n) => [n.code, n.indicator, n.value, n.from]);
    expect(fired).toContainEqual(['DOMINANT_WEIGHT', 'techmkt_outflow_gdp_pct', 20.7, 8.3]);
    // notes.csv and the report record it
    const notes = outputTables(build).find((t) => t.name === 'notes')!;
    expect(notes.rows.filter((r) => r[0] === 'check').map((r) => [r[1], r[4]])).toContainEqual(['DOMINANT_WEIGHT', 'techmkt_outflow_gdp_pct']);
    expect(reportHtml(build, { lang: 'en' })).toContain('techmkt_outflow_gdp_pct takes 20.7 % of the effective weight against a nominal 8.3 %');
  });

  it('new specs/china-provinces.yaml: no indicator or pillar dominates', () => {
    const { build } = buildFromFile(join(REPO, 'specs/china-provinces.yaml'));
    expect(build.checks).toEqual([]);
    expect(Math.max(...build.results.weights.filter((w) => w.level === 1).map((w) => w.effectiveWeight))).toBeLessThan(0.15);
  });
});
