// Reference: COINr 1.1.14 Aggregate() on build_example_coin's Normalised dset, made by
// test/reference/coinr/make-methods-reference.R (R 4.2.2, Debian); every aggregate must agree to 1e-9.
import { describe, expect, it } from 'vitest';
import { buildSpec, readCsvObjects, scoreOf } from '../helpers/build.js';

const spec = (aggregate: Record<string, unknown>) => ({
  framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' },
  data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' },
  steps: [
    { op: 'denominate' },
    { op: 'impute', method: 'group-mean', params: { group: 'EurAsia_group' } },
    { op: 'screen', params: { threshold: 0.9 } },
    { op: 'treat', method: 'skew-kurtosis', params: { winmax: 5 } },
    { op: 'normalize', method: 'min-max', params: { range: [0, 100] } },
    { op: 'aggregate', ...aggregate },
  ],
});
const rows = readCsvObjects('test/reference/coinr/aggregate-methods.csv');

const cases: Record<string, Record<string, unknown>> = {
  'genmean-p2': { method: 'generalized-mean', params: { p: 2 } }, // a_genmean p = 2
  'genmean-p0.5': { method: 'generalized-mean', params: { p: 0.5 } },
  copeland: { method: 'copeland' }, // a_copeland, by_df = TRUE
};

describe('COINr 1.1.14 aggregations of the example pipeline', () => {
  for (const [name, step] of Object.entries(cases)) {
    it(`${name}: every pillar, sub-index and Index score equals COINr Aggregate (aggregate-methods.csv)`, () => {
      const build = buildSpec(spec(step));
      const mine = rows.filter((r) => r.case === name);
      expect(mine.length).toBe(51 * 11);
      for (const row of mine) {
        expect(Math.abs(scoreOf(build, row.iCode, row.uCode).score - Number(row.value)), `${row.uCode} ${row.iCode}`).toBeLessThan(1e-9);
      }
    });
  }
});
