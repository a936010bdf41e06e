// Reference: COINr 1.1.14 `build_example_coin()` on its ASEM data, outputs made by
// test/reference/coinr/make-reference.R (R 4.2.2, Debian; see test/reference/coinr/README.md, case 5 and 7).
import { describe, expect, it } from 'vitest';
import type { Build } from '../../src/core/index.js';
import { checkSkewKurt, kurtosis, skewness } from '../../src/core/treat/moments.js';
import { treatColumn } from '../../src/core/treat/skew-kurtosis.js';
import { buildSpec, readCsvObjects, scoreOf } from '../helpers/build.js';

const spec = {
  framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' },
  data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' },
  steps: [
    { op: 'denominate' },
    { op: 'impute', method: 'group-mean', params: { group: 'EurAsia_group' } },
    { op: 'screen', params: { threshold: 0.9 } },
    { op: 'treat', method: 'skew-kurtosis', params: { winmax: 5 } },
    { op: 'normalize', method: 'min-max', params: { range: [0, 100] } },
    { op: 'aggregate', method: 'arithmetic' },
  ],
};

const build: Build = buildSpec(spec);
const defaults = { skew: 2, kurtosis: 3.5, winmax: 5, log: 'log_CT' as const, lambda: 1 };

/** Relative-or-absolute agreement to 1e-9 (values span 1e-6 … 1e6 after denomination). */
function close(actual: number, expected: number): boolean {
  return Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function expectDset(stateIndex: number, file: string): void {
  const state = build.trace[stateIndex];
  const regions = state.panel.regions.map((r) => r.code);
  const rows = readCsvObjects(`test/reference/coinr/${file}`);
  expect(rows.length).toBe(49 * 51);
  for (const row of rows) {
    const actual = state.panel.columns[row.iCode][regions.indexOf(row.uCode)];
    if (row.value === '') expect(actual, `${row.uCode} ${row.iCode}`).toBeNaN();
    else expect(close(actual, Number(row.value)), `${row.uCode} ${row.iCode}: ${actual} vs ${row.value}`).toBe(true);
  }
}

describe('COINr 1.1.14 example pipeline (build_example_coin)', () => {
  it('denominate: every value equals COINr Denominate (example-denominated.csv)', () => expectDset(1, 'example-denominated.csv'));
  it('impute group-mean on EurAsia_group: every value equals COINr Impute (example-imputed.csv)', () => expectDset(2, 'example-imputed.csv'));

  it('impute: present values never change and every imputed cell is a note', () => {
    const before = build.trace[1].panel.columns;
    const after = build.trace[2].panel.columns;
    const notes = build.steps[1].notes;
    let gaps = 0;
    for (const code of Object.keys(before)) {
      before[code].forEach((v, i) => {
        if (Number.isNaN(v)) gaps += Number.isNaN(after[code][i]) ? 0 : 1;
        else expect(after[code][i]).toBe(v);
      });
    }
    expect(notes.filter((n) => n.code === 'IMPUTED').length).toBe(gaps);
    expect(gaps).toBeGreaterThan(0);
    expect(notes.every((n) => n.region && n.indicator && n.method === 'group-mean' && Number.isFinite(n.value))).toBe(true);
  });

  it('screen at 0.9: keeps all 51 regions, as COINr (example-screened-units.csv)', () => {
    const units = readCsvObjects('test/reference/coinr/example-screened-units.csv');
    const kept = units.filter((u) => u.Included === 'TRUE').map((u) => u.uCode);
    expect(build.trace[3].panel.regions.map((r) => r.code).sort()).toEqual(kept.sort());
    expect(build.steps[2].notes).toEqual([]);
  });

  it('treat skew-kurtosis winmax 5: every treated value equals COINr Treat (example-treated.csv)', () => expectDset(4, 'example-treated.csv'));

  it('treat: each winsorised point equals COINr Treated_Points (example-treated-points.csv)', () => {
    const points = readCsvObjects('test/reference/coinr/example-treated-points.csv');
    const notes = build.steps[3].notes.filter((n) => n.code === 'WINSORISED');
    const key = (r: string, i: string, m: string) => `${r} ${i} ${m}`;
    expect(notes.map((n) => key(n.region!, n.indicator!, n.method!)).sort()).toEqual(points.map((p) => key(p.uCode, p.iCode, p.treated)).sort());
    const raw = build.trace[3].panel;
    for (const n of notes) expect(n.from).toBe(raw.columns[n.indicator!][raw.regions.findIndex((r) => r.code === n.region)]);
  });

  it('treat: the treatment table equals COINr Dets_Table (example-treatment-log.csv)', () => {
    const table = readCsvObjects('test/reference/coinr/example-treatment-log.csv');
    const screened = build.trace[3].panel;
    for (const row of table) {
      const t = treatColumn(screened.columns[row.iCode], defaults);
      expect(t.before.pass, row.iCode).toBe(row['check_SkewKurt0.Pass'] === 'TRUE');
      expect(close(t.before.skew, Number(row['check_SkewKurt0.Skew'])), row.iCode).toBe(true);
      expect(close(t.before.kurt, Number(row['check_SkewKurt0.Kurt'])), row.iCode).toBe(true);
      if (row['winsorise.nwin'] === '') {
        expect(t.winsorised).toBeNull();
        continue;
      }
      expect(t.winsorised!.count, row.iCode).toBe(Number(row['winsorise.nwin']));
      expect(t.winsorised!.pass, row.iCode).toBe(row['check_SkewKurt1.Pass'] === 'TRUE');
      expect(close(t.winsorised!.skew, Number(row['check_SkewKurt1.Skew'])), row.iCode).toBe(true);
      expect(close(t.winsorised!.kurt, Number(row['check_SkewKurt1.Kurt'])), row.iCode).toBe(true);
      expect(t.logged).toBeNull(); // COINr: no indicator needed log_CT here
    }
    const treated = build.steps[3].notes.filter((n) => n.code === 'TREATMENT').map((n) => n.indicator).sort();
    expect(treated).toEqual(table.filter((r) => r['check_SkewKurt0.Pass'] === 'FALSE').map((r) => r.iCode).sort());
  });

  it('aggregate: every node score and rank equals COINr to 1e-9 (example-pipeline.csv)', () => {
    const rows = readCsvObjects('test/reference/coinr/example-pipeline.csv');
    expect(rows.length).toBe(3060);
    for (const row of rows) {
      const { score, rank } = scoreOf(build, row.iCode, row.uCode);
      if (row.score === '') {
        expect(score).toBeNaN();
        continue;
      }
      expect(Math.abs(score - Number(row.score)), `${row.uCode} ${row.iCode}`).toBeLessThan(1e-9);
      expect(rank, `${row.uCode} ${row.iCode}`).toBe(Number(row.rank));
    }
  });

  it('aggregate: Index CHE 68.38 rank 1, NLD 64.82, DNK 64.80 (COINr vignette)', () => {
    expect(scoreOf(build, 'Index', 'CHE').score).toBeCloseTo(68.38, 2);
    expect(scoreOf(build, 'Index', 'CHE').rank).toBe(1);
    expect(scoreOf(build, 'Index', 'NLD').score).toBeCloseTo(64.82, 2);
    expect(scoreOf(build, 'Index', 'DNK').score).toBeCloseTo(64.8, 2);
  });
});

describe('skew, kurtosis and the JRC rule (COINr 1.1.14)', () => {
  it('skewness, kurtosis, checkSkewKurt: every raw ASEM indicator equals COINr (skew-kurt.csv)', () => {
    const raw = build.trace[0].panel.columns;
    for (const row of readCsvObjects('test/reference/coinr/skew-kurt.csv').filter((r) => r.case === 'asem-raw')) {
      expect(close(skewness(raw[row.iCode]), Number(row.skew)), row.iCode).toBe(true);
      expect(close(kurtosis(raw[row.iCode]), Number(row.kurt)), row.iCode).toBe(true);
      expect(checkSkewKurt(raw[row.iCode], 2, 3.5).pass, row.iCode).toBe(row.pass === 'TRUE');
    }
  });

  const summary = readCsvObjects('test/reference/coinr/treat-vector-summary.csv');
  const points = readCsvObjects('test/reference/coinr/treat-vector-points.csv');
  const vectors: Record<string, number[]> = { R1: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100], R2: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100] };
  for (const row of summary) {
    it(`treatColumn: METHODS ${row.case} equals COINr Treat.numeric`, () => {
      const x = Object.freeze(vectors[row.case.slice(0, 2)]);
      const winmax = row.case === 'R1-vignette-winmax2' ? 2 : 5;
      const t = treatColumn(x, { ...defaults, winmax });
      expect(close(t.before.skew, Number(row.skew_before))).toBe(true);
      expect(close(t.before.kurt, Number(row.kurt_before))).toBe(true);
      expect(t.winsorised!.count).toBe(Number(row.n_winsorised));
      expect(close(t.winsorised!.skew, Number(row.skew_after))).toBe(true);
      expect(close(t.winsorised!.kurt, Number(row.kurt_after))).toBe(true);
      const expected = points.filter((p) => p.case === row.case);
      expect(Array.from(t.x)).toEqual(expected.map((p) => Number(p.treated)));
      expect(t.treated).toEqual(expected.map((p) => p.point));
    });
  }

  it('treatColumn: METHODS R9 Flights and Goods (COINr vignette treat.Rmd, raw ASEM data)', () => {
    const raw = build.trace[0].panel.columns;
    const flights = treatColumn(raw.Flights, defaults);
    // vignette: 2.103287 / 4.508879 → 1 point → 1.900658 / 3.336065
    expect(flights.winsorised!.count).toBe(1);
    expect(flights.winsorised!.skew).toBeCloseTo(1.900658, 6);
    expect(flights.winsorised!.kurt).toBeCloseTo(3.336065, 6);
    const goods = treatColumn(raw.Goods, defaults);
    // vignette: 2.649973 / 8.266610 → 2 points → 1.140608 / 0.157205
    expect(goods.before.skew).toBeCloseTo(2.649973, 6);
    expect(goods.before.kurt).toBeCloseTo(8.26661, 5);
    expect(goods.winsorised!.count).toBe(2);
    expect(goods.winsorised!.skew).toBeCloseTo(1.140608, 6);
    expect(goods.winsorised!.kurt).toBeCloseTo(0.157205, 6);
  });
});
