import { z } from 'zod';
import { couplingCoordination } from '../diagnose/coupling-coordination.js';
import { NqpfError } from '../errors/nqpf-error.js';
import type { Build } from '../pipeline/run.js';
import { dimensionsOf, rescaleParam, toUnitInterval } from './series.js';
import type { AnalysisCell, AnalysisContext, AnalysisDefinition, AnalysisTable } from './types.js';

const params = z
  .object({
    /** Subsystems; default the dimensions (children of the index). */
    nodes: z.array(z.string().min(1)).min(2).optional(),
    /** α: 'equal' (1/k), 'weights' (the nodes' weights in the build, normalised to sum 1) or k numbers summing to 1. */
    alpha: z.union([z.enum(['equal', 'weights']), z.array(z.number().min(0)).min(2)]).default('equal'),
    rescale: rescaleParam,
    /**
     * Couple this build's index (or `nodes[0]`) with a node of another spec's build instead of the dimensions:
     * `{ spec: other.yaml, node? }` (default: that build's index); regions and years are matched by code.
     */
    with: z.object({ spec: z.string().min(1), node: z.string().min(1).optional() }).strict().optional(),
  })
  .strict();
type Params = z.infer<typeof params>;

function coupling(build: Build, p: Params, ctx: AnalysisContext, kind: 'classic' | 'corrected'): AnalysisTable[] {
  const { framework, regions, years, weights } = build.results;
  const scores = p.with ? withSecondIndex(build, p, ctx) : build.results.scores;
  const codes = p.with ? Object.keys(scores) : (p.nodes ?? dimensionsOf(framework).map((d) => d.code));
  if (codes.length < 2) throw new NqpfError('CCD_TOO_FEW_SUBSYSTEMS', { count: codes.length }, { pointer: `${ctx.pointer}/params/nodes` });
  codes.forEach((code, k) => {
    if (!scores[code]) throw new NqpfError('ANALYSIS_UNKNOWN_NODE', { node: code, known: Object.keys(scores).join(', ') }, { pointer: `${ctx.pointer}/params/nodes/${k}` });
  });
  let alpha: number[];
  if (p.alpha === 'equal' || (p.with && p.alpha === 'weights')) alpha = codes.map(() => 1 / codes.length);
  else if (p.alpha === 'weights') {
    const raw = codes.map((code) => weights.find((w) => w.node === code)!.weight);
    const sum = raw.reduce((a, b) => a + b, 0);
    alpha = raw.map((w) => w / sum);
  } else alpha = p.alpha;
  const sum = alpha.reduce((a, b) => a + b, 0);
  if (alpha.length !== codes.length || Math.abs(sum - 1) > 1e-9) {
    throw new NqpfError('CCD_ALPHA_INVALID', { sum, count: alpha.length, k: codes.length }, { pointer: `${ctx.pointer}/params/alpha` });
  }
  const unit = toUnitInterval(codes.map((code) => ({ code, values: scores[code] })), p.rescale, ctx.pointer);
  const rows: AnalysisCell[][] = [];
  years.forEach((year, t) =>
    regions.forEach((region, r) => {
      const i = t * regions.length + r;
      const u = unit.columns.map((c) => c[i]);
      if (u.some(Number.isNaN)) {
        rows.push([region.code, year, ...u.map(() => null), null, null, null, null, null, null, null]);
        return;
      }
      const result = couplingCoordination(u, { alpha, coupling: kind });
      rows.push([region.code, year, ...u, result.c, result.cCorrected, result.t, result.d, result.band.index + 1, result.band.zh, result.band.en]);
    }),
  );
  return [
    {
      name: '',
      header: ['region', 'year', ...codes.map((c) => `u_${c}`), 'c', 'c_corrected', 't', 'd', 'band', 'band_zh', 'band_en'],
      headerZh: ['地区', '年份', ...codes.map((c) => `U_${c}`), '耦合度C', '修正耦合度C′', '综合协调指数T', '耦合协调度D', '协调等级', '等级(中文)', '等级(英文)'],
      rows,
    },
  ];
}

/**
 * The two subsystems of a coupling with another spec: this build's node and the other build's node, the
 * latter matched to this build's regions and years by code (missing where the other build has no value).
 */
function withSecondIndex(build: Build, p: Params, ctx: AnalysisContext): Record<string, Float64Array> {
  const { framework, regions, years, scores } = build.results;
  const own = p.nodes?.[0] ?? framework.nodes.find((n) => n.parent === null)!.code;
  if (!scores[own]) throw new NqpfError('ANALYSIS_UNKNOWN_NODE', { node: own, known: Object.keys(scores).join(', ') }, { pointer: `${ctx.pointer}/params/nodes/0` });
  const file = ctx.files[p.with!.spec];
  if (!file || file.format !== 'series') throw new NqpfError('ANALYSIS_SERIES_NOT_LOADED', { path: p.with!.spec }, { pointer: `${ctx.pointer}/params/with/spec` });
  const regionAt = new Map(file.regions.map((code, r) => [code, r]));
  const yearAt = new Map(file.years.map((year, t) => [year, t]));
  const other = new Float64Array(regions.length * years.length).fill(NaN);
  years.forEach((year, t) =>
    regions.forEach((region, r) => {
      const rr = regionAt.get(region.code);
      const tt = yearAt.get(year);
      if (rr !== undefined && tt !== undefined) other[t * regions.length + r] = file.values[tt * file.regions.length + rr];
    }),
  );
  const otherCode = own === file.node ? `${file.node}_2` : file.node;
  return { [own]: scores[own], [otherCode]: other };
}

const summary = (note: string, noteEn: string) => ({
  zh: `各维度（子系统）之间的耦合度、综合协调指数与耦合协调度 D 及其十级等级；${note}`,
  en: `coupling C, coordination T and coupling coordination degree D among the dimensions, with the ten D bands; ${noteEn}`,
});

/**
 * 耦合协调度 / Coupling coordination degree among the dimensions (kernel: diagnose/coupling-coordination.ts).
 *
 * U_i = the dimension scores of each region and year, brought into [0, 1] by `toUnitInterval` ('auto': as they
 * are when already in [0, 1], else pooled min-max over all regions and years). D = √(C·T) with the classic C
 * (method 'classic') or the corrected C′ of 王淑佳 et al. 2021 (method 'corrected'); both C and C′ are listed.
 * Band 1–10 = [0, 0.1] 极度失调 … (0.9, 1] 优质协调. A region-year with a missing dimension gets an empty row.
 */
export const couplingClassic: AnalysisDefinition<Params> = {
  op: 'coupling',
  method: 'classic',
  tables: [''],
  title: { zh: '耦合协调度（经典）', en: 'Coupling coordination (classic)' },
  summary: summary('D 用经典耦合度 C', 'D from the classic C'),
  params,
  run: (build, p, ctx) => coupling(build, p, ctx, 'classic'),
};

export const couplingCorrected: AnalysisDefinition<Params> = {
  op: 'coupling',
  method: 'corrected',
  tables: [''],
  title: { zh: '耦合协调度（修正）', en: 'Coupling coordination (corrected)' },
  summary: summary('D 用王淑佳等（2021）修正耦合度 C′', "D from the corrected C′ of 王淑佳 et al. (2021)"),
  params,
  run: (build, p, ctx) => coupling(build, p, ctx, 'corrected'),
};
