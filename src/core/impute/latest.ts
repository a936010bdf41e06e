import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
import { imputeState } from './apply.js';

const params = z
  .object({
    /** How many years back a value may be carried forward; omitted = no limit. */
    lookback: z.number().int().positive().max(100).optional(),
  })
  .strict();

/**
 * Latest-value imputation 最近值插补 (last observation carried forward): a missing value becomes the region's
 * most recent earlier present value, at most `lookback` years back (years counted by calendar, not index).
 * Source: COINr purse imputation `impute_panel(imp_type = "latest", max_time)`.
 * Edge cases: no earlier value within the limit leaves the cell missing (later years never fill earlier ones).
 * Present values never change; each filled cell is a note.
 *
 * @example years 2018..2020, x = [3, NaN, NaN], lookback 1 // => [3, 3, NaN]
 */
export const latest: MethodDefinition<z.infer<typeof params>> = {
  op: 'impute',
  method: 'latest',
  title: { zh: '最近值插补', en: 'Latest value' },
  summary: { zh: '以该地区此前最近一年的值填补（可限回溯年数）', en: 'carry the region\'s latest earlier value forward (optional look-back limit)' },
  params,
  run: (state, p, ctx) =>
    imputeState(state, ctx, 'latest', (column, panel) => {
      const nRegions = panel.regions.length;
      const out = Float64Array.from(column);
      for (let r = 0; r < nRegions; r++) {
        let lastYear = NaN;
        let lastValue = NaN;
        panel.years.forEach((year, t) => {
          const i = t * nRegions + r;
          if (!Number.isNaN(column[i])) {
            lastYear = year;
            lastValue = column[i];
          } else if (!Number.isNaN(lastValue) && (p.lookback === undefined || year - lastYear <= p.lookback)) {
            out[i] = lastValue;
          }
        });
      }
      return out;
    }),
};
