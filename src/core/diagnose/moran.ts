import { NqpfError } from '../errors/nqpf-error.js';
import { normalUpperTail } from '../stats/normal-cdf.js';
import { createRandom } from '../stats/random.js';
import { type SpatialWeights, spatialLag, weightSums } from './spatial-weights.js';

export interface MoranOptions {
  /** Random permutations for the pseudo p-value; 0 (default) skips them. */
  permutations?: number;
  seed?: number;
  /** Stream id for the seeded source (default 'moran'); pass the step id and year to keep draws independent. */
  stream?: string | number;
  /** Two-sided normal p-values (default true, as PySAL esda). */
  twoTailed?: boolean;
}

export interface MoranResult {
  i: number;
  expected: number;
  varianceNormality: number;
  varianceRandomization: number;
  zNormality: number;
  zRandomization: number;
  pNormality: number;
  pRandomization: number;
  /** (larger + 1)/(permutations + 1), folded to the smaller tail, as esda `p_sim`; null without permutations. */
  pseudoP: number | null;
  simulatedMean: number | null;
  simulatedSd: number | null;
}

/** Centre y and validate it against w; shared by global and local Moran. */
export function centreForMoran(y: ArrayLike<number>, w: SpatialWeights): Float64Array {
  if (y.length !== w.n) throw new NqpfError('MORAN_SHAPE', { values: y.length, units: w.n });
  if (w.n < 4) throw new NqpfError('MORAN_TOO_FEW_UNITS', { count: w.n });
  let sum = 0;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) throw new NqpfError('MORAN_BAD_VALUE', { value: y[i], unit: i });
    sum += y[i];
  }
  const mean = sum / y.length;
  const z = new Float64Array(y.length);
  let ss = 0;
  for (let i = 0; i < y.length; i++) {
    z[i] = y[i] - mean;
    ss += z[i] * z[i];
  }
  if (!(ss > 0)) throw new NqpfError('MORAN_CONSTANT', { value: mean });
  return z;
}

function crossProduct(w: SpatialWeights, z: ArrayLike<number>): number {
  const lag = spatialLag(w, z);
  let s = 0;
  for (let i = 0; i < w.n; i++) s += z[i] * lag[i];
  return s;
}

/**
 * 全局莫兰指数 / Global Moran's I with its moments under normality and randomisation, and a seeded permutation test.
 *
 * I = (n/S0) Σ_i Σ_j w_ij z_i z_j / Σ z_i²; E[I] = −1/(n−1); Var_N = (n²S1 − nS2 + 3S0²)/((n²−1)S0²) − E[I]²;
 * Var_R = [n((n²−3n+3)S1 − nS2 + 3S0²) − b2((n²−n)S1 − 2nS2 + 6S0²)]/((n−1)(n−2)(n−3)S0²) − E[I]², b2 = nΣz⁴/(Σz²)²
 * (Cliff & Ord 1981, ch. 2; as PySAL esda `Moran`). Pseudo p-value as esda: (larger + 1)/(permutations + 1).
 *
 * Edge cases: length ≠ w.n → `MORAN_SHAPE`; n < 4 → `MORAN_TOO_FEW_UNITS`; non-finite y → `MORAN_BAD_VALUE`;
 * constant y → `MORAN_CONSTANT`. Islands are kept (their lag is 0), as PySAL does.
 *
 * @example
 * // 3 × 3 rook lattice, y = 1..9, binary weights (PySAL esda test_moran.py)
 * moranGlobal([1, 2, 3, 4, 5, 6, 7, 8, 9], rook3x3).i; // => 0.5
 */
export function moranGlobal(y: ArrayLike<number>, w: SpatialWeights, options: MoranOptions = {}): MoranResult {
  const z = centreForMoran(y, w);
  const n = w.n;
  const { s0, s1, s2 } = weightSums(w);
  let m2 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const q = z[i] * z[i];
    m2 += q;
    m4 += q * q;
  }
  const i = ((n / s0) * crossProduct(w, z)) / m2;
  const expected = -1 / (n - 1);
  const s02 = s0 * s0;
  const varianceNormality = (n * n * s1 - n * s2 + 3 * s02) / ((n - 1) * (n + 1) * s02) - expected * expected;
  const b2 = (n * m4) / (m2 * m2);
  const a = n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s02);
  const b = b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s02);
  const varianceRandomization = (a - b) / ((n - 1) * (n - 2) * (n - 3) * s02) - expected * expected;
  const zNormality = (i - expected) / Math.sqrt(varianceNormality);
  const zRandomization = (i - expected) / Math.sqrt(varianceRandomization);
  const tails = (options.twoTailed ?? true) ? 2 : 1;
  const result: MoranResult = {
    i,
    expected,
    varianceNormality,
    varianceRandomization,
    zNormality,
    zRandomization,
    pNormality: Math.min(1, tails * normalUpperTail(Math.abs(zNormality))),
    pRandomization: Math.min(1, tails * normalUpperTail(Math.abs(zRandomization))),
    pseudoP: null,
    simulatedMean: null,
    simulatedSd: null,
  };
  const permutations = options.permutations ?? 0;
  if (permutations > 0) {
    const random = createRandom(options.seed ?? 0, options.stream ?? 'moran');
    const perm = Float64Array.from(z);
    let larger = 0;
    let sum = 0;
    let sumSq = 0;
    for (let p = 0; p < permutations; p++) {
      for (let k = n - 1; k > 0; k--) {
        const r = random.integer(k + 1); // Fisher–Yates
        const t = perm[k];
        perm[k] = perm[r];
        perm[r] = t;
      }
      const simulated = ((n / s0) * crossProduct(w, perm)) / m2;
      if (simulated >= i) larger++;
      sum += simulated;
      sumSq += simulated * simulated;
    }
    if (permutations - larger < larger) larger = permutations - larger;
    result.pseudoP = (larger + 1) / (permutations + 1);
    result.simulatedMean = sum / permutations;
    result.simulatedSd = Math.sqrt(Math.max(0, sumSq / permutations - result.simulatedMean ** 2));
  }
  return result;
}
