/**
 * 分位数（R 第 7 类） / Quantile of sorted data, R `quantile(type = 7)` (Hyndman & Fan 1996, definition 7).
 *
 * h = (n − 1)p; Q = x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋+1] − x[⌊h⌋]). Also numpy's default "linear" and Excel PERCENTILE.INC.
 *
 * Edge cases: the input must be sorted ascending and free of NaN (callers sort once); empty input gives NaN;
 * p is clamped to [0, 1].
 *
 * @example
 * quantileSorted([1, 2, 3, 4], 0.25); // => 1.75
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return NaN;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  if (lo >= n - 1) return sorted[n - 1];
  return sorted[lo] + (h - lo) * (sorted[lo + 1] - sorted[lo]);
}
