import { childrenOf, effectiveWeights, indicatorsOf, rootOf } from '../framework/tree.js';
import type { Framework } from '../model/types.js';
import type { Note } from '../pipeline/types.js';

/**
 * The dominance guard (issue 13): does one indicator or pillar drive the index far more than the framework
 * says it should? Two measures, each compared with the node's nominal share (the effective weight the
 * framework's own weights give it):
 *
 * - its share of the **effective weight** actually used (after data-driven weighting);
 * - its share of the index's **variance explained**: the correlation ratio S_i = Var(E[y | x_i]) / Var(y) of
 *   Becker, Saisana, Paruolo & Vandecasteele (2017), "Weights and importance in composite indicators: closing
 *   the gap", Ecological Indicators 80: 12–22, normalised over the node's level (S_i / Σ S_j) as they compare it
 *   with normalised weights. E[y | x_i] is estimated by a least-squares cubic polynomial in x_i (Becker et al.
 *   use penalised splines; on an x with k ≤ 4 distinct values the fit is exactly the conditional means).
 *
 * A node dominates when its share is at least `ratio` times its nominal share and at least `minShare`. The
 * variance measure is left out (0) for a node with at most twice as many region-years as the fit has
 * coefficients: on so few points the polynomial interpolates and every correlation ratio reads as 1.
 */
export interface DominanceOptions {
  ratio: number;
  minShare: number;
}

export const DOMINANCE_DEFAULTS: DominanceOptions = { ratio: 2, minShare: 0.15 };

export interface DominanceFinding {
  node: string;
  /** 1 = indicator; otherwise the pillar's level. */
  level: number;
  measure: 'weight' | 'variance';
  nominalShare: number;
  share: number;
}

/** R² of the least-squares polynomial of degree min(3, distinct x − 1) of y on x: the correlation ratio's estimate. 0 when x or y is constant. */
export function correlationRatio(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const xs: number[] = [];
  const ys: number[] = [];
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
    xs.push(x[i]);
    ys.push(y[i]);
  }
  const n = xs.length;
  if (n < 2) return 0;
  const mean = (v: number[]) => v.reduce((s, a) => s + a, 0) / v.length;
  const mx = mean(xs);
  const sx = Math.sqrt(mean(xs.map((a) => (a - mx) ** 2)));
  const my = mean(ys);
  const vy = mean(ys.map((a) => (a - my) ** 2));
  if (!(sx > 0) || !(vy > 0)) return 0;
  const degree = Math.min(3, new Set(xs).size - 1);
  // Normal equations on the standardised x (well conditioned for degree ≤ 3), solved by Gaussian elimination.
  const z = xs.map((a) => (a - mx) / sx);
  const p = degree + 1;
  const a = Array.from({ length: p }, (_, r) => Array.from({ length: p + 1 }, (_, c) => (c < p ? z.reduce((s, v) => s + v ** (r + c), 0) : z.reduce((s, v, i) => s + v ** r * ys[i], 0))));
  for (let col = 0; col < p; col++) {
    let pivot = col;
    for (let r = col + 1; r < p; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    [a[col], a[pivot]] = [a[pivot], a[col]];
    for (let r = 0; r < p; r++) {
      if (r === col || a[col][col] === 0) continue;
      const f = a[r][col] / a[col][col];
      for (let c = col; c <= p; c++) a[r][c] -= f * a[col][c];
    }
  }
  const beta = a.map((row, r) => (row[r] === 0 ? 0 : row[p] / row[r]));
  const fitted = z.map((v) => beta.reduce((s, b, k) => s + b * v ** k, 0));
  const vf = mean(fitted.map((f) => (f - my) ** 2));
  return Math.min(1, vf / vy);
}

/**
 * Every indicator and every pillar (child of the root) that dominates, by effective weight or by variance
 * explained. `scores[code]` holds each node's values over all region-years (indicators as normalised, the
 * root as the index); `weights` are the weights actually used (relative to siblings).
 */
export function dominance(framework: Framework, weights: Record<string, number>, scores: Record<string, ArrayLike<number>>, options: DominanceOptions = DOMINANCE_DEFAULTS): DominanceFinding[] {
  const root = rootOf(framework);
  const index = scores[root.code];
  if (!index) return [];
  const nominal = effectiveWeights(framework, Object.fromEntries(framework.nodes.map((n) => [n.code, n.weight])));
  const effective = effectiveWeights(framework, weights);
  const indicators = indicatorsOf(framework).map((n) => n.code);
  const pillars = (childrenOf(framework).get(root.code) ?? []).filter((n) => n.level > 1);
  const findings: DominanceFinding[] = [];
  const check = (codes: string[], level: (code: string) => number) => {
    const nominalTotal = codes.reduce((s, c) => s + nominal[c], 0);
    const effectiveTotal = codes.reduce((s, c) => s + effective[c], 0);
    const s = codes.map((c) => (scores[c] && fitIsInformative(scores[c], index) ? correlationRatio(scores[c], index) : 0));
    const sTotal = s.reduce((a, b) => a + b, 0);
    codes.forEach((code, k) => {
      const nominalShare = nominalTotal > 0 ? nominal[code] / nominalTotal : 0;
      const shares: [DominanceFinding['measure'], number][] = [
        ['weight', effectiveTotal > 0 ? effective[code] / effectiveTotal : 0],
        ['variance', sTotal > 0 ? s[k] / sTotal : 0],
      ];
      for (const [measure, share] of shares) {
        if (share >= options.minShare && share >= options.ratio * nominalShare) findings.push({ node: code, level: level(code), measure, nominalShare, share });
      }
    });
  };
  check(indicators, () => 1);
  if (pillars.length > 1) check(pillars.map((p) => p.code), (code) => framework.nodes.find((n) => n.code === code)!.level);
  return findings;
}

/** More than twice as many finite pairs as correlationRatio's polynomial has coefficients. */
function fitIsInformative(x: ArrayLike<number>, y: ArrayLike<number>): boolean {
  const distinct = new Set<number>();
  let pairs = 0;
  for (let i = 0; i < x.length; i++) {
    if (!Number.isFinite(x[i]) || !Number.isFinite(y[i])) continue;
    pairs++;
    distinct.add(x[i]);
  }
  return pairs > 2 * Math.min(4, distinct.size);
}

/** Findings as notes (notes.csv, the report, the web app): DOMINANT_WEIGHT / DOMINANT_VARIANCE with the shares in %. */
export function dominanceNotes(findings: DominanceFinding[]): Note[] {
  const pct = (v: number) => Number((100 * v).toFixed(1));
  return findings.map((f) => ({
    code: f.measure === 'weight' ? 'DOMINANT_WEIGHT' : 'DOMINANT_VARIANCE',
    indicator: f.node,
    value: pct(f.share),
    from: pct(f.nominalShare),
    detail: `${f.node}: ${pct(f.share)} % ${f.measure === 'weight' ? 'of the effective weight' : 'of the variance explained'} vs ${pct(f.nominalShare)} % nominal`,
  }));
}
