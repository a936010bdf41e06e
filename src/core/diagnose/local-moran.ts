import { createRandom } from '../stats/random.js';
import { centreForMoran } from './moran.js';
import { type SpatialWeights, spatialLag } from './spatial-weights.js';

/** Moran scatterplot quadrant of a unit: own value (H/L) then its spatial lag (H/L). */
export type MoranQuadrant = 'HH' | 'LH' | 'LL' | 'HL';

export interface LocalMoranResult {
  /** Local statistics I_i. */
  local: number[];
  /** Standardised values z_i (population SD) and their spatial lags. */
  z: number[];
  lag: number[];
  quadrant: MoranQuadrant[];
  /** Conditional-permutation pseudo p-values, (larger + 1)/(permutations + 1); null without permutations. */
  pseudoP: number[] | null;
}

/**
 * 局部莫兰指数 / Local Moran's I (LISA) with Moran-scatterplot quadrants and conditional permutation p-values.
 *
 * Anselin L. (1995), Local indicators of spatial association — LISA, Geographical Analysis 27: 93–115, in PySAL
 * esda's `Moran_Local` form: z = (y − ȳ)/sd (population sd), I_i = (n − 1) z_i (Wz)_i / Σ z². Quadrants as esda:
 * HH (z > 0, lag > 0), LH, LL, HL; a zero counts as low. Conditional permutation (esda `crand`): for each unit,
 * its k_i neighbours are redrawn without replacement from the other n − 1 units; the pseudo p-value is folded to
 * the smaller tail. Unit i draws from its own seeded stream (seed, stream, i), so results do not depend on order.
 *
 * Edge cases: as `moranGlobal` (shape, n < 4, non-finite, constant). Pass row-standardised weights for esda's
 * default. An island has lag 0, I_i = 0 and quadrant xL.
 *
 * @example
 * localMoran([1, 2, 3, 4, 5, 6, 7, 8, 9], rook3x3Row).quadrant[0]; // => 'LL'
 */
export function localMoran(
  y: ArrayLike<number>,
  w: SpatialWeights,
  options: { permutations?: number; seed?: number; stream?: string | number } = {},
): LocalMoranResult {
  const z = centreForMoran(y, w);
  const n = w.n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += z[i] * z[i];
  const sd = Math.sqrt(ss / n);
  for (let i = 0; i < n; i++) z[i] /= sd;
  const den = n; // Σ z² after standardising by the population sd
  const lag = spatialLag(w, z);
  const local: number[] = [];
  const quadrant: MoranQuadrant[] = [];
  for (let i = 0; i < n; i++) {
    local.push(((n - 1) * z[i] * lag[i]) / den);
    quadrant.push(`${z[i] > 0 ? 'H' : 'L'}${lag[i] > 0 ? 'H' : 'L'}` as MoranQuadrant);
  }
  const permutations = options.permutations ?? 0;
  let pseudoP: number[] | null = null;
  if (permutations > 0) {
    pseudoP = [];
    const others = new Int32Array(n - 1);
    for (let i = 0; i < n; i++) {
      const random = createRandom(options.seed ?? 0, options.stream ?? 'local-moran', i);
      for (let j = 0, k = 0; j < n; j++) if (j !== i) others[k++] = j;
      const nb = w.neighbors[i];
      const wt = w.weights[i];
      let larger = 0;
      for (let p = 0; p < permutations; p++) {
        let simulatedLag = 0;
        for (let k = 0; k < nb.length; k++) {
          const r = k + random.integer(n - 1 - k); // partial Fisher–Yates: draw without replacement
          const t = others[k];
          others[k] = others[r];
          others[r] = t;
          simulatedLag += wt[k] * z[others[k]];
        }
        if (((n - 1) * z[i] * simulatedLag) / den >= local[i]) larger++;
      }
      if (permutations - larger < larger) larger = permutations - larger;
      pseudoP.push((larger + 1) / (permutations + 1));
    }
  }
  return { local, z: Array.from(z), lag: Array.from(lag), quadrant, pseudoP };
}
