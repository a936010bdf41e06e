import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { minMax } from '../stats/summary.js';
import type { MethodDefinition, PipelineState, StepContext } from '../pipeline/types.js';
import { indicatorColumns, setGlobalIndicatorWeights, setGroupIndicatorWeights } from './apply.js';
import { portableLog } from '../stats/portable-log.js';

const params = z
  .object({
    /** Constant A added after standardisation; 0 means the convention 0·ln 0 = 0. */
    shift: z.number().min(0).default(0),
    /** Range-standardise each column to [0, 1] before p = z / Σz (METHODS.md); false uses the values as given (≥ 0). */
    standardize: z.boolean().default(true),
    /** true: one entropy over all regions × years (time-augmented panel form); false: mean of per-year weights. */
    pooled: z.boolean().default(true),
    /** all: weights over all indicators together (parents get their sums); group: within each parent. */
    scope: z.enum(['all', 'group']).default('all'),
  })
  .strict();

export type EntropyOptions = Pick<z.infer<typeof params>, 'shift' | 'standardize'>;

/**
 * Entropy weights 熵值法 (panel form, 杨丽 & 孙之淳 2015): z = (x − min)/(max − min) over all cells, z' = z + A,
 * p = z'/Σz', e_j = −k Σ p ln p with k = 1/ln N (N = cells present in column j), g = 1 − e, w = g/Σg.
 * Edge cases: a constant column has e = 1, so weight 0; all-constant input is WEIGHTS_ZERO_SUM; missing
 * cells are skipped; negative values with `standardize: false` are NEGATIVE_INPUT.
 * Reference: pymcdm entropy weights (Elsayed et al. 2017), METHODS.md R4.
 *
 * @example entropyWeights([[1, 2, 3], [1, 1, 4]], { shift: 0, standardize: false }) // => [0.2740…, 0.7260…]
 */
export function entropyWeights(columns: ArrayLike<number>[], options: EntropyOptions): Float64Array {
  const divergence = columns.map((column) => 1 - columnEntropy(column, options));
  const total = divergence.reduce((s, g) => s + g, 0);
  return Float64Array.from(divergence, (g) => g / total);
}

function columnEntropy(column: ArrayLike<number>, { shift, standardize }: EntropyOptions): number {
  const [min, max] = minMax(column);
  const spread = max - min;
  let sum = 0;
  let n = 0;
  const value = (v: number) => (standardize ? (spread > 0 ? (v - min) / spread : 0) : v) + shift;
  for (let i = 0; i < column.length; i++) {
    if (Number.isNaN(column[i])) continue;
    sum += value(column[i]);
    n++;
  }
  if (n < 2 || sum === 0 || (standardize && spread === 0)) return 1;
  let entropy = 0;
  for (let i = 0; i < column.length; i++) {
    if (Number.isNaN(column[i])) continue;
    const p = value(column[i]) / sum;
    if (p > 0) entropy -= p * portableLog(p);
  }
  return entropy / portableLog(n);
}

export const entropy: MethodDefinition<z.infer<typeof params>> = {
  op: 'weight',
  method: 'entropy',
  title: { zh: '熵值法', en: 'Entropy' },
  summary: { zh: '按信息熵的差异程度赋权', en: 'weights by the divergence of each indicator\'s entropy' },
  params,
  run: (state, p, ctx) => {
    const weigh = (codes: string[], columns: Float64Array[]): Float64Array => {
      if (!p.standardize) assertNonNegative(codes, columns, state, ctx);
      const w = p.pooled
        ? entropyWeights(columns, p)
        : meanOfYearlyWeights(state, columns, p);
      if (!w.every(Number.isFinite)) {
        throw new NqpfError('WEIGHTS_ZERO_SUM', { parent: codes.join(', ') }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}` });
      }
      return w;
    };
    if (p.scope === 'group') return { ...state, weights: setGroupIndicatorWeights(state, weigh), scores: null, ranks: null };
    const { codes, columns } = indicatorColumns(state);
    const w = weigh(codes, columns);
    const indicatorWeights = Object.fromEntries(codes.map((c, j) => [c, w[j]]));
    return { ...state, weights: setGlobalIndicatorWeights(state.framework, indicatorWeights), scores: null, ranks: null };
  },
};

function meanOfYearlyWeights(state: PipelineState, columns: Float64Array[], options: EntropyOptions): Float64Array {
  const sum = new Float64Array(columns.length);
  const nRegions = state.panel.regions.length;
  const years = state.panel.years.length;
  for (let t = 0; t < years; t++) {
    const slices = columns.map((c) => c.subarray(t * nRegions, (t + 1) * nRegions));
    entropyWeights(slices, options).forEach((w, j) => (sum[j] += w / years));
  }
  return sum;
}

function assertNonNegative(codes: string[], columns: Float64Array[], state: PipelineState, ctx: StepContext): void {
  columns.forEach((column, j) => {
    const i = column.findIndex((v) => v < 0);
    if (i < 0) return;
    const nRegions = state.panel.regions.length;
    throw new NqpfError(
      'NEGATIVE_INPUT',
      {
        method: 'entropy',
        indicator: codes[j],
        value: column[i],
        region: state.panel.regions[i % nRegions].code,
        year: state.panel.years[Math.floor(i / nRegions)],
        hint: { en: 'set params.standardize: true or normalize first', zh: '请设 params.standardize: true 或先标准化' },
      },
      { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/standardize` },
    );
  });
}
