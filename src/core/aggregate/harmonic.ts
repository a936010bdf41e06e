import type { AggregateKernel } from './apply.js';

/**
 * Weighted harmonic mean 加权调和平均: Σw / Σ(w/x) over the present children (COINr `a_hmean`). Needs x > 0.
 *
 * @example harmonicMean.row([1, 4], [1, 1], 2) // => 1.6
 */
export const harmonicMean: AggregateKernel = {
  name: 'harmonic',
  positive: true,
  row: (values, weights, count) => {
    let reciprocalSum = 0;
    let total = 0;
    for (let k = 0; k < count; k++) {
      reciprocalSum += weights[k] / values[k];
      total += weights[k];
    }
    return total / reciprocalSum;
  },
};
