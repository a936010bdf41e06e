/**
 * Cells an MCDA kernel compares together: every complete row (all children present) of each year, or of all
 * years pooled (ideal points over the whole panel, METHODS.md). Incomplete rows get no score.
 */
export function comparisonBlocks(columns: Float64Array[], layout: { regions: number; years: number }, pooled: boolean): number[][] {
  const complete = (i: number) => columns.every((c) => !Number.isNaN(c[i]));
  const blocks: number[][] = [];
  for (let t = 0; t < layout.years; t++) {
    const cells: number[] = [];
    for (let r = 0; r < layout.regions; r++) if (complete(t * layout.regions + r)) cells.push(t * layout.regions + r);
    blocks.push(cells);
  }
  return pooled ? [blocks.flat()] : blocks;
}

/** Weights scaled to sum 1. */
export function unitWeights(weights: Float64Array): Float64Array {
  const total = weights.reduce((s, w) => s + w, 0);
  return weights.map((w) => w / total);
}

/** Column-wise normalisation of a block: vector x/√Σx² or min-max (x − min)/(max − min); 'none' leaves values. */
export function normalizeBlock(values: number[], method: 'none' | 'vector' | 'min-max'): number[] {
  if (method === 'vector') {
    const norm = Math.sqrt(values.reduce((s, v) => s + v * v, 0));
    return values.map((v) => v / norm);
  }
  if (method === 'min-max') {
    const min = Math.min(...values);
    const max = Math.max(...values);
    return values.map((v) => (v - min) / (max - min));
  }
  return values;
}
