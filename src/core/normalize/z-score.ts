import { z } from 'zod';
import { countPresent, mean, sampleSd } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, constantFallback, normalizeState } from './apply.js';

const params = z
  .object({
    mean: z.number().default(0),
    sd: z.number().positive().default(1),
    pooled: z.boolean().default(true),
    constant: z.enum(['error', 'midpoint']).default('error'),
  })
  .strict();

/**
 * Z-score standardisation Z 分数标准化: z = m + s · (x − x̄)/sd(x), sd with the n − 1 denominator (R `sd`).
 * Source: OECD/JRC Handbook (2008) §5; COINr `n_zscore` with `m_sd = c(m, s)`.
 * Edge cases: sd = 0 is an error CONSTANT_COLUMN, or with `constant: midpoint` every value becomes m.
 *
 * @example zScoreKernel([1, 2, 3], 0, 1) // => [-1, 0, 1]
 */
export function zScoreKernel(values: ArrayLike<number>, m: number, s: number): Float64Array {
  const mu = mean(values);
  const sd = sampleSd(values);
  const out = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) out[i] = ((values[i] - mu) / sd) * s + m;
  return out;
}

export const zScore: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'z-score',
  title: { zh: 'Z 分数标准化', en: 'Z-score' },
  summary: { zh: '减均值除以标准差', en: 'subtract the mean, divide by the standard deviation' },
  params,
  run: (state, p, ctx) =>
    normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      const sd = sampleSd(values);
      if (!(sd > 0)) return constantFallback(values, p.constant, where, 'z-score', mean(values), p.mean);
      return zScoreKernel(values, p.mean, p.sd);
    }),
};
