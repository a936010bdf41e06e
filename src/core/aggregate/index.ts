import { z } from 'zod';
import type { MethodDefinition } from '../pipeline/types.js';
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

const params = z
  .object({
    /** A different method per level, e.g. { "2": geometric }: COINr issue #35. */
    levels: z.record(z.string().regex(/^\d+$/), z.enum(Object.keys(rowKernels) as [string, ...string[]])).default({}),
    /** Minimum share of children present for an aggregate to get a score (COINr dat_thresh); 0 = any. */
    threshold: z.number().min(0).max(1).default(0),
  })
  .strict();

function rowMethod(kernel: AggregateKernel, title: { zh: string; en: string }, summary: { zh: string; en: string }): MethodDefinition<z.infer<typeof params>> {
  return {
    op: 'aggregate',
    method: kernel.name,
    title,
    summary,
    params,
    run: (state, p, ctx) =>
      aggregateState(
        state,
        { threshold: p.threshold, kernelFor: (level) => rowKernels[p.levels[String(level)] ?? kernel.name] },
        ctx,
      ),
  };
}

export const aggregateMethods: MethodDefinition[] = [
  rowMethod(arithmeticMean, { zh: '加权算术平均', en: 'Arithmetic mean' }, { zh: 'Σwx/Σw（完全补偿）', en: 'Σwx/Σw (fully compensatory)' }),
  rowMethod(geometricMean, { zh: '加权几何平均', en: 'Geometric mean' }, { zh: '(Πx^w)^(1/Σw)，需正数', en: '(Πx^w)^(1/Σw), needs x > 0' }),
  rowMethod(harmonicMean, { zh: '加权调和平均', en: 'Harmonic mean' }, { zh: 'Σw/Σ(w/x)，需正数', en: 'Σw/Σ(w/x), needs x > 0' }),
];
