import { z } from 'zod';
import { ergodic } from '../diagnose/ergodic.js';
import { markovChain, spatialMarkov } from '../diagnose/markov.js';
import { nodeParam, nodeSeries } from './series.js';
import type { AnalysisCell, AnalysisDefinition, AnalysisTable } from './types.js';
import { spatialWeightsFor, weightsParam } from './weights.js';

const classParams = {
  node: nodeParam,
  /** Number of quantile classes (class 1 = lowest). */
  classes: z.number().int().min(2).max(20).default(5),
  /** Give rows without transitions 1 on the diagonal (giddy `fill_empty_classes`) instead of zeros. */
  fillEmpty: z.boolean().default(false),
};
const markovParams = z.object({ ...classParams, pooled: z.boolean().default(false) }).strict();
const spatialParams = z.object({ ...classParams, pooled: z.boolean().default(true), weights: weightsParam }).strict();

function transitions(counts: number[][], probabilities: number[][], prefix: AnalysisCell[] = []): AnalysisCell[][] {
  return counts.flatMap((row, i) => row.map((c, j) => [...prefix, i + 1, j + 1, c, probabilities[i][j]]));
}

function cutoffTable(kind: string, cutoffs: number[] | number[][], years: number[]): AnalysisCell[][] {
  const lists: [AnalysisCell, number[]][] = Array.isArray(cutoffs[0]) ? (cutoffs as number[][]).map((c, t) => [years[t], c]) : [['all', cutoffs as number[]]];
  return lists.flatMap(([year, list]) => list.map((upper, c) => [kind, year, c + 1, upper]));
}

/** Steady states (one per closed class of the chain) and mean first passage times, long (diagnose/ergodic.ts). */
function longRun(probabilities: number[][], prefix: AnalysisCell[] = []): { steady: AnalysisCell[][]; passage: AnalysisCell[][]; sojourn: (number | null)[] } {
  const e = ergodic(probabilities);
  return {
    steady: e.steadyStates.flatMap((pi, d) => pi.map((v, i) => [...prefix, d + 1, i + 1, v])),
    passage: e.firstPassage.flatMap((row, i) => row.map((m, j) => [...prefix, i + 1, j + 1, m])),
    sojourn: e.sojourn,
  };
}

const steadyHeader = { header: ['distribution', 'class', 'probability'], headerZh: ['稳态分布', '类别', '概率'] };
const passageHeader = { header: ['from', 'to', 'years'], headerZh: ['期初类别', '到达类别', '平均首达年数'] };
const cutoffHeader = { name: 'cutoffs', header: ['series', 'year', 'class', 'upper'], headerZh: ['序列', '年份', '类别', '上界'] };
const transitionHeader = { header: ['from', 'to', 'count', 'probability'], headerZh: ['期初类别', '期末类别', '转移次数', '转移概率'] };

/**
 * 传统马尔可夫链 / Markov transition matrix of a node's quantile classes (diagnose/markov.ts, PySAL giddy
 * `Markov`): classes are quantiles of each year (default) or of all years pooled, right-closed, class 1 = lowest.
 * Tables: the main one long — from, to, count, probability; `cutoffs` — each class's upper bound; `steady-state` —
 * the long-run distribution over classes (one per closed class; one when every class communicates); `passage` —
 * mean first passage times in years (diagonal: mean recurrence time; empty where passage is not certain);
 * `sojourn` — expected years in a class before leaving it, 1/(1 − p_ii) (empty when p_ii = 1).
 */
export const markov: AnalysisDefinition<z.infer<typeof markovParams>> = {
  op: 'markov',
  method: 'markov',
  tables: ['', 'cutoffs', 'steady-state', 'passage', 'sojourn'],
  title: { zh: '传统马尔可夫链', en: 'Markov chain' },
  summary: { zh: '得分分位数类别的年度转移概率矩阵', en: 'transition probabilities between yearly quantile classes of the scores' },
  params: markovParams,
  run(build, p, ctx) {
    const { regions, years } = build.results;
    const { values } = nodeSeries(build, p.node, ctx.pointer);
    const m = markovChain(values, regions.length, years.length, { classes: p.classes, pooled: p.pooled, fillEmpty: p.fillEmpty });
    const run = longRun(m.probabilities);
    return [
      { name: '', ...transitionHeader, rows: transitions(m.counts, m.probabilities) },
      { ...cutoffHeader, rows: cutoffTable('value', m.cutoffs, years) },
      { name: 'steady-state', ...steadyHeader, rows: run.steady },
      { name: 'passage', ...passageHeader, rows: run.passage },
      { name: 'sojourn', header: ['class', 'years'], headerZh: ['类别', '平均逗留年数'], rows: run.sojourn.map((v, i) => [i + 1, v]) },
    ];
  },
};

/**
 * 空间马尔可夫链 / Spatial Markov chain (PySAL giddy `Spatial_Markov`): transitions conditioned on the class of the
 * region's spatial lag in the initial year, lag from row-standardised weights (`weights`, see analyses/weights.ts);
 * value and lag classes are quantiles pooled over all years by default, as giddy.
 * Tables: `transitions` (unconditional), `conditional` (lag_class, from, to, count, probability), `cutoffs`, and per
 * lag class `conditional-steady-state` and `conditional-passage` (as `markov`'s `steady-state` and `passage`).
 */
export const spatialMarkovAnalysis: AnalysisDefinition<z.infer<typeof spatialParams>> = {
  op: 'spatial-markov',
  method: 'spatial-markov',
  tables: ['transitions', 'conditional', 'cutoffs', 'conditional-steady-state', 'conditional-passage'],
  title: { zh: '空间马尔可夫链', en: 'Spatial Markov chain' },
  summary: { zh: '以邻域（空间滞后）类别为条件的转移概率矩阵', en: "transition probabilities conditioned on the neighbours' (spatial lag) class" },
  params: spatialParams,
  run(build, p, ctx) {
    const { regions, years } = build.results;
    const { values } = nodeSeries(build, p.node, ctx.pointer);
    const w = spatialWeightsFor(build, p.weights, true, ctx);
    const m = spatialMarkov(values, regions.length, years.length, w, { classes: p.classes, pooled: p.pooled, fillEmpty: p.fillEmpty });
    const tables: AnalysisTable[] = [
      { name: 'transitions', ...transitionHeader, rows: transitions(m.counts, m.probabilities) },
      {
        name: 'conditional',
        header: ['lag_class', ...transitionHeader.header],
        headerZh: ['邻域类别', ...transitionHeader.headerZh],
        rows: m.conditionalCounts.flatMap((counts, l) => transitions(counts, m.conditionalProbabilities[l], [l + 1])),
      },
      { ...cutoffHeader, rows: [...cutoffTable('value', m.cutoffs, years), ...cutoffTable('lag', m.lagCutoffs, years)] },
    ];
    const runs = m.conditionalProbabilities.map((probabilities, l) => longRun(probabilities, [l + 1]));
    tables.push(
      { name: 'conditional-steady-state', header: ['lag_class', ...steadyHeader.header], headerZh: ['邻域类别', ...steadyHeader.headerZh], rows: runs.flatMap((r) => r.steady) },
      { name: 'conditional-passage', header: ['lag_class', ...passageHeader.header], headerZh: ['邻域类别', ...passageHeader.headerZh], rows: runs.flatMap((r) => r.passage) },
    );
    return tables;
  },
};
