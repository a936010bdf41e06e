import type { GuidanceResult, Lang, PathMove, PathResult, ScenarioResult } from '../../core/index.js';
import type { CompareRow } from '../../core/guidance/compare.js';
import type { ProjectionPass } from '../../core/guidance/projection.js';
import type { TargetDistance } from '../../core/guidance/targets.js';
import { barChartSvg } from './charts.js';
import { changeText, rankText, type ReportContext } from './context.js';
import { html, table, trusted, type SafeHtml } from './html.js';

/** Fixed texts of the section, zh and en (terms as in docs/GLOSSARY.md). */
const T = {
  heading: { zh: '路径与情景', en: 'Paths and scenarios' },
  intro: {
    zh: '情景模拟回答"如果改动这些指标会怎样"，路径给出达到目标的最小改动，预测按当前趋势外推。预测值为外推所得，并非观测值，未计入 scores.csv。',
    en: 'Scenarios answer "what if these indicators changed"; paths give the smallest change that reaches a target; the projection extrapolates current trends. Projected values are extrapolations, not observations, and are not in scores.csv.',
  },
  scenario: { zh: '情景', en: 'Scenario' },
  rebuildTrue: { zh: '完全重建（权重与标准化边界随数据变化）', en: 'full rebuild (weights and normalisation bounds may move)' },
  rebuildFalse: { zh: '固定权重与标准化边界', en: 'weights and normalisation bounds held' },
  changes: { zh: '改动', en: 'Changes' },
  region: { zh: '地区', en: 'Region' },
  indicator: { zh: '指标', en: 'Indicator' },
  before: { zh: '改动前', en: 'Before' },
  after: { zh: '改动后', en: 'After' },
  scoreBefore: { zh: '改动前得分', en: 'Score before' },
  scoreAfter: { zh: '改动后得分', en: 'Score after' },
  rankBefore: { zh: '改动前排名', en: 'Rank before' },
  rankAfter: { zh: '改动后排名', en: 'Rank after' },
  rankChange: { zh: '排名变化', en: 'Rank change' },
  path: { zh: '路径', en: 'Path' },
  target: { zh: '目标', en: 'target' },
  current: { zh: '现值', en: 'Current' },
  proposed: { zh: '建议值', en: 'Proposed' },
  change: { zh: '变动', en: 'Change' },
  share: { zh: '贡献占比', en: 'Share of gain' },
  solverLp: { zh: '线性规划（HiGHS，权重、标准化边界与数据处理参数固定）', en: 'linear program (HiGHS; weights, normalisation bounds and treatment parameters held)' },
  solverSearch: {
    zh: '贪心搜索（合成非线性，或某指标经保持的处理后越改收益越大，如取对数的逆向指标）',
    en: 'greedy search (a non-linear aggregation, or an indicator whose held treatment gains more the further it moves, e.g. a logged less-is-better one)',
  },
  excluded: { zh: '未纳入路径的指标（无法保持其处理）', en: 'Indicators the path cannot move (their treatment cannot be held)' },
  reason: { zh: '原因', en: 'Reason' },
  projectionHeld: {
    zh: '保持构建的权重、标准化边界与数据处理参数（rebuild: false，默认）：预测得分与 scores.csv 同一尺度，可与观测年份比较。',
    en: "Weights, normalisation bounds and treatment parameters held from the build (rebuild: false, the default): projected scores are on scores.csv's scale, comparable with observed years.",
  },
  projectionRebuilt: {
    zh: '观测年份与预测年份合并后整体重建（rebuild: true）：权重与合并边界随之变化，预测得分处于该重建的尺度，与 scores.csv 不直接可比。',
    en: "Observed and projected years rebuilt together (rebuild: true): weights and pooled bounds move, so projected scores are on that rebuild's scale, not directly comparable with scores.csv.",
  },
  reached: { zh: '完全重建验证：达到目标', en: 'verified by a full rebuild: target reached' },
  notReached: { zh: '完全重建验证：未达到目标', en: 'verified by a full rebuild: target NOT reached' },
  rankNow: { zh: '排名', en: 'rank' },
  projection: { zh: '趋势预测（外推值，非观测）', en: 'Projection (extrapolated, not observed)' },
  projected: { zh: '预测得分', en: 'Projected score' },
  projectedRank: { zh: '预测排名', en: 'Projected rank' },
  passNational: { zh: '超过全国均值', en: 'Passes national mean' },
  passGroup: { zh: '超过所在区域均值', en: 'Passes its group mean' },
  passTarget: { zh: '达到目标得分', en: 'Reaches target score' },
  targets: { zh: '目标差距', en: 'Distance to targets' },
  targetYear: { zh: '目标年份', en: 'Target year' },
  targetValue: { zh: '目标值', en: 'Target' },
  latest: { zh: '最新值', en: 'Latest' },
  distance: { zh: '差距', en: 'Distance' },
  growth: { zh: '所需年均增速', en: 'Annual growth needed' },
} as const;

const say = (lang: Lang, key: keyof typeof T) => T[key][lang];
const raw = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(6))) : '–');
const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : '–');

/** The report's "paths and scenarios" section (issue 15), present only when the spec has guidance blocks. */
export function guidanceSection(c: ReportContext, guidance: GuidanceResult | null | undefined): SafeHtml {
  if (!guidance) return html``;
  const { lang } = c;
  const parts = [
    ...guidance.scenarios.map((s) => scenarioPart(c, s)),
    ...guidance.paths.map((p) => pathPart(c, p)),
    guidance.projection ? projectionPart(c, guidance.projection.passes, guidance.projection.years, guidance.projection.rebuilt) : html``,
    guidance.targets ? targetsPart(c, guidance.targets) : html``,
  ];
  return html`<section id="guidance"><h2>${say(lang, 'heading')}</h2><p>${say(lang, 'intro')}</p>${parts}</section>\n`;
}

function regionOf(c: ReportContext, code: string): string {
  const region = c.build.results.regions.find((r) => r.code === code);
  return region ? c.regionName(region) : code;
}

function scenarioPart(c: ReportContext, s: ScenarioResult): SafeHtml {
  const { lang, root } = c;
  const edits = table(
    [
      { head: say(lang, 'region'), cell: (e: ScenarioResult['edits'][number]) => regionOf(c, e.region) },
      { head: say(lang, 'indicator'), cell: (e) => c.nodeName(e.indicator) },
      { head: say(lang, 'before'), cell: (e) => raw(e.before), numeric: true },
      { head: say(lang, 'after'), cell: (e) => raw(e.after), numeric: true },
    ],
    s.edits,
    'compact',
  );
  const edited = new Set(s.edits.map((e) => e.region));
  const rows = s.rows.filter((r) => r.node === root.code && (edited.has(r.region) || r.rankAfter !== r.rankBefore)).sort((a, b) => a.rankAfter - b.rankAfter);
  return html`<h3>${say(lang, 'scenario')} ${s.id} · ${s.year} · ${say(lang, s.rebuild ? 'rebuildTrue' : 'rebuildFalse')}</h3>${edits}${compareTable(c, rows)}`;
}

function compareTable(c: ReportContext, rows: CompareRow[]): SafeHtml {
  const { lang } = c;
  return table(
    [
      { head: say(lang, 'region'), cell: (r: CompareRow) => regionOf(c, r.region) },
      { head: say(lang, 'scoreBefore'), cell: (r) => c.score(r.scoreBefore), numeric: true },
      { head: say(lang, 'scoreAfter'), cell: (r) => c.score(r.scoreAfter), numeric: true },
      { head: say(lang, 'rankBefore'), cell: (r) => rankText(r.rankBefore), numeric: true },
      { head: say(lang, 'rankAfter'), cell: (r) => rankText(r.rankAfter), numeric: true },
      { head: say(lang, 'rankChange'), cell: (r) => changeText(r.rankBefore - r.rankAfter), numeric: true },
    ],
    rows,
    'compact',
  );
}

function pathPart(c: ReportContext, p: PathResult): SafeHtml {
  const { lang } = c;
  const moves = table(
    [
      { head: say(lang, 'indicator'), cell: (m: PathMove) => c.nodeName(m.indicator) },
      { head: say(lang, 'current'), cell: (m) => raw(m.current), numeric: true },
      { head: say(lang, 'proposed'), cell: (m) => raw(m.proposed), numeric: true },
      { head: say(lang, 'change'), cell: (m) => `${m.change >= 0 ? '+' : ''}${raw(m.change)} (${m.current !== 0 ? pct(m.change / Math.abs(m.current)) : '–'})`, numeric: true },
      { head: say(lang, 'share'), cell: (m) => pct(m.shareOfGain), numeric: true },
    ],
    p.moves,
    'compact',
  );
  const chart = trusted(barChartSvg(p.moves.map((m) => ({ label: c.nodeName(m.indicator), value: m.current !== 0 ? (100 * m.change) / Math.abs(m.current) : 0 })), `path-${p.id}`, 1));
  const mine = p.outcome.find((r) => r.region === p.region && r.node === p.node)!;
  const verdict = `${say(lang, p.reached ? 'reached' : 'notReached')}: ${c.nodeName(p.node)} ${say(lang, 'rankNow')} ${rankText(mine.rankBefore)} → ${rankText(mine.rankAfter)}`;
  return html`<h3>${say(lang, 'path')} ${p.id} · ${regionOf(c, p.region)} ${p.year} · ${say(lang, 'target')} ${p.target}</h3>
<p>${say(lang, p.solver === 'lp' ? 'solverLp' : 'solverSearch')}. <strong>${verdict}</strong></p>${moves}<figure>${chart}<figcaption>${say(lang, 'change')} (%)</figcaption></figure>${excludedPart(c, p)}`;
}

function excludedPart(c: ReportContext, p: PathResult): SafeHtml {
  if (p.excluded.length === 0) return html``;
  const { lang } = c;
  return html`<p>${say(lang, 'excluded')}:</p>${table(
    [
      { head: say(lang, 'indicator'), cell: (e: PathResult['excluded'][number]) => c.nodeName(e.indicator) },
      { head: say(lang, 'reason'), cell: (e) => e.reason },
    ],
    p.excluded,
    'compact',
  )}`;
}

function projectionPart(c: ReportContext, passes: ProjectionPass[], years: number[], rebuilt: boolean): SafeHtml {
  const { lang } = c;
  const year = (v: number | null) => (v === null ? '–' : String(v));
  return html`<h3>${say(lang, 'projection')} ${years[0]}–${years[years.length - 1]}</h3><p>${say(lang, rebuilt ? 'projectionRebuilt' : 'projectionHeld')}</p>${table(
    [
      { head: say(lang, 'region'), cell: (p: ProjectionPass) => regionOf(c, p.region) },
      { head: say(lang, 'passNational'), cell: (p) => year(p.nationalMean), numeric: true },
      { head: say(lang, 'passGroup'), cell: (p) => year(p.groupMean), numeric: true },
      { head: say(lang, 'passTarget'), cell: (p) => year(p.target), numeric: true },
    ],
    passes,
    'compact',
  )}`;
}

function targetsPart(c: ReportContext, targets: TargetDistance[]): SafeHtml {
  const { lang } = c;
  return html`<h3>${say(lang, 'targets')}</h3>${table(
    [
      { head: say(lang, 'indicator'), cell: (t: TargetDistance) => c.nodeName(t.indicator) },
      { head: say(lang, 'region'), cell: (t) => regionOf(c, t.region) },
      { head: say(lang, 'targetYear'), cell: (t) => String(t.year), numeric: true },
      { head: say(lang, 'targetValue'), cell: (t) => raw(t.target), numeric: true },
      { head: say(lang, 'latest'), cell: (t) => `${raw(t.latest)}${t.latestYear === null ? '' : ` (${t.latestYear})`}`, numeric: true },
      { head: say(lang, 'distance'), cell: (t) => raw(t.distance), numeric: true },
      { head: say(lang, 'growth'), cell: (t) => pct(t.annualGrowthNeeded), numeric: true },
    ],
    targets,
    'compact',
  )}`;
}

