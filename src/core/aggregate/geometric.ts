import type { AggregateKernel } from './apply.js';

/**
 * Weighted geometric mean 加权几何平均: (Π x^w)^(1/Σw) over the present children (COINr `a_gmean`).
 * Needs x > 0: zeros or negatives are an error before any score is written (COINr issues #47, #50).
 *
 * @example geometricMean.row([1, 100], [1, 1], 2) // => 10
 */
export const geometricMean: AggregateKernel = {
  name: 'geometric',
  positive: true,
  row: (values, weights, count) => {
    let product = 1;
    let total = 0;
    for (let k = 0; k < count; k++) {
      product *= values[k] ** weights[k];
      total += weights[k];
    }
    return product ** (1 / total);
  },
};
