import { createRandom } from '../stats/random.js';
import type { Factor, UncertaintyPlan } from './plan.js';

/** Where run k sits in the design and the uniform draws it uses. */
export interface RunDraw {
  row: number;
  /** 0 = A, 1 = B, 2 + i = A_B^(i) (A with column i taken from B). */
  block: number;
  uniforms: Float64Array;
  /** Per factor, the sample its value came from: row r of A is r, row r of B is N + r (noise draws follow it). */
  sampleIds: number[];
}

/** Row r of matrix A or B: d uniforms from createRandom(seed, 'uncertainty', matrix, r) — only (seed, row) matter. */
export function designRow(seed: number, matrix: 'A' | 'B', row: number, dimensions: number): Float64Array {
  const random = createRandom(seed, 'uncertainty', matrix, row);
  const out = new Float64Array(dimensions);
  for (let j = 0; j < dimensions; j++) out[j] = random.next();
  return out;
}

/**
 * 抽样设计 / The Saltelli design (Saltelli et al. 2010, Comput. Phys. Commun. 181:259): N rows of two
 * independent uniform matrices A and B; run k = r(d + 2) + b uses A_r (b = 0), B_r (b = 1) or A_r with
 * column b − 2 from B_r. An uncertainty analysis uses A alone.
 *
 * @example runDraw({ rows: 10, runsPerRow: 4, seed: 1, factors: [f, g] … }, 6).block // => 2
 */
export function runDraw(plan: Pick<UncertaintyPlan, 'rows' | 'runsPerRow' | 'seed' | 'factors'>, run: number): RunDraw {
  const d = plan.factors.length;
  const row = Math.floor(run / plan.runsPerRow);
  const block = run % plan.runsPerRow;
  const fromB = plan.rows + row;
  if (block === 1) return { row, block, uniforms: designRow(plan.seed, 'B', row, d), sampleIds: new Array(d).fill(fromB) };
  const uniforms = designRow(plan.seed, 'A', row, d);
  const sampleIds: number[] = new Array(d).fill(row);
  if (block >= 2) {
    uniforms[block - 2] = designRow(plan.seed, 'B', row, d)[block - 2];
    sampleIds[block - 2] = fromB;
  }
  return { row, block, uniforms, sampleIds };
}

/**
 * A factor's value for a uniform draw u ∈ [0, 1): a discrete list of m values maps u to m equal-width bins
 * (COINr `get_sensitivity`); a range [a, b] maps it linearly.
 *
 * @example factorValue({ values: ['min-max', 'z-score'] … }, 0.7) // => 'z-score'
 */
export function factorValue(factor: Pick<Factor, 'values' | 'uniform'>, u: number): unknown {
  if (factor.values) return factor.values[Math.min(factor.values.length - 1, Math.floor(u * factor.values.length))];
  const [a, b] = factor.uniform!;
  return a + u * (b - a);
}

/** Index of the discrete value chosen (−1 for a continuous factor). */
export function factorLevel(factor: Pick<Factor, 'values'>, u: number): number {
  return factor.values ? Math.min(factor.values.length - 1, Math.floor(u * factor.values.length)) : -1;
}

/** The factor values run k uses (for the table of every run's parameters). */
export function runValues(plan: Pick<UncertaintyPlan, 'rows' | 'runsPerRow' | 'seed' | 'factors'>, run: number): unknown[] {
  const draw = runDraw(plan, run);
  return plan.factors.map((f, j) => factorValue(f, draw.uniforms[j]));
}
