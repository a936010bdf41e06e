export interface NelderMeadOptions {
  /** Relative tolerance on the spread of function values across the simplex (default 1e-10). */
  tolerance?: number;
  /** Maximum number of iterations (default 2000). */
  maxIterations?: number;
  /** Initial simplex edge; default 0.1 · max|x0| (1 when x0 is all zeros). */
  step?: number;
  /**
   * Also require the simplex to have collapsed (default true). Turn off for a scale-invariant f (f(cx) = f(x)),
   * whose simplex may never collapse along the flat direction: then only the value test applies, as in R.
   */
  collapse?: boolean;
}

export interface NelderMeadResult {
  x: Float64Array;
  value: number;
  iterations: number;
  evaluations: number;
  converged: boolean;
}

/**
 * Nelder–Mead 单纯形法 / Nelder–Mead simplex minimisation (Nelder & Mead 1965), with the standard coefficients
 * reflection 1, expansion 2, contraction ½, shrink ½ (Lagarias, Reeds, Wright & Wright 1998, SIAM J. Optim.
 * 9(1)), the algorithm behind R's `optim(method = "Nelder-Mead")` that COINr's `get_opt_weights` calls.
 *
 * Start: the simplex x0 and x0 + step·e_i, step = 0.1 · max|x0_i| (1 if x0 = 0), as R's optim.
 * Stop: when the spread of the simplex values f_max − f_min ≤ tolerance · (|f_min| + tolerance) (R's `reltol`
 * test) and also (unless `collapse: false`) every vertex lies within √tolerance · (1 + max|x_best|) of the best one
 * (so a simplex straddling a minimum symmetrically, equal values at both ends, does not stop early as in R), or after
 * `maxIterations` iterations (then `converged` is false). Deterministic: no randomness.
 * Edge cases: a non-finite f (NaN, ±Infinity) counts as +Infinity, so the search moves away from it.
 *
 * @example nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]).x // => ≈ [1, -2]
 */
export function nelderMead(f: (x: Float64Array) => number, start: ArrayLike<number>, options: NelderMeadOptions = {}): NelderMeadResult {
  const tolerance = options.tolerance ?? 1e-10;
  const maxIterations = options.maxIterations ?? 2000;
  const collapse = options.collapse ?? true;
  const n = start.length;
  const size = Math.max(...Array.from(start, Math.abs));
  const step = options.step ?? (size > 0 ? 0.1 * size : 1);
  let evaluations = 0;
  const value = (x: Float64Array): number => {
    evaluations++;
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const points: Float64Array[] = [Float64Array.from(start)];
  for (let i = 0; i < n; i++) {
    const p = Float64Array.from(start);
    p[i] += step;
    points.push(p);
  }
  const values = points.map(value);
  const order = Array.from({ length: n + 1 }, (_, i) => i);
  const along = (base: Float64Array, toward: Float64Array, t: number): Float64Array => base.map((b, i) => b + t * (toward[i] - b));
  let iterations = 0;
  let converged = false;
  for (; iterations < maxIterations; iterations++) {
    order.sort((a, b) => values[a] - values[b]);
    const best = order[0];
    const worst = order[n];
    const secondWorst = order[n - 1];
    if (values[worst] - values[best] <= tolerance * (Math.abs(values[best]) + tolerance) && (!collapse || collapsed(points, best, Math.sqrt(tolerance)))) {
      converged = true;
      break;
    }
    // Centroid of every point but the worst.
    const centroid = new Float64Array(n);
    for (const k of order.slice(0, n)) points[k].forEach((v, i) => (centroid[i] += v / n));
    const reflected = along(centroid, points[worst], -1);
    const fr = value(reflected);
    if (fr < values[best]) {
      const expanded = along(centroid, points[worst], -2);
      const fe = value(expanded);
      [points[worst], values[worst]] = fe < fr ? [expanded, fe] : [reflected, fr];
      continue;
    }
    if (fr < values[secondWorst]) {
      [points[worst], values[worst]] = [reflected, fr];
      continue;
    }
    // Contraction: outside when the reflection improved on the worst point, inside otherwise.
    const outside = fr < values[worst];
    const contracted = outside ? along(centroid, points[worst], -0.5) : along(centroid, points[worst], 0.5);
    const fc = value(contracted);
    if (fc < (outside ? fr : values[worst])) {
      [points[worst], values[worst]] = [contracted, fc];
      continue;
    }
    for (const k of order.slice(1)) {
      points[k] = along(points[best], points[k], 0.5);
      values[k] = value(points[k]);
    }
  }
  order.sort((a, b) => values[a] - values[b]);
  return { x: points[order[0]], value: values[order[0]], iterations, evaluations, converged };
}

function collapsed(points: Float64Array[], best: number, tolerance: number): boolean {
  const scale = 1 + Math.max(...Array.from(points[best], Math.abs));
  return points.every((p) => p.every((v, i) => Math.abs(v - points[best][i]) <= tolerance * scale));
}
