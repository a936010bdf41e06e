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
 * Apply `fn` to the whole column (pooled) or to each year's slice, writing into a new column.
 * `fn` gets the values and returns values of the same length.
 */
export function mapByYear(
  panel: Panel,
  column: Float64Array,
  pooled: boolean,
  fn: (values: Float64Array, year: number | null) => Float64Array,
): Float64Array {
  if (pooled || panel.years.length === 1) return fn(column, pooled && panel.years.length > 1 ? null : panel.years[0]);
  const nRegions = panel.regions.length;
  const out = new Float64Array(column.length);
  panel.years.forEach((year, t) => {
    out.set(fn(column.subarray(t * nRegions, (t + 1) * nRegions), year), t * nRegions);
  });
  return out;
}
