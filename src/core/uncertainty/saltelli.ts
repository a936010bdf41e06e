import { createRandom } from '../stats/random.js';
import { quantileSorted } from '../stats/quantile-sorted.js';

export interface SensitivityIndex {
  first: number;
  total: number;
  firstLow: number;
  firstHigh: number;
  totalLow: number;
  totalHigh: number;
}

export interface SaltelliOptions {
  /** Bootstrap replicates for the 5–95% intervals (0: none). */
  bootstrap: number;
  seed: number;
}

/**
 * 一阶与总效应敏感性指数 / First-order and total sensitivity indices from the Saltelli design.
 * With y_A, y_B and y_ABi the outputs of rows of A, B and A_B^(i) (A with column i from B), and
 * V = var(y_A ∪ y_B) (n − 1 denominator):
 *   S_i  = mean(y_B (y_ABi − y_A)) / V          (Saltelli et al. 2010, Table 2 (b))
 *   S_Ti = Σ (y_A − y_ABi)² / (2 N V)             (Jansen 1999)
 * as COINr `SA_estimate`. Intervals: 5th and 95th percentiles over bootstrap resamples of the rows (V
 * recomputed each time), rows drawn by createRandom(seed, 'bootstrap', b). Rows with a missing output
 * are left out. Check (METHODS.md R3): y = x1 + 2x2 + 3x3, x ~ U(0,1) gives S_i = S_Ti = 1/14, 4/14, 9/14.
 *
 * @example saltelliIndices(yA, yB, [yAB1, yAB2, yAB3], { bootstrap: 0, seed: 1 })[2].first // => ≈ 0.643
 */
export function saltelliIndices(
  yA: ArrayLike<number>,
  yB: ArrayLike<number>,
  yAB: ArrayLike<number>[],
  options: SaltelliOptions,
): SensitivityIndex[] {
  const d = yAB.length;
  const a = Float64Array.from(yA);
  const b = Float64Array.from(yB);
  const ab = yAB.map((y) => Float64Array.from(y));
  const kept: number[] = [];
  for (let r = 0; r < a.length; r++) {
    if (!Number.isNaN(a[r]) && !Number.isNaN(b[r]) && ab.every((y) => !Number.isNaN(y[r]))) kept.push(r);
  }
  const rows = Int32Array.from(kept);
  const point = estimate(a, b, ab, rows);
  const boot = Array.from({ length: d }, () => ({ first: new Float64Array(options.bootstrap), total: new Float64Array(options.bootstrap) }));
  const sample = new Int32Array(rows.length);
  for (let replicate = 0; replicate < options.bootstrap; replicate++) {
    const random = createRandom(options.seed, 'bootstrap', replicate);
    for (let k = 0; k < rows.length; k++) sample[k] = rows[random.integer(rows.length)];
    estimate(a, b, ab, sample).forEach((s, i) => {
      boot[i].first[replicate] = s.first;
      boot[i].total[replicate] = s.total;
    });
  }
  return point.map((s, i) => {
    const first = boot[i].first.filter((v) => !Number.isNaN(v)).sort();
    const total = boot[i].total.filter((v) => !Number.isNaN(v)).sort();
    return {
      ...s,
      firstLow: quantileSorted(first, 0.05),
      firstHigh: quantileSorted(first, 0.95),
      totalLow: quantileSorted(total, 0.05),
      totalHigh: quantileSorted(total, 0.95),
    };
  });
}

function estimate(yA: Float64Array, yB: Float64Array, yAB: Float64Array[], rows: Int32Array): { first: number; total: number }[] {
  const n = rows.length;
  let mean = 0;
  for (const r of rows) mean += yA[r] + yB[r];
  mean /= 2 * n;
  let squares = 0;
  for (const r of rows) squares += (yA[r] - mean) ** 2 + (yB[r] - mean) ** 2;
  const variance = squares / (2 * n - 1);
  return yAB.map((y) => {
    let first = 0;
    let total = 0;
    for (const r of rows) {
      first += yB[r] * (y[r] - yA[r]);
      total += (yA[r] - y[r]) ** 2;
    }
    return { first: first / n / variance, total: total / (2 * n * variance) };
  });
}
