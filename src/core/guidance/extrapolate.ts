/** A series point: a year and an observed value. */
export interface SeriesPoint {
  year: number;
  value: number;
}

export interface Extrapolation {
  /** The value in `year`. */
  at: (year: number) => number;
  /** cagr: the annual growth rate; linear: the slope per year. */
  rate: number;
  method: 'cagr' | 'linear' | 'held';
}

/**
 * 外推 / Extrapolate a series over its window.
 * CAGR (compound annual growth rate, 年均复合增长率): g = (x_last / x_first)^(1 / (t_last − t_first)) − 1 and
 * x(T) = x_last (1 + g)^(T − t_last); it needs positive end values, else the linear trend is used.
 * Linear: the least-squares line through the window's points, x(T) = a + b T.
 * One point: the value is held. Points are in year order, NaN-free.
 *
 * @example extrapolate([{ year: 2020, value: 100 }, { year: 2022, value: 121 }], 'cagr').at(2023) // => 133.1 (g = 0.1)
 */
export function extrapolate(points: readonly SeriesPoint[], method: 'cagr' | 'linear'): Extrapolation {
  const last = points[points.length - 1];
  if (points.length < 2) return { at: () => last.value, rate: 0, method: 'held' };
  const first = points[0];
  if (method === 'cagr' && first.value > 0 && last.value > 0) {
    const rate = (last.value / first.value) ** (1 / (last.year - first.year)) - 1;
    return { at: (year) => last.value * (1 + rate) ** (year - last.year), rate, method: 'cagr' };
  }
  const n = points.length;
  const meanYear = points.reduce((s, p) => s + p.year, 0) / n;
  const meanValue = points.reduce((s, p) => s + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - meanYear) * (p.value - meanValue);
    sxx += (p.year - meanYear) ** 2;
  }
  const slope = sxy / sxx;
  return { at: (year) => meanValue + slope * (year - meanYear), rate: slope, method: 'linear' };
}
