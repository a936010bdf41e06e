import { NqpfError } from '../errors/nqpf-error.js';

/**
 * 年均复合增长率 / Compound annual growth rate of one series: (x_last / x_first)^(1/(year_last − year_first)) − 1.
 *
 * Uses the first and last non-missing observations and their years, so gaps inside the series do not matter.
 *
 * Edge cases: fewer than two observations, or equal years → null; a first or last value ≤ 0 → `TRENDS_NONPOSITIVE`
 * (growth of a score that crosses zero has no compound rate).
 *
 * @example
 * compoundAnnualGrowth([100, NaN, 121], [2020, 2021, 2022]); // => 0.1 (to 1e-15)
 */
export function compoundAnnualGrowth(values: ArrayLike<number>, years: ArrayLike<number>): number | null {
  let first = -1;
  let last = -1;
  for (let t = 0; t < values.length; t++) {
    if (Number.isNaN(values[t])) continue;
    if (first < 0) first = t;
    last = t;
  }
  if (first < 0 || last === first || years[last] === years[first]) return null;
  if (!(values[first] > 0) || !(values[last] > 0)) {
    throw new NqpfError('TRENDS_NONPOSITIVE', { value: values[first] > 0 ? values[last] : values[first] });
  }
  return (values[last] / values[first]) ** (1 / (years[last] - years[first])) - 1;
}

/**
 * 同比增长率 / Year-on-year growth: x_t / x_{t−1} − 1 for each year after the first.
 *
 * Edge cases: a missing value on either side, or a previous value of 0, gives null (never ±Infinity or NaN).
 *
 * @example
 * yearOnYearGrowth([100, 110, 99]); // => [null, 0.1, -0.1] (to 1e-15)
 */
export function yearOnYearGrowth(values: ArrayLike<number>): (number | null)[] {
  return Array.from(values, (v, t) => {
    if (t === 0) return null;
    const p = values[t - 1];
    return Number.isNaN(v) || Number.isNaN(p) || p === 0 ? null : v / p - 1;
  });
}

/**
 * 分组年度均值 / Mean by year, for all regions and for each group (e.g. the four NBS regions).
 *
 * Values are year-major as `Panel.columns` (region r, year index t at t · regionCount + r); missing values are
 * skipped; a year with no value gives null. Groups are listed in order of first appearance.
 *
 * @example
 * meansByYear([1, 3, 5, 7], ['e', 'w'], 2).national; // => [2, 6]
 */
export function meansByYear(
  values: ArrayLike<number>,
  groupOf: ArrayLike<string>,
  yearCount: number,
): { national: (number | null)[]; groups: string[]; byGroup: (number | null)[][] } {
  const n = groupOf.length;
  if (values.length !== n * yearCount) throw new NqpfError('TRENDS_SHAPE', { values: values.length, regions: n, years: yearCount });
  const groups = [...new Set(Array.from(groupOf))];
  const slot = Array.from(groupOf, (g) => groups.indexOf(g));
  const national: (number | null)[] = [];
  const byGroup: (number | null)[][] = groups.map(() => []);
  for (let t = 0; t < yearCount; t++) {
    const sum = new Float64Array(groups.length);
    const count = new Float64Array(groups.length);
    for (let r = 0; r < n; r++) {
      const v = values[t * n + r];
      if (Number.isNaN(v)) continue;
      sum[slot[r]] += v;
      count[slot[r]]++;
    }
    const total = sum.reduce((a, b) => a + b, 0);
    const c = count.reduce((a, b) => a + b, 0);
    national.push(c > 0 ? total / c : null);
    groups.forEach((_, g) => byGroup[g].push(count[g] > 0 ? sum[g] / count[g] : null));
  }
  return { national, groups, byGroup };
}
