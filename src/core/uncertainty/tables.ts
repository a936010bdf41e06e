import type { Region } from '../model/types.js';
import type { UncertaintyResult } from './analysis.js';

type Cell = string | number | null | undefined;

/** A result table (the shape io/output-tables.ts writes to CSV and XLSX). */
export interface UncertaintyTable {
  name: string;
  header: string[];
  headerZh: string[];
  rows: Cell[][];
}

const blockName = (block: number): string => (block === 0 ? 'A' : block === 1 ? 'B' : `AB${block - 1}`);

const valueCell = (value: unknown): Cell => (typeof value === 'number' || typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The tables of `nqpf sensitivity`: rank intervals per region and year, sensitivity indices (Saltelli design
 * only) and every run's parameters with its mean absolute rank change. Fixed order, full precision: the same
 * runs give the same bytes. `values(run)` gives a run's factor values (from the plan, see createPerturber).
 */
export function uncertaintyTables(
  result: UncertaintyResult,
  regions: Region[],
  years: number[],
  timeless: boolean,
  values: (run: number) => unknown[],
): UncertaintyTable[] {
  const { plan } = result;
  const intervals: UncertaintyTable = {
    name: 'rank-intervals',
    header: ['region', 'year', 'node', 'runs', 'nominal_rank', 'mean_rank', 'median_rank', 'q05_rank', 'q95_rank', 'nominal_score', 'mean_score', 'median_score', 'q05_score', 'q95_score'],
    headerZh: ['地区', '年份', '节点', '运行次数', '名义排名', '平均排名', '排名中位数', '排名5%分位', '排名95%分位', '名义得分', '平均得分', '得分中位数', '得分5%分位', '得分95%分位'],
    rows: result.intervals.map((c) => {
      const region = regions[c.cell % regions.length];
      const year = years[Math.floor(c.cell / regions.length)];
      return [region.code, timeless ? '' : year, plan.target, c.runs, c.nominalRank, c.meanRank, c.medianRank, c.q05Rank, c.q95Rank, c.nominalScore, c.meanScore, c.medianScore, c.q05Score, c.q95Score];
    }),
  };
  const runs: UncertaintyTable = {
    name: 'runs',
    header: ['run', 'row', 'block', ...plan.factors.map((f) => f.name), 'mean_abs_rank_change', 'error'],
    headerZh: ['运行', '样本行', '矩阵', ...plan.factors.map((f) => f.name), '平均绝对排名变化', '错误'],
    rows: [],
  };
  const failed = new Map(result.failures.map((f) => [f.run, f.message]));
  for (let run = 0; run < plan.totalRuns; run++) {
    const row = Math.floor(run / plan.runsPerRow);
    if (!result.finishedRows[row]) continue;
    runs.rows.push([run, row, blockName(run % plan.runsPerRow), ...values(run).map(valueCell), result.shift[run], failed.get(run) ?? '']);
  }
  const tables = [intervals];
  if (result.indices) {
    tables.push({
      name: 'sensitivity-indices',
      header: ['factor', 'step', 'pointer', 'first_order', 'first_order_q05', 'first_order_q95', 'total', 'total_q05', 'total_q95'],
      headerZh: ['因素', '步骤', '指针', '一阶指数', '一阶5%分位', '一阶95%分位', '总效应指数', '总效应5%分位', '总效应95%分位'],
      rows: result.indices.map((s, i) => [s.factor, plan.factors[i].stepId, plan.factors[i].pointer, s.first, s.firstLow, s.firstHigh, s.total, s.totalLow, s.totalHigh]),
    });
  }
  tables.push(runs);
  return tables;
}
