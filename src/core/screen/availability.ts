import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf, pruneFramework } from '../framework/tree.js';
import type { MethodDefinition } from '../pipeline/types.js';
import { subsetRegions } from './subset-regions.js';

const params = z
  .object({
    /** Minimum share of present indicator values for a region to stay (COINr dat_thresh, default 2/3). */
    threshold: z.number().min(0).max(1).default(2 / 3),
    /** Minimum share of non-zero values (COINr nonzero_thresh, default 0.05). */
    zeros: z.number().min(0).max(1).default(0.05),
    /** Which rule drops a region (COINr unit_screen). */
    unit_screen: z.enum(['byNA', 'byzeros', 'byNAandzeros']).default('byNA'),
    /** Regions kept or dropped whatever their data (COINr Force). */
    include: z.array(z.string()).default([]),
    exclude: z.array(z.string()).default([]),
    /** Minimum share of regions with a value for an indicator to stay; omitted = no indicator screen. */
    indicator_threshold: z.number().min(0).max(1).optional(),
  })
  .strict();

/**
 * Data-availability screen 数据可得性筛选 (COINr `Screen`): per region, Dat_Avail = 1 − missing/m and
 * Non_Zero = 1 − zeros/m over its m indicator values (all years of a panel together, so the panel stays
 * rectangular); a region is dropped when Dat_Avail < threshold (`byNA`), Non_Zero < zeros (`byzeros`) or
 * either (`byNAandzeros`); `include`/`exclude` override. Then, optionally, an indicator whose share of
 * present values over the kept regions is below `indicator_threshold` is dropped (with emptied aggregates).
 * Every dropped region and indicator is a note (SCREENED_REGION, SCREENED_INDICATOR).
 * Edge cases: a forced code that is not a region is UNKNOWN_REGION_CODE; nothing left is SCREEN_EMPTY.
 *
 * @example threshold 0.9, a region with 5 of 49 values missing (Dat_Avail 0.898) // => dropped
 */
export const availability: MethodDefinition<z.infer<typeof params>> = {
  op: 'screen',
  method: 'availability',
  title: { zh: '数据可得性筛选', en: 'Data availability' },
  summary: { zh: '剔除缺失或零值过多的地区/指标', en: 'drop regions (indicators) with too many gaps or zeros' },
  params,
  run: (state, p, ctx) => {
    const panel = state.panel;
    const codes = new Set(panel.regions.map((r) => r.code));
    for (const [key, list] of [['include', p.include], ['exclude', p.exclude]] as const) {
      list.forEach((code, k) => {
        if (!codes.has(code)) throw new NqpfError('UNKNOWN_REGION_CODE', { code }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/${key}/${k}` });
      });
    }
    const indicators = indicatorsOf(state.framework).map((n) => n.code);
    const nRegions = panel.regions.length;
    const keep: number[] = [];
    panel.regions.forEach((region, r) => {
      let missing = 0;
      let zeros = 0;
      let total = 0;
      for (const code of indicators) {
        for (let t = 0; t < panel.years.length; t++) {
          const v = panel.columns[code][t * nRegions + r];
          total++;
          if (Number.isNaN(v)) missing++;
          else if (v === 0) zeros++;
        }
      }
      const available = 1 - missing / total;
      const nonZero = 1 - zeros / total;
      const lowData = available < p.threshold;
      const lowNonZero = nonZero < p.zeros;
      let included = p.unit_screen === 'byNA' ? !lowData : p.unit_screen === 'byzeros' ? !lowNonZero : !(lowData || lowNonZero);
      if (p.include.includes(region.code)) included = true;
      if (p.exclude.includes(region.code)) included = false;
      if (included) keep.push(r);
      else {
        const why = p.exclude.includes(region.code) ? 'excluded by params.exclude' : `data availability ${available.toFixed(4)}, non-zero ${nonZero.toFixed(4)}`;
        ctx.notes.push({ code: 'SCREENED_REGION', step: ctx.stepId, region: region.code, value: available, detail: why });
      }
    });
    if (keep.length === 0) throw new NqpfError('SCREEN_EMPTY', { what: 'regions' }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/threshold` });
    const screened = keep.length === nRegions ? panel : subsetRegions(panel, keep);
    let framework = state.framework;
    if (p.indicator_threshold !== undefined) {
      const drop = new Set<string>();
      for (const code of indicators) {
        const column = screened.columns[code];
        const present = column.reduce((n, v) => n + (Number.isNaN(v) ? 0 : 1), 0);
        if (present / column.length < p.indicator_threshold) {
          drop.add(code);
          ctx.notes.push({ code: 'SCREENED_INDICATOR', step: ctx.stepId, indicator: code, value: present / column.length, detail: `data availability ${(present / column.length).toFixed(4)}` });
        }
      }
      if (drop.size === indicators.length) throw new NqpfError('SCREEN_EMPTY', { what: 'indicators' }, { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/indicator_threshold` });
      if (drop.size > 0) {
        const pruned = pruneFramework(framework, drop);
        framework = pruned.framework;
        for (const code of pruned.removed) if (!drop.has(code)) ctx.notes.push({ code: 'NODE_DROPPED', step: ctx.stepId, indicator: code, detail: 'no children left' });
      }
    }
    const weights = Object.fromEntries(Object.entries(state.weights).filter(([code]) => framework.nodes.some((n) => n.code === code)));
    return { ...state, framework, panel: screened, weights, normalized: null, scores: null, ranks: null };
  },
};
