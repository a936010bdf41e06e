// Reference: COINr 1.1.14 Normalise() on the raw ASEM data, made by test/reference/coinr/make-methods-reference.R
// (R 4.2.2, Debian); every normalised value must agree to 1e-9.
import { describe, expect, it } from 'vitest';
import { fracMaxKernel } from '../../src/core/normalize/frac-max.js';
import { goalpostsKernel } from '../../src/core/normalize/goalposts.js';
import { buildSpec, readCsvObjects } from '../helpers/build.js';

const framework = { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' };
const data = { format: 'coinr', path: 'data/coinr-asem/iData.csv' };
const rows = readCsvObjects('test/reference/coinr/normalise-methods.csv');

const cases: Record<string, { method: string; params?: Record<string, unknown> }> = {
  scaled: { method: 'scaled', params: { range: [-10, 50], factor: 100 } }, // n_scaled npara c(-10, 50)
  'dist-to-max': { method: 'dist-to-max' },
  'dist-to-ref': { method: 'dist-to-ref', params: { region: 'BGR', cap: true } }, // iref = 5 = BGR (row 5 of the Raw dset)
  'dist-to-target': { method: 'dist-to-target' }, // targets from iMeta Target
  borda: { method: 'borda' },
};

describe('COINr 1.1.14 normalisations of the ASEM data', () => {
  for (const [name, step] of Object.entries(cases)) {
    it(`${name}: every value equals COINr Normalise to 1e-9 (normalise-methods.csv)`, () => {
      const build = buildSpec({ framework, data, steps: [{ op: 'normalize', ...step }] });
      const state = build.trace[1];
      const regions = state.panel.regions.map((r) => r.code);
      const mine = rows.filter((r) => r.case === name);
      expect(mine.length).toBe(49 * 51);
      for (const row of mine) {
        const actual = state.normalized![row.iCode][regions.indexOf(row.uCode)];
        if (row.value === '') expect(actual, `${row.uCode} ${row.iCode}`).toBeNaN();
        else expect(Math.abs(actual - Number(row.value)), `${row.uCode} ${row.iCode}`).toBeLessThan(1e-9 * Math.max(1, Math.abs(Number(row.value))));
      }
    });
  }

  it('fracMaxKernel: equals COINr n_fracmax on every positive-direction indicator (normalise-methods.csv)', () => {
    // nqpf refuses frac-max on a flipped (all ≤ 0) indicator, where COINr returns x / max of negatives
    const build = buildSpec({ framework, data, steps: [{ op: 'normalize', method: 'min-max' }] });
    const { panel, framework: fw } = build.trace[0];
    let checked = 0;
    for (const node of fw.nodes.filter((n) => n.level === 1 && n.direction === 1)) {
      const z = fracMaxKernel(panel.columns[node.code]);
      for (const row of rows.filter((r) => r.case === 'frac-max' && r.iCode === node.code)) {
        const actual = z[panel.regions.findIndex((r) => r.code === row.uCode)];
        if (row.value === '') expect(actual).toBeNaN();
        else expect(Math.abs(actual - Number(row.value))).toBeLessThan(1e-12);
        checked++;
      }
    }
    expect(checked).toBe(35 * 51); // 35 positive-direction indicators
  });

  it('frac-max: a negative-direction indicator is NONPOSITIVE_INPUT naming it', () => {
    expect(() => buildSpec({ framework, data, steps: [{ op: 'normalize', method: 'frac-max' }] })).toThrow(/frac-max needs positive values but \w+ is/);
  });

  it('goalpostsKernel: equals COINr n_goalposts, both directions and untruncated (normalise-goalposts.csv)', () => {
    const table = readCsvObjects('test/reference/coinr/normalise-goalposts.csv').filter((r) => r.x !== '');
    const x = Object.freeze(table.map((r) => Number(r.x)));
    expect(Array.from(goalpostsKernel(x, [0, 10], 100, true))).toEqual(table.map((r) => Number(r.up)));
    // direction −1: nqpf flips data and posts, (x, [0, 10]) → (−x, [−10, 0])
    expect(Array.from(goalpostsKernel(x.map((v) => -v), [-10, 0], 100, true)).map((v) => v + 0)).toEqual(table.map((r) => Number(r.down) + 0));
    goalpostsKernel(x, [0, 10], 1, false).forEach((v, i) => expect(v).toBeCloseTo(Number(table[i].free), 15));
  });
});
