import { z } from 'zod';
import type { AggregateKernel } from './apply.js';
import { baseParams, defineAggregate } from './define.js';

const params = baseParams.extend({ alpha: z.number().min(0).max(1).default(0.5), beta: z.number().min(0).default(1) }).strict();

/**
 * Mean-min function 均值-最小值函数 (Casadio Tarabusi & Guarini 2013; Compind `ci_mean_min`): with M the
 * weighted mean and m the minimum of the present children, CI = M − α (√((M − m)² + β²) − β). α = 0 gives the
 * mean, α = 1 and β = 0 the minimum: α sets the penalty for unbalance, β its smoothness.
 *
 * @example meanMinKernel(0.5, 0).row([2, 4], [1, 1], 2) // => 3 − 0.5·1 = 2.5
 */
export function meanMinKernel(alpha: number, beta: number): AggregateKernel {
  return {
    name: 'mean-min',
    positive: false,
    row: (values, weights, count) => {
      let sum = 0;
      let total = 0;
      let min = Infinity;
      for (let k = 0; k < count; k++) {
        sum += weights[k] * values[k];
        total += weights[k];
        min = Math.min(min, values[k]);
      }
      const mean = sum / total;
      return mean - alpha * (Math.sqrt((mean - min) ** 2 + beta * beta) - beta);
    },
  };
}

export const meanMin = defineAggregate({
  method: 'mean-min',
  title: { zh: '均值-最小值函数', en: 'Mean-min' },
  summary: { zh: '均值减去对不平衡的惩罚', en: 'mean minus a penalty for unbalance' },
  params,
  kernel: (p) => meanMinKernel(p.alpha, p.beta),
});
