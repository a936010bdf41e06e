import { NqpfError } from '../errors/nqpf-error.js';

/** Values split by group label, in order of first appearance; each group's values sorted ascending. */
export interface GroupedValues {
  labels: string[];
  sorted: Float64Array[];
  means: number[];
  total: number;
  count: number;
}

/**
 * 分组整理 / Validate non-negative values with group labels and split them into sorted groups.
 *
 * Shared by the inequality decompositions (Dagum Gini, Theil), which are defined for y ≥ 0 with a positive mean.
 *
 * Edge cases: length mismatch → `INEQUALITY_SHAPE`; NaN, infinite or negative value → `INEQUALITY_BAD_VALUE`
 * (names the unit); total 0 → `INEQUALITY_ZERO_MEAN`.
 *
 * @example
 * groupValues([3, 1, 2], ['a', 'b', 'a']).labels; // => ['a', 'b']
 */
export function groupValues(values: ArrayLike<number>, groups: ArrayLike<string | number>): GroupedValues {
  if (values.length !== groups.length) {
    throw new NqpfError('INEQUALITY_SHAPE', { values: values.length, groups: groups.length });
  }
  const index = new Map<string, number>();
  const labels: string[] = [];
  const buckets: number[][] = [];
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!(v >= 0 && v < Infinity)) throw new NqpfError('INEQUALITY_BAD_VALUE', { value: v, unit: i });
    const key = String(groups[i]);
    let g = index.get(key);
    if (g === undefined) {
      g = labels.length;
      index.set(key, g);
      labels.push(key);
      buckets.push([]);
    }
    buckets[g].push(v);
    total += v;
  }
  if (!(total > 0)) throw new NqpfError('INEQUALITY_ZERO_MEAN', { count: values.length });
  const sorted = buckets.map((b) => Float64Array.from(b).sort());
  const means = sorted.map((s) => s.reduce((a, v) => a + v, 0) / s.length);
  return { labels, sorted, means, total, count: values.length };
}
