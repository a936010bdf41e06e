import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { cellLocation } from '../panel/layout.js';
import type { MethodDefinition, PipelineState, StepContext } from '../pipeline/types.js';
import { solveLinearProgram, type LinearProgram } from '../stats/linear-program.js';
import { aggregateState, type AggregateKernel } from './apply.js';
import { comparisonBlocks } from './blocks.js';
import { baseParams, rowKernels } from './define.js';

const params = baseParams
  .extend({
    /** Bounds on each child's share w_j y_oj / Σ w y_o of a region's score (Cherchye et al. 2007); none by default. */
    restrictions: z.object({ lower: z.number().min(0).max(1).default(0), upper: z.number().gt(0).max(1).default(1) }).strict().optional(),
    /** One frontier over all region-years (comparable across a panel) or one per year. */
    pooled: z.boolean().default(true),
  })
  .strict();

type Params = z.infer<typeof params>;

export interface BodResult {
  /** Scores in [0, 1]: 1 for the regions on the frontier. */
  scores: Float64Array;
  /** weights[o][j]: region o's own (most favourable) weight of child j. */
  weights: Float64Array[];
  /** The first row whose program was not solved to optimality, with HiGHS's status; null when all were. */
  failed: { row: number; status: string } | null;
}

/**
 * Benefit of the doubt 有利权重（数据包络分析）(Melyn & Moesen 1991; Cherchye, Moesen, Rogge & Van Puyenbroeck 2007,
 * Soc. Indic. Res. 82; Compind `ci_bod`): for each region o, the linear program
 *   max_w Σ_j w_j y_oj  s.t.  Σ_j w_j y_kj ≤ 1 for every region k,  w ≥ 0,
 * and, with restrictions, lower ≤ w_j y_oj / Σ_l w_l y_ol ≤ upper (written as linear rows). Solved by HiGHS.
 * Edge cases: negative values are NEGATIVE_INPUT (normalize first); a region whose values are all 0 scores 0;
 * share bounds with m·lower > 1 or m·upper < 1 are BOD_RESTRICTIONS; a solve that is not optimal is BOD_LP_FAILED.
 * Weights at a vertex of the LP need not be unique; scores are.
 *
 * @example bodScores([[1, 4], [2, 2], [4, 1], [1, 1]], undefined, where).scores // => 1, 0.8, 1, 0.4 ((2, 2) lies below the segment (1, 4)–(4, 1))
 */
export function bodScores(rows: number[][], restrictions: Params['restrictions'], where: { step: string; pointer: string }): BodResult {
  const scores = new Float64Array(rows.length);
  let failed: BodResult['failed'] = null;
  const weights = rows.map((row, o) => {
    const solution = solveLinearProgram(bodProgram(rows, o, restrictions), where);
    if (solution.status !== 'optimal') failed ??= { row: o, status: solution.status };
    scores[o] = row.reduce((s, y, j) => s + solution.x[j] * y, 0);
    return solution.x;
  });
  return { scores, weights, failed };
}

function bodProgram(rows: number[][], o: number, restrictions: Params['restrictions']): LinearProgram {
  const m = rows[0].length;
  const target = rows[o];
  const lp: LinearProgram = {
    sense: 'maximize',
    objective: target,
    rows: [...rows],
    rowLower: rows.map(() => -Infinity),
    rowUpper: rows.map(() => 1),
    columnLower: new Array(m).fill(0),
    columnUpper: new Array(m).fill(Infinity),
  };
  if (!restrictions) return lp;
  // share_j ≥ lower ⇔ w_j y_oj − lower Σ_l w_l y_ol ≥ 0; share_j ≤ upper ⇔ w_j y_oj − upper Σ_l w_l y_ol ≤ 0
  for (let j = 0; j < m; j++) {
    for (const [bound, isLower] of [[restrictions.lower, true], [restrictions.upper, false]] as const) {
      if (isLower ? bound <= 0 : bound >= 1) continue;
      (lp.rows as number[][]).push(target.map((y, l) => (l === j ? y : 0) - bound * y));
      (lp.rowLower as number[]).push(isLower ? 0 : -Infinity);
      (lp.rowUpper as number[]).push(isLower ? Infinity : 0);
    }
  }
  return lp;
}

/**
 * The BoD step: every aggregate (unless `levels` overrides it to a mean) scores its children by benefit of the
 * doubt over the complete rows of the panel (pooled) or of each year. Each region-year's weights are notes
 * BOD_WEIGHTS (value = weight, detail = parent and share of the score). The framework's weights are not used.
 * Needs `await prepareSolvers()` before the run (LP_SOLVER_NOT_READY otherwise).
 */
export const benefitOfTheDoubt: MethodDefinition<Params> = {
  op: 'aggregate',
  method: 'benefit-of-the-doubt',
  title: { zh: '有利权重法（BoD/DEA）', en: 'Benefit of the doubt (DEA)' },
  summary: { zh: '每个地区取对自己最有利的权重（线性规划）', en: 'each region weighted most favourably to itself (linear programming)' },
  params,
  run: (state, p, ctx) => {
    const { lower, upper } = p.restrictions ?? { lower: 0, upper: 1 };
    if (lower > upper) throw restrictionError(ctx, `lower ${lower} > upper ${upper}`);
    const kernel = (node: string, width: number): AggregateKernel => {
      if (width * lower > 1 + 1e-12 || width * upper < 1 - 1e-12) throw restrictionError(ctx, `${node} has ${width} children: shares between ${lower} and ${upper} cannot sum to 1`);
      return { name: 'benefit-of-the-doubt', positive: false, columns: (columns, _weights, layout) => bodColumn(state, ctx, p, node, columns, layout) };
    };
    const widths = new Map<string, number>();
    for (const n of state.framework.nodes) if (n.parent !== null) widths.set(n.parent, (widths.get(n.parent) ?? 0) + 1);
    return aggregateState(state, { threshold: p.threshold, kernelFor: (level, node) => rowKernels[p.levels[String(level)]] ?? kernel(node, widths.get(node)!) }, ctx);
  },
};

function bodColumn(state: PipelineState, ctx: StepContext, p: Params, node: string, columns: Float64Array[], layout: { regions: number; years: number }): Float64Array {
  const children = state.framework.nodes.filter((n) => n.parent === node).map((n) => n.code);
  const where = { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/method` };
  columns.forEach((column, j) => {
    const cell = column.findIndex((v) => v < 0);
    if (cell < 0) return;
    const { region, year } = cellLocation(state.panel, cell);
    throw new NqpfError('NEGATIVE_INPUT', { method: 'benefit-of-the-doubt', indicator: children[j], value: column[cell], region, year, hint: { en: 'normalize to a range ≥ 0 first, e.g. min-max', zh: '请先标准化到非负区间，例如 min-max' } }, where);
  });
  const out = new Float64Array(layout.regions * layout.years).fill(NaN);
  for (const cells of comparisonBlocks(columns, layout, p.pooled)) {
    if (cells.length === 0) continue;
    const result = bodScores(cells.map((i) => columns.map((c) => c[i])), p.restrictions, where);
    if (result.failed) {
      const { region, year } = cellLocation(state.panel, cells[result.failed.row]);
      throw new NqpfError('BOD_LP_FAILED', { node, region, year, detail: result.failed.status }, where);
    }
    cells.forEach((cell, k) => {
      out[cell] = result.scores[k];
      const { region, year } = cellLocation(state.panel, cell);
      result.weights[k].forEach((w, j) => {
        const share = result.scores[k] > 0 ? (w * columns[j][cell]) / result.scores[k] : 0;
        ctx.notes.push({ code: 'BOD_WEIGHTS', step: ctx.stepId, region, year, indicator: children[j], value: w, detail: `${node}; share ${share.toFixed(4)}` });
      });
    });
  }
  return out;
}

function restrictionError(ctx: StepContext, detail: string): NqpfError {
  return new NqpfError('BOD_RESTRICTIONS', { detail }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/restrictions` });
}
