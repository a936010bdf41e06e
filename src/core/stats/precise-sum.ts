/**
 * Compensated (Neumaier) summation: the sum of doubles as if accumulated in higher precision, then
 * rounded once. R accumulates sum() and mean() in long double; plain double loops can then differ from
 * R in the last bits, enough to break exact ties in rankings. Source: Neumaier (1974), ZAMM 54.
 *
 * @example preciseSum([1e100, 1, -1e100]) // => 1
 */
export function preciseSum(values: ArrayLike<number>, count = values.length): number {
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < count; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    const t = sum + v;
    compensation += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + compensation;
}
