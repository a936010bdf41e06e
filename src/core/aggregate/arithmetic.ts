import type { AggregateKernel } from './apply.js';

/**
 * Weighted arithmetic mean 加权算术平均: Σ w x / Σ w over the present children (COINr `a_amean`).
 *
 * @example arithmeticMean.row([10, 20], [1, 3], 2) // => 17.5
 */
export const arithmeticMean: AggregateKernel = {
  name: 'arithmetic',
  positive: false,
  weightedMean: true,
  row: (values, weights, count) => {
    let sum = 0;
    let total = 0;
    for (let k = 0; k < count; k++) {
      sum += weights[k] * values[k];
      total += weights[k];
    }
    return sum / total;
  },
};
