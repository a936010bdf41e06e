import { inverse, Matrix, solve } from 'ml-matrix';

export interface ErgodicResult {
  /** The closed classes, each a list of state indices in ascending order. */
  closedClasses: number[][];
  /** One steady-state distribution (length k) per closed class. */
  steadyStates: number[][];
  /** Mean first passage times m[i][j] in periods (diagonal: mean recurrence time); null where not certain. */
  firstPassage: (number | null)[][];
  sojourn: (number | null)[];
}

/**
 * 稳态分布、平均首达时间与逗留时间 / Long-run properties of a Markov transition matrix P (k × k, rows sum to 1).
 *
 * Kemeny J. G. & Snell J. L. (1976), Finite Markov Chains, ch. 4–5; PySAL giddy `ergodic` (steady_state_general,
 * fmpt, sojourn_time) is the reference the tests reproduce.
 * - Closed classes: sets of states that reach each other and nothing outside. A chain with one closed class holding
 *   every state is ergodic (irreducible).
 * - Steady state of each closed class C: π_C P_CC = π_C, Σ π_C = 1, zero outside C (one distribution per class).
 * - Mean first passage times within a closed class: Z = (I − P + 1π)⁻¹, m_ij = (z_jj − z_ij)/π_j for i ≠ j and
 *   m_jj = 1/π_j (the mean recurrence time); between classes and from transient states passage is not certain:
 *   null (infinite or undefined).
 * - Sojourn time of state i: 1/(1 − p_ii) periods; null when p_ii = 1 (the state is never left).
 *
 * Edge cases: a row with no transitions (all zeros, a class never observed at the start of a year pair) is taken as
 * absorbing, as giddy does with `fill_empty_classes`.
 *
 * @example
 * ergodic([[0.5, 0.25, 0.25], [0.5, 0, 0.5], [0.25, 0.25, 0.5]]).steadyStates; // => [[0.4, 0.2, 0.4]]
 */
export function ergodic(p: number[][]): ErgodicResult {
  const chain = withAbsorbingEmptyRows(p);
  const closed = closedClasses(chain);
  const k = chain.length;
  const firstPassage: (number | null)[][] = Array.from({ length: k }, () => new Array<number | null>(k).fill(null));
  const steady = closed.map((states) => {
    const sub = states.map((i) => states.map((j) => chain[i][j]));
    const pi = stationary(sub);
    const passage = meanFirstPassage(sub, pi);
    states.forEach((i, a) => states.forEach((j, b) => (firstPassage[i][j] = passage[a][b])));
    const full = new Array<number>(k).fill(0);
    states.forEach((i, a) => (full[i] = pi[a]));
    return full;
  });
  return { closedClasses: closed, steadyStates: steady, firstPassage, sojourn: chain.map((row, i) => (row[i] >= 1 ? null : 1 / (1 - row[i]))) };
}

function withAbsorbingEmptyRows(p: number[][]): number[][] {
  return p.map((row, i) => (row.some((v) => v > 0) ? row : row.map((_, j) => (i === j ? 1 : 0))));
}

/** Closed communicating classes: states whose reachable set reaches back to them, grouped by mutual reach. */
function closedClasses(p: number[][]): number[][] {
  const k = p.length;
  const reach = p.map((row, i) => row.map((v, j) => v > 0 || i === j));
  for (let m = 0; m < k; m++) {
    for (let i = 0; i < k; i++) if (reach[i][m]) for (let j = 0; j < k; j++) if (reach[m][j]) reach[i][j] = true;
  }
  const classes: number[][] = [];
  const seen = new Set<number>();
  for (let i = 0; i < k; i++) {
    if (seen.has(i)) continue;
    const recurrent = reach[i].every((r, j) => !r || reach[j][i]);
    if (!recurrent) continue;
    const members = reach[i].flatMap((r, j) => (r ? [j] : []));
    members.forEach((j) => seen.add(j));
    classes.push(members);
  }
  return classes;
}

/** π with π P = π, Σπ = 1, for an irreducible P: (Pᵀ − I) with its last equation replaced by Σπ = 1. */
function stationary(p: number[][]): number[] {
  const k = p.length;
  if (k === 1) return [1];
  const a = new Matrix(k, k);
  for (let i = 0; i < k; i++) for (let j = 0; j < k; j++) a.set(i, j, p[j][i] - (i === j ? 1 : 0));
  for (let j = 0; j < k; j++) a.set(k - 1, j, 1);
  const b = Matrix.columnVector(Array.from({ length: k }, (_, i) => (i === k - 1 ? 1 : 0)));
  return solve(a, b).getColumn(0);
}

/** Kemeny–Snell: Z = (I − P + 1π)⁻¹; m_ij = (z_jj − z_ij)/π_j, m_jj = 1/π_j. */
function meanFirstPassage(p: number[][], pi: number[]): number[][] {
  const z = inverse(new Matrix(p.map((row, i) => row.map((v, j) => (i === j ? 1 : 0) - v + pi[j]))));
  return p.map((_, i) => p.map((__, j) => (i === j ? 1 / pi[j] : (z.get(j, j) - z.get(i, j)) / pi[j])));
}
