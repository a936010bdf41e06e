import { z } from 'zod';
import type { LocalizedName } from '../model/types.js';
import type { MethodDefinition, StepContext, PipelineState } from '../pipeline/types.js';
import { aggregateState, type AggregateKernel } from './apply.js';
import { arithmeticMean } from './arithmetic.js';
import { geometricMean } from './geometric.js';
import { harmonicMean } from './harmonic.js';

/** Row kernels by name: the methods a level may override to (`params.levels`). */
export const rowKernels: Record<string, AggregateKernel> = {
  arithmetic: arithmeticMean,
  geometric: geometricMean,
  harmonic: harmonicMean,
};

/** Parameters every aggregation shares. */
export const baseParams = z
  .object({
    /** A different method per level, e.g. { "2": geometric }: COINr issue #35. */
    levels: z.record(z.string().regex(/^\d+$/), z.enum(Object.keys(rowKernels) as [string, ...string[]])).default({}),
    /** Minimum share of children present for an aggregate to get a score (COINr dat_thresh); 0 = any. */
    threshold: z.number().min(0).max(1).default(0),
  })
  .strict();

type Base = z.infer<typeof baseParams>;

/**
 * An aggregate method: its kernel for every level not overridden in `levels`. `check` runs first, for
 * compatibility errors that name the step (e.g. TOPSIS on one region).
 */
export function defineAggregate<P extends Base>(definition: {
  method: string;
  title: LocalizedName;
  summary: LocalizedName;
  params: z.ZodType<P>;
  kernel: (p: P) => AggregateKernel;
  check?: (state: PipelineState, p: P, ctx: StepContext) => void;
}): MethodDefinition<P> {
  return {
    op: 'aggregate',
    method: definition.method,
    title: definition.title,
    summary: definition.summary,
    params: definition.params,
    run: (state, p, ctx) => {
      definition.check?.(state, p, ctx);
      const own = definition.kernel(p);
      return aggregateState(state, { threshold: p.threshold, kernelFor: (level) => rowKernels[p.levels[String(level)]] ?? own }, ctx);
    },
  };
}
