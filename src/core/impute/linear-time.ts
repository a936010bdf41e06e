import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { imputeState } from './apply.js';

const params = z.object({}).strict();

/**
 * Linear interpolation over time 线性插值 with constant ends: within each region, a gap between two present
 * years is interpolated linearly in the calendar year; before the first (after the last) present year the
 * first (last) value is repeated. Source: R `approx(years, x, xout = years, rule = 2)`, as COINr
 * `impute_panel(imp_type = "linear")`.
 * Edge cases: a region with no present value stays missing; one present value fills every year.
 * Present values never change; each filled cell is a note.
 *
 * @example years 2010, 2011, 2013, 2014; x = [NaN, 1, 4, NaN] // => [1, 1, 4, 4]; 2012 midway would be 2.5
 */
export function approxRule2(years: ArrayLike<number>, values: ArrayLike<number>): Float64Array {
  const known: number[] = [];
  for (let t = 0; t < values.length; t++) if (!Number.isNaN(values[t])) known.push(t);
  const out = Float64Array.from(values);
  if (known.length === 0) return out;
  let k = 0;
  for (let t = 0; t < values.length; t++) {
    if (!Number.isNaN(values[t])) continue;
    while (k < known.length && known[k] < t) k++;
    if (k === 0) out[t] = values[known[0]];
    else if (k === known.length) out[t] = values[known[known.length - 1]];
    else {
      const [a, b] = [known[k - 1], known[k]];
      out[t] = values[a] + ((values[b] - values[a]) * (years[t] - years[a])) / (years[b] - years[a]);
    }
  }
  return out;
}

export const linearTime: MethodDefinition<z.infer<typeof params>> = {
  op: 'impute',
  method: 'linear-time',
  title: { zh: '时间线性插值', en: 'Linear in time' },
  summary: { zh: '按年份线性插值，两端取最近值（approx rule = 2）', en: 'linear interpolation over years, constant ends (approx rule = 2)' },
  params,
  run: (state, _p, ctx) =>
    imputeState(state, ctx, 'linear-time', (column, panel) => {
      const nRegions = panel.regions.length;
      const out = Float64Array.from(column);
      for (let r = 0; r < nRegions; r++) {
        const series = panel.years.map((_, t) => column[t * nRegions + r]);
        approxRule2(panel.years, series).forEach((v, t) => (out[t * nRegions + r] = v));
      }
      return out;
    }),
};
