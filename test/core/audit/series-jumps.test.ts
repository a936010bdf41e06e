import { describe, expect, it } from 'vitest';
import { seriesJumps } from '../../../src/core/audit/series-jumps.js';
import type { Panel } from '../../../src/core/model/types.js';

/** One region's series per indicator, years 2018–2022. */
function panel(series: Record<string, number[]>): Panel {
  const years = [2018, 2019, 2020, 2021, 2022];
  return Object.freeze({
    regions: [{ code: '320000', name: { zh: '江苏', en: 'Jiangsu' }, groups: {} }],
    years,
    columns: Object.fromEntries(Object.entries(series).map(([k, v]) => [k, Float64Array.from(v)])),
    observed: Object.fromEntries(Object.entries(series).map(([k, v]) => [k, Uint8Array.from(v, (x) => (Number.isNaN(x) ? 0 : 1))])),
  });
}

describe('seriesJumps', () => {
  it('seriesJumps: Jiangsu 2020 = 1,234.5 between 16,815 and 19,254 is flagged with region, year and indicator', () => {
    const notes = seriesJumps(panel({ rd: [15100, 16815, 1234.5, 19254, 20100] }));
    expect(notes).toEqual([
      { code: 'SERIES_JUMP', region: '320000', year: 2020, indicator: 'rd', value: 1234.5, detail: '320000 江苏 2020 rd: 1234.5 (2019: 16815, 2021: 19254)' },
    ]);
  });
  it('seriesJumps: a ×10 unit slip in the first or last year is flagged; steady growth, a 50 % step and missing years are not', () => {
    expect(seriesJumps(panel({ a: [1.5, 15.2, 15.9, 16.4, 17] })).map((n) => n.year)).toEqual([2018]);
    expect(seriesJumps(panel({ a: [15, 15.2, 15.9, 16.4, 170] })).map((n) => n.year)).toEqual([2022]);
    expect(seriesJumps(panel({ a: [10, 12, 14.4, 17.3, 20.7] }))).toEqual([]);
    expect(seriesJumps(panel({ a: [100, 100, 150, 100, 100] }))).toEqual([]);
    expect(seriesJumps(panel({ a: [100, NaN, 1000, NaN, 100] }))).toHaveLength(1);
    expect(seriesJumps(panel({ a: [0.1, -0.2, 0.3, -0.1, 0.2] }))).toEqual([]);
  });
  it('seriesJumps: a series of fewer than 3 values is not judged', () => {
    expect(seriesJumps(panel({ a: [NaN, 1, NaN, 1000, NaN] }))).toEqual([]);
  });
});
