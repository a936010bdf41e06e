import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { countPresent, minMax as extent } from '../stats/summary.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { allMissing, normalizeState } from './apply.js';

const params = z
  .object({
    /** Code of the reference region. */
    region: z.string().min(1),
    /** Cap scores above the reference at 1 (COINr cap_max). */
    cap: z.boolean().default(false),
    /** Per year: the reference is the region's value that year (pooled: its latest present value). */
    pooled: z.boolean().default(false),
  })
  .strict();

/**
 * Distance to a reference region 距参照地区距离: z = 1 − (x_ref − x)/(x_ref − min), so min → 0 and the reference
 * → 1 (COINr `n_dist2ref`, iref = the region's row); with `cap` values above 1 become 1.
 * Edge cases: an unknown region is UNKNOWN_REGION_CODE; a missing reference value is MISSING_REFERENCE;
 * a reference equal to the minimum is CONSTANT_COLUMN.
 *
 * @example distToRefKernel([2, 4, 6], 4, false) // => [0, 1, 2]
 */
export function distToRefKernel(values: ArrayLike<number>, reference: number, cap: boolean): Float64Array {
  const min = extent(values)[0];
  return Float64Array.from(values, (v) => {
    const z = 1 - (reference - v) / (reference - min);
    return cap && z > 1 ? 1 : z;
  });
}

export const distToRef: MethodDefinition<z.infer<typeof params>> = {
  op: 'normalize',
  method: 'dist-to-ref',
  title: { zh: '距参照地区距离', en: 'Distance to reference' },
  summary: { zh: '1 − (x_ref − x)/(x_ref − min)', en: '1 − (x_ref − x)/(x_ref − min)' },
  params,
  run: (state, p, ctx) => {
    const r = state.panel.regions.findIndex((x) => x.code === p.region);
    const pointer = `/steps/${ctx.stepIndex}/params/region`;
    if (r < 0) throw new NqpfError('UNKNOWN_REGION_CODE', { code: p.region }, { step: ctx.stepId, pointer });
    const nRegions = state.panel.regions.length;
    return normalizeState(state, p.pooled, ctx, (values, _node, where) => {
      if (countPresent(values) === 0) throw allMissing(where);
      let reference = NaN;
      for (let i = r; i < values.length; i += nRegions) if (!Number.isNaN(values[i])) reference = values[i];
      if (Number.isNaN(reference)) throw new NqpfError('MISSING_REFERENCE', { region: p.region, indicator: where.indicator, year: where.year ?? 'all' }, { step: ctx.stepId, pointer });
      if (reference === extent(values)[0]) throw new NqpfError('CONSTANT_COLUMN', { indicator: where.indicator, detail: `reference ${p.region} = min = ${reference}`, method: 'dist-to-ref' }, { step: ctx.stepId, pointer });
      return distToRefKernel(values, reference, p.cap);
    });
  },
};
