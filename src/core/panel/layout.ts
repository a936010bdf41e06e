import type { Panel } from '../model/types.js';

/** Year-major layout: the cell of region r in year index t is t × regions + r. */
export function cellIndex(panel: Panel, regionIndex: number, yearIndex: number): number {
  return yearIndex * panel.regions.length + regionIndex;
}

export function cellCount(panel: Panel): number {
  return panel.regions.length * panel.years.length;
}

/** Location of a flat cell index, for notes and errors. */
export function cellLocation(panel: Panel, index: number): { region: string; year: number } {
  const nRegions = panel.regions.length;
  return { region: panel.regions[index % nRegions].code, year: panel.years[Math.floor(index / nRegions)] };
}

/**
 * Apply `fn` to the whole column (pooled) or to each year's slice. `fn` gets the values and, when there is
 * one, the slice of the output it may write into; it returns values of the same length. Results land in `out`
 * when given (copied unless `fn` wrote them there); without it a pooled result is returned as is and yearly
 * ones are gathered in a new column.
 */
export function mapByYear(
  panel: Panel,
  column: Float64Array,
  pooled: boolean,
  fn: (values: Float64Array, year: number | null, into?: Float64Array) => Float64Array,
  out?: Float64Array,
): Float64Array {
  if (pooled || panel.years.length === 1) {
    const result = fn(column, pooled && panel.years.length > 1 ? null : panel.years[0], out);
    if (out && result !== out) out.set(result);
    return out ?? result;
  }
  const nRegions = panel.regions.length;
  const target = out ?? new Float64Array(column.length);
  panel.years.forEach((year, t) => {
    const into = target.subarray(t * nRegions, (t + 1) * nRegions);
    const result = fn(column.subarray(t * nRegions, (t + 1) * nRegions), year, into);
    if (result !== into) into.set(result);
  });
  return target;
}
