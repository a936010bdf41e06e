import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import { cellLocation } from '../panel/layout.js';
import type { MethodDefinition } from '../pipeline/types.js';

const params = z
  .object({
    /** Override or add denominators: { indicator: column }; the framework's `denominator` otherwise. */
    denominators: z.record(z.string(), z.string()).default({}),
    /** Divide the denominator by this first (COINr iMeta ScaleFactor), e.g. 1000 for "per thousand". */
    scale: z.record(z.string(), z.number().positive()).default({}),
  })
  .strict();

/**
 * Denomination 分母化（人均、地均、单位 GDP）/ denominate by a data column: x / (d / s), where d is the
 * indicator's denominator column (FrameworkNode.denominator, COINr iMeta `Denominator`) and s a scale
 * factor (default 1). Source: COINr `Denominate` (f_denom = `/`).
 * Edge cases: a denominator column absent from the data is DENOMINATOR_NOT_IN_DATA; a denominator of 0
 * is DENOMINATOR_ZERO naming region and year; a missing denominator gives a missing value (as R).
 * Indicators without a denominator are unchanged. Each denominated indicator gets a DENOMINATED note.
 *
 * @example Flights 29.02 thousand seats, Population 8735.453 thousand → 0.003321858…
 */
export const divide: MethodDefinition<z.infer<typeof params>> = {
  op: 'denominate',
  method: 'divide',
  title: { zh: '除以分母（人均等）', en: 'Divide by a denominator' },
  summary: { zh: '指标除以指标体系声明的分母列', en: 'indicator ÷ the denominator column the framework names' },
  params,
  run: (state, p, ctx) => {
    const columns = { ...state.panel.columns };
    for (const node of indicatorsOf(state.framework)) {
      const denominator = p.denominators[node.code] ?? node.denominator;
      if (!denominator) continue;
      const pointer = p.denominators[node.code] ? `/steps/${ctx.stepIndex}/params/denominators/${node.code}` : `/steps/${ctx.stepIndex}`;
      const d = state.panel.columns[denominator];
      if (!d) throw new NqpfError('DENOMINATOR_NOT_IN_DATA', { code: denominator }, { step: ctx.stepId, pointer });
      const scale = p.scale[node.code] ?? 1;
      const x = state.panel.columns[node.code];
      const out = new Float64Array(x.length);
      for (let i = 0; i < x.length; i++) {
        if (d[i] === 0 && !Number.isNaN(x[i])) {
          const { region, year } = cellLocation(state.panel, i);
          throw new NqpfError('DENOMINATOR_ZERO', { indicator: node.code, denominator, region, year }, { step: ctx.stepId, pointer });
        }
        out[i] = x[i] / (d[i] / scale);
      }
      columns[node.code] = out;
      ctx.notes.push({ code: 'DENOMINATED', step: ctx.stepId, indicator: node.code, method: 'divide', detail: scale === 1 ? denominator : `${denominator} / ${scale}` });
    }
    return { ...state, panel: { ...state.panel, columns }, normalized: null, scores: null, ranks: null };
  },
};
