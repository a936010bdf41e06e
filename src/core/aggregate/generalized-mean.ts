import { z } from 'zod';
import type { AggregateKernel } from './apply.js';
import { baseParams, defineAggregate } from './define.js';

const params = baseParams.extend({ p: z.number().refine((p) => p !== 0, 'p = 0 is the geometric mean: use method geometric') }).strict();

/**
 * Weighted generalised (power) mean 广义加权平均: (Σ w x^p / Σ w)^{1/p} over present children (COINr `a_genmean`);
 * p = 1 arithmetic, p = −1 harmonic, p → 0 geometric. p < 0 needs x > 0 (NONPOSITIVE_INPUT).
 *
 * @example generalizedMeanKernel(2).row([3, 4], [1, 1], 2) // => √12.5 = 3.5355…
 */
export function generalizedMeanKernel(p: number): AggregateKernel {
  return {
    name: 'generalized-mean',
    positive: p < 0,
    row: (values, weights, count) => {
      let sum = 0;
      let total = 0;
      for (let k = 0; k < count; k++) {
        sum += weights[k] * values[k] ** p;
        total += weights[k];
      }
      return (sum / total) ** (1 / p);
    },
  };
}

export const generalizedMean = defineAggregate({
  method: 'generalized-mean',
  title: { zh: '广义加权平均', en: 'Generalised mean' },
  summary: { zh: '(Σwx^p/Σw)^(1/p)', en: '(Σwx^p/Σw)^(1/p)' },
  params,
  kernel: (p) => generalizedMeanKernel(p.p),
});
