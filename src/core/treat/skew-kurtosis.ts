import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import { cellLocation, mapByYear } from '../panel/layout.js';
import type { MethodDefinition, PipelineState, StepContext } from '../pipeline/types.js';
import { logLabel, logTransform, type LogMethod } from './log-transforms.js';
import { checkSkewKurt, type SkewKurtCheck } from './moments.js';
import { winsorise } from './winsorise.js';

const rule = {
  skew: z.number().positive(),
  kurtosis: z.number(),
  /** Points winsorised at most per indicator (COINr default 5); each is a pass over the column (issue 17 cap). */
  winmax: z.number().int().min(0).max(1000),
  log: z.enum(['log_CT', 'log_CT_plus', 'log_CT_orig', 'boxcox', 'log']),
  lambda: z.number(),
};

const params = z
  .object({
    skew: rule.skew.default(2),
    kurtosis: rule.kurtosis.default(3.5),
    winmax: rule.winmax.default(5),
    log: rule.log.default('log_CT'),
    /** Box–Cox λ (only with log: boxcox). */
    lambda: rule.lambda.default(1),
    /** true: one treatment over all years; false: each year separately (COINr treats each coin of a purse). */
    pooled: z.boolean().default(false),
    /** Per-indicator overrides, or `none` to leave an indicator untreated. */
    indicators: z
      .record(z.string(), z.union([z.literal('none'), z.object({ skew: rule.skew, kurtosis: rule.kurtosis, winmax: rule.winmax, log: rule.log, lambda: rule.lambda }).partial().strict()]))
      .default({}),
  })
  .strict();

type Params = z.infer<typeof params>;
type Rule = Pick<Params, 'skew' | 'kurtosis' | 'winmax' | 'log' | 'lambda'>;

/** One indicator's treatment: the row of the treatment table (COINr Dets_Table) and the treated values. */
export interface Treatment {
  x: Float64Array;
  before: SkewKurtCheck;
  /** After winsorising (null if it passed at once). */
  winsorised: (SkewKurtCheck & { count: number }) | null;
  /** After the log transform (null if winsorising sufficed). */
  logged: (SkewKurtCheck & { method: LogMethod }) | null;
  /** Per value: '', 'winhi', 'winlo' or the log label. */
  treated: string[];
}

/**
 * Treat one column by the JRC rule (COINr `Treat.numeric` with winsorise, log_CT and check_SkewKurt, combine_treat
 * FALSE): if it fails, winsorise; if still failing, discard the winsorisation and log-transform the original.
 *
 * @example treatColumn([1,2,3,4,5,6,7,8,9,10,100], rule).x // => …, 10, 10 (COINr test-treat.R, R2)
 */
export function treatColumn(x: ArrayLike<number>, r: Rule): Treatment {
  const original = Float64Array.from(x);
  const before = checkSkewKurt(original, r.skew, r.kurtosis);
  if (before.pass) return { x: original, before, winsorised: null, logged: null, treated: Array.from(original, () => '') };
  const win = winsorise(original, r.winmax, r.skew, r.kurtosis);
  const after = checkSkewKurt(win.x, r.skew, r.kurtosis);
  if (after.pass) return { x: win.x, before, winsorised: { ...after, count: win.count }, logged: null, treated: win.treated };
  const logged = logTransform(original, r.log, r.lambda);
  const label = logLabel(original, r.log);
  return {
    x: logged,
    before,
    winsorised: { ...after, count: win.count },
    logged: { ...checkSkewKurt(logged, r.skew, r.kurtosis), method: r.log },
    treated: Array.from(logged, (v) => (Number.isNaN(v) ? '' : label)),
  };
}

/**
 * Outlier treatment by skewness and kurtosis 偏度峰度异常值处理 (JRC rule, COINr `Treat`): an indicator fails
 * iff |skew| ≥ `skew` (2) and kurt ≥ `kurtosis` (3.5), skew and kurtosis as Excel SKEW/KURT. A failing
 * indicator is winsorised one tie group at a time on the skew side, up to `winmax` (5) points; if it still
 * fails, the winsorisation is discarded and the original is log-transformed (`log`: log_CT by default).
 * Notes: WINSORISED for every changed point (from → value), LOG_TRANSFORMED per indicator, and one TREATMENT
 * row per examined indicator that failed (skew/kurt before and after, points) — the treatment table.
 * Edge cases: fewer than 4 values or no spread passes untreated; `log` on a value ≤ 0 is NONPOSITIVE_INPUT.
 */
export const skewKurtosis: MethodDefinition<Params> = {
  op: 'treat',
  method: 'skew-kurtosis',
  title: { zh: '偏度峰度规则（缩尾/对数）', en: 'Skew-kurtosis (winsorise / log)' },
  summary: { zh: 'JRC 规则：|偏度|≥2 且峰度≥3.5 时缩尾，仍不达标则取对数', en: 'JRC rule: winsorise if |skew| ≥ 2 and kurt ≥ 3.5, else log' },
  params,
  run: (state, p, ctx) => {
    const columns = { ...state.panel.columns };
    for (const node of indicatorsOf(state.framework)) {
      const override = p.indicators[node.code];
      if (override === 'none') continue;
      const r: Rule = { skew: p.skew, kurtosis: p.kurtosis, winmax: p.winmax, log: p.log, lambda: p.lambda, ...override };
      const column = state.panel.columns[node.code];
      columns[node.code] = mapByYear(state.panel, column, p.pooled, (values, year) => {
        const offset = year === null ? 0 : state.panel.years.indexOf(year) * state.panel.regions.length;
        if (r.log === 'log') assertPositive(state, ctx, node.code, values, offset);
        const t = treatColumn(values, r);
        report(state, ctx, node.code, year, values, t, offset);
        return t.x;
      });
    }
    return { ...state, panel: { ...state.panel, columns }, normalized: null, scores: null, ranks: null };
  },
};

function report(state: PipelineState, ctx: StepContext, indicator: string, year: number | null, values: Float64Array, t: Treatment, offset: number): void {
  if (t.before.pass) return;
  const y = year === null ? {} : { year };
  const fmt = (c: SkewKurtCheck) => `skew ${c.skew.toPrecision(7)} kurt ${c.kurt.toPrecision(7)}`;
  const steps = [`before: ${fmt(t.before)}`];
  if (t.winsorised) steps.push(`winsorised ${t.winsorised.count}: ${fmt(t.winsorised)}${t.logged ? ' (discarded)' : ''}`);
  if (t.logged) steps.push(`${t.logged.method}: ${fmt(t.logged)}`);
  ctx.notes.push({ code: 'TREATMENT', step: ctx.stepId, indicator, ...y, method: t.logged ? t.logged.method : 'winsorise', value: t.winsorised?.count ?? 0, detail: steps.join('; ') });
  if (t.logged) {
    ctx.notes.push({ code: 'LOG_TRANSFORMED', step: ctx.stepId, indicator, ...y, method: t.logged.method, detail: 'winsorisation did not pass; original values transformed' });
    return;
  }
  for (let i = 0; i < values.length; i++) {
    if (t.treated[i] === '' || Object.is(values[i], t.x[i])) continue;
    ctx.notes.push({ code: 'WINSORISED', step: ctx.stepId, ...cellLocation(state.panel, offset + i), indicator, method: t.treated[i], from: values[i], value: t.x[i] });
  }
}

function assertPositive(state: PipelineState, ctx: StepContext, indicator: string, values: Float64Array, offset: number): void {
  const i = values.findIndex((v) => v <= 0);
  if (i < 0) return;
  const { region, year } = cellLocation(state.panel, offset + i);
  throw new NqpfError(
    'NONPOSITIVE_INPUT',
    { method: 'log', node: indicator, region, year, value: values[i], hint: { en: 'use log: log_CT, which shifts the data first', zh: '请改用 log: log_CT（先平移数据）' } },
    { step: ctx.stepId, pointer: `/steps/${ctx.stepIndex}/params/log` },
  );
}
