import { z } from 'zod';
import { aggregateState } from '../aggregate/apply.js';
import { rowKernels } from '../aggregate/define.js';
import { NqpfError } from '../errors/nqpf-error.js';
import { aggregatesOf, childrenOf, rootOf } from '../framework/tree.js';
import type { MethodDefinition, PipelineState, StepContext } from '../pipeline/types.js';
import { nelderMead } from '../stats/nelder-mead.js';
import { completeCases } from './data-driven.js';
import { pearson } from './pearson.js';

/**
 * Nelder–Mead iterations a spec may ask for: each re-aggregates the whole index, so 1e9 ran for weeks
 * (issue 17); 100,000 is 50× the default and far past where the simplex has converged on real data.
 */
export const MAX_ITERATIONS = 100_000;

const params = z
  .object({
    /** The framework level whose weights are optimised (1 = indicators; below the index). */
    level: z.number().int().min(1),
    /** balance: correlations proportional to the targets; infomax: the largest sum of correlations. */
    optimize: z.enum(['balance', 'infomax']).default('balance'),
    /** balance only: target importance per node of the level ({ code: importance }); default equal. */
    targets: z.record(z.string(), z.number().positive()).optional(),
    /** The aggregation the index is built with while optimising (COINr re-runs the coin's own). */
    aggregation: z.enum(['arithmetic', 'geometric', 'harmonic']).default('arithmetic'),
    /** Nelder–Mead iterations at most. */
    maxIterations: z.number().int().positive().max(MAX_ITERATIONS).default(2000),
    /** Nelder–Mead relative tolerance on the objective (R optim `reltol`; COINr's own default 0.1 stops early). */
    tolerance: z.number().positive().default(1e-10),
  })
  .strict();

type Params = z.infer<typeof params>;

/**
 * Optimised weights 优化权重 (COINr `get_opt_weights`; Becker et al. 2017, "Weights and importance in composite
 * indicators: Closing the gap", Ecol. Indic. 80): the weights w of one level's nodes are searched by Nelder–Mead
 * so that r_j, the Pearson correlation of node j's score with the index (re-aggregated with w), matches the target
 * importances. balance minimises ln( Σ_j (t_j − r_j/Σr)² / m ) with t = targets/Σtargets (equal by default; the
 * start is t, as COINr); infomax maximises Σ_j r_j (the start is the current weights).
 * Difference from COINr, on purpose: the search runs on u with w = |u|/Σ|u|, so weights are never negative
 * (COINr's unconstrained optim can return negative weights); the tolerance default is 1e-10, not 0.1.
 * Params: level (required), optimize = balance, targets = equal, aggregation = arithmetic, maxIterations = 2000,
 * tolerance = 1e-10. Correlations use the region-years where both scores are present.
 * Edge cases: the top level, a level with fewer than 2 nodes or no such level is OPT_WEIGHTS_LEVEL; targets that
 * are not exactly the level's codes, or targets with infomax, are OPT_WEIGHTS_TARGETS; not converging within
 * maxIterations is a note OPT_WEIGHTS_NOT_CONVERGED (the best weights found still apply); every node's
 * correlation is a note OPT_WEIGHTS_CORRELATION.
 *
 * @example { op: weight, method: optimised, params: { level: 3 } } on COINr's ASEM example // => Conn 0.39, Sust 0.61
 */
export const optimised: MethodDefinition<Params> = {
  op: 'weight',
  method: 'optimised',
  title: { zh: '优化权重', en: 'Optimised weights' },
  summary: { zh: '使各组成部分与总指数的相关性符合目标重要性（Nelder–Mead）', en: 'weights whose components correlate with the index as targeted (Nelder–Mead)' },
  params,
  run: (state, p, ctx) => {
    const pointer = `/steps/${ctx.stepIndex}/params`;
    const root = rootOf(state.framework);
    const codes = state.framework.nodes.filter((n) => n.level === p.level).map((n) => n.code);
    if (p.level >= root.level || codes.length < 2) {
      const detail = p.level >= root.level ? `the index is level ${root.level}; choose a level below it` : `it has ${codes.length} node(s)`;
      throw new NqpfError('OPT_WEIGHTS_LEVEL', { level: p.level, detail }, { step: ctx.stepId, pointer: `${pointer}/level` });
    }
    const targets = targetShares(codes, p, ctx);
    const correlations = correlationsOf(state, codes, root.code, p.aggregation, ctx);
    const objective = (w: Float64Array): number => {
      const r = correlations(w);
      if (p.optimize === 'infomax') return -r.reduce((s, v) => s + v, 0);
      const total = r.reduce((s, v) => s + v, 0);
      const meanSquare = r.reduce((s, v, j) => s + (targets![j] - v / total) ** 2, 0) / r.length;
      return Math.log(Math.max(meanSquare, Number.MIN_VALUE));
    };
    const start = targets ?? Float64Array.from(codes, (c) => state.weights[c]);
    // f(u) depends on u only through u/Σ|u| (scale-invariant), so only the value test can stop the search; restart
    // from the best point until a restart no longer improves (the standard remedy for a stalled simplex).
    const options = { tolerance: p.tolerance, maxIterations: p.maxIterations, collapse: false };
    let result = nelderMead((u) => objective(unitAbs(u)), start, options);
    for (let restart = 0; restart < 5; restart++) {
      const again = nelderMead((u) => objective(unitAbs(u)), unitAbs(result.x), options);
      const improved = again.value < result.value - p.tolerance * (Math.abs(result.value) + p.tolerance);
      result = { ...again, iterations: result.iterations + again.iterations, converged: again.converged };
      if (!improved) break;
    }
    const w = unitAbs(result.x);
    const r = correlations(w);
    if (!result.converged) ctx.notes.push({ code: 'OPT_WEIGHTS_NOT_CONVERGED', step: ctx.stepId, value: result.iterations, detail: `level ${p.level}` });
    codes.forEach((code, j) => {
      const target = targets ? `target share ${targets[j].toFixed(4)}` : 'infomax';
      ctx.notes.push({ code: 'OPT_WEIGHTS_CORRELATION', step: ctx.stepId, indicator: code, value: r[j], detail: `weight ${w[j].toFixed(6)}; ${target}` });
    });
    const weights = { ...state.weights };
    codes.forEach((code, j) => (weights[code] = w[j]));
    return { ...state, weights, scores: null, ranks: null };
  },
};

/** w = |u| / Σ|u|; all zeros give NaN, which the objective turns into +Infinity. */
function unitAbs(u: Float64Array): Float64Array {
  const total = u.reduce((s, v) => s + Math.abs(v), 0);
  return u.map((v) => Math.abs(v) / total);
}

function targetShares(codes: string[], p: Params, ctx: StepContext): Float64Array | null {
  const fail = (detail: string) => new NqpfError('OPT_WEIGHTS_TARGETS', { detail }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/targets` });
  if (p.optimize === 'infomax') {
    if (p.targets) throw fail('infomax maximises the sum of correlations and takes no targets');
    return null;
  }
  const given = p.targets ?? Object.fromEntries(codes.map((c) => [c, 1]));
  if ([...Object.keys(given)].sort().join() !== [...codes].sort().join()) throw fail(`give one target for each node of level ${p.level}: ${codes.join(', ')}`);
  const total = codes.reduce((s, c) => s + given[c], 0);
  return Float64Array.from(codes, (c) => given[c] / total);
}

/**
 * r_j(w): Pearson correlation of each node with the index after aggregating with the level's weights set to w.
 * Levels below are aggregated once (aggregateState, which also checks the inputs); each evaluation then
 * re-aggregates only the nodes above the level, cell by cell with the same row kernel and missing-value rule
 * (present children only; none present gives no score), since it runs thousands of times.
 */
function correlationsOf(state: PipelineState, codes: string[], root: string, aggregation: Params['aggregation'], ctx: StepContext) {
  const kernel = rowKernels[aggregation];
  const scores = aggregateState(state, { threshold: 0, kernelFor: () => kernel }, ctx).scores!;
  const level = state.framework.nodes.find((n) => n.code === codes[0])!.level;
  const children = childrenOf(state.framework);
  const above = aggregatesOf(state.framework).filter((n) => n.level > level);
  const columns: Record<string, Float64Array> = Object.fromEntries(codes.map((code) => [code, scores[code]]));
  for (const node of above) columns[node.code] = new Float64Array(scores[node.code].length);
  const widest = Math.max(...above.map((n) => children.get(n.code)!.length));
  const values = new Float64Array(widest);
  const weightRow = new Float64Array(widest);
  return (w: Float64Array): Float64Array => {
    const weights = { ...state.weights };
    codes.forEach((code, j) => (weights[code] = w[j]));
    for (const node of above) {
      const kids = children.get(node.code)!;
      const out = columns[node.code];
      for (let i = 0; i < out.length; i++) {
        let count = 0;
        for (const kid of kids) {
          const v = columns[kid.code][i];
          if (Number.isNaN(v)) continue;
          values[count] = v;
          weightRow[count++] = weights[kid.code];
        }
        out[i] = count === 0 ? NaN : kernel.row!(values, weightRow, count);
      }
    }
    return Float64Array.from(codes, (code) => {
      const [x, y] = completeCases([columns[code], columns[root]]);
      return pearson(x, y);
    });
  };
}
