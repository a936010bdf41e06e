import type { Panel } from '../model/types.js';

/** The panel restricted to the regions at `keep` (indices, in order): every column and mask re-laid year-major. */
export function subsetRegions(panel: Panel, keep: number[]): Panel {
  const nRegions = panel.regions.length;
  const pick = <T extends Float64Array | Uint8Array>(column: T): T => {
    const out = new (column.constructor as new (n: number) => T)(keep.length * panel.years.length);
    panel.years.forEach((_, t) => keep.forEach((r, k) => (out[t * keep.length + k] = column[t * nRegions + r])));
    return out;
  };
  const map = <T extends Float64Array | Uint8Array>(columns: Record<string, T>) =>
    Object.fromEntries(Object.entries(columns).map(([code, column]) => [code, pick(column)]));
  return {
    ...panel,
    regions: keep.map((r) => panel.regions[r]),
    columns: map(panel.columns),
    observed: map(panel.observed),
  };
}
