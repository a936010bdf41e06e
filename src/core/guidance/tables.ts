import type { AnalysisCell } from '../analyses/types.js';
import type { CompareRow } from './compare.js';
import type { GuidanceResult } from './run-guidance.js';

/** A guidance output table: `name` is its path in the output folder without `.csv` (pinned names, issue 15). */
export interface GuidanceTable {
  name: string;
  header: string[];
  headerZh: string[];
  rows: AnalysisCell[][];
}

const compareHeader = ['region', 'year', 'node', 'score_before', 'score_after', 'rank_before', 'rank_after'];
const compareHeaderZh = ['地区', '年份', '节点', '改动前得分', '改动后得分', '改动前排名', '改动后排名'];
const compareCells = (r: CompareRow): AnalysisCell[] => [r.region, r.year, r.node, r.scoreBefore, r.scoreAfter, r.rankBefore, r.rankAfter];
const blank = (v: number | null): AnalysisCell => (v === null || Number.isNaN(v) ? '' : v);

/**
 * The tables of the guidance blocks: `scenarios/<id>`, `paths/<id>` and `paths/<id>-outcome`, `projection`
 * (projected years only) with `projection-passes` and `projection-notes` (its first row: held or rebuilt),
 * `paths/<id>-excluded` when a path cannot move some indicators, and `targets`.
 */
export function guidanceTables(result: GuidanceResult): GuidanceTable[] {
  const tables: GuidanceTable[] = [];
  for (const s of result.scenarios) tables.push({ name: `scenarios/${s.id}`, header: compareHeader, headerZh: compareHeaderZh, rows: s.rows.map(compareCells) });
  for (const p of result.paths) {
    tables.push({
      name: `paths/${p.id}`,
      header: ['indicator', 'current', 'proposed', 'change', 'share_of_gain'],
      headerZh: ['指标', '现值', '建议值', '变动', '贡献占比'],
      rows: p.moves.map((m) => [m.indicator, m.current, m.proposed, m.change, m.shareOfGain]),
    });
    tables.push({
      name: `paths/${p.id}-outcome`,
      header: [...compareHeader, 'target_reached'],
      headerZh: [...compareHeaderZh, '是否达到目标'],
      rows: p.outcome.map((r) => [...compareCells(r), r.targetReached === null ? '' : r.targetReached ? 'true' : 'false']),
    });
    if (p.excluded.length > 0) {
      tables.push({ name: `paths/${p.id}-excluded`, header: ['indicator', 'reason'], headerZh: ['指标', '原因'], rows: p.excluded.map((e) => [e.indicator, e.reason]) });
    }
  }
  const projection = result.projection;
  if (projection) {
    tables.push({ name: 'projection', header: ['region', 'year', 'node', 'score', 'rank'], headerZh: ['地区', '年份（预测）', '节点', '预测得分', '预测排名'], rows: projection.rows.map((r) => [r.region, r.year, r.node, r.score, r.rank]) });
    tables.push({
      name: 'projection-passes',
      header: ['region', 'node', 'passes_national_mean', 'passes_group_mean', 'passes_target'],
      headerZh: ['地区', '节点', '超过全国均值年份', '超过所在区域均值年份', '达到目标得分年份'],
      rows: projection.passes.map((p) => [p.region, p.node, blank(p.nationalMean), blank(p.groupMean), blank(p.target)]),
    });
    tables.push({ name: 'projection-notes', header: ['region', 'indicator', 'note'], headerZh: ['地区', '指标', '说明'], rows: projection.notes.map((n) => [n.region, n.indicator, n.note]) });
  }
  if (result.targets) {
    tables.push({
      name: 'targets',
      header: ['indicator', 'region', 'year', 'target', 'latest_year', 'latest', 'distance', 'annual_growth_needed', 'projected'],
      headerZh: ['指标', '地区', '目标年份', '目标值', '最新年份', '最新值', '差距', '所需年均增速', '预测值'],
      rows: result.targets.map((t) => [t.indicator, t.region, t.year, t.target, blank(t.latestYear), blank(t.latest), blank(t.distance), blank(t.annualGrowthNeeded), blank(t.projected)]),
    });
  }
  return tables;
}
