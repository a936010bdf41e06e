import { useEffect, useMemo, useState } from 'preact/hooks';
import { Chart } from '../charts/chart.js';
import type { EChartsOption } from '../charts/echarts.js';
import { MapView } from '../charts/results-views.js';
import { formatScore, isProvincePanel, valueAt } from '../derive.js';
import { nameIn, STRINGS, type Lang } from '../i18n.js';
import type { GuidanceView, ResultView, SpecDocument } from '../worker/protocol.js';
import { withPath, withProjection, withScenario, WHATIF_ID, type Changes } from './what-if-spec.js';

/** The panel's texts, zh and en (terms as in docs/GLOSSARY.md). */
const T = {
  zh: {
    title: '情景模拟与路径（因地制宜）',
    hint: '拖动滑块改动该地区的指标：即时完全重建，得到新的得分、排名与类型；每次改动都写入规格文件（scenarios），导出后 nqpf whatif 可复现。',
    relative: '相对（%）',
    absolute: '绝对值',
    copyPeer: '照搬另一地区',
    choose: '选择地区…',
    reset: '清除情景',
    before: '当前',
    after: '情景',
    score: '得分',
    rank: '排名',
    type: '类型（分类指导）',
    typeSource: (spec: boolean) => (spec ? '类型按规格中的 typology 分析（其参数，情景年份）：水平×增速象限与领先维度。' : '规格中没有 typology 分析：类型按其默认参数（4 档分位数水平、水平×增速象限、领先维度）。'),
    pathTo: '到第 k 名的路径',
    runPath: (k: number) => `计算到第 ${k} 名的路径`,
    pathNote: '每个指标至多 +30%；线性规划给出相对改动最小的方案，并经完全重建验证。',
    reached: '完全重建验证：达到目标',
    notReached: '完全重建验证：未达到目标',
    projection: '趋势预测（虚线为外推，非观测）',
    project: '预测到 2030 年',
    observed: '观测',
    projected: '预测',
    change: '变动（%）',
    map: '情景下的地图',
    targets: '目标差距（targets.csv）',
    targetsHint: '将含 indicator、region（或 *）、year、value 四列的目标文件拖入"数据"页即可读入；规格文件记为 targets:，导出后 nqpf run 复现。',
    targetHead: ['指标', '目标年份', '目标值', '最新值', '差距', '所需年均增速', '预测值'],
  },
  en: {
    title: 'What-if and paths (因地制宜)',
    hint: "Move a slider to change this region's indicators: the whole recipe is rebuilt at once, giving the new score, rank and type; each change is written into the spec (scenarios), so an exported spec reproduces it with nqpf whatif.",
    relative: 'relative (%)',
    absolute: 'absolute',
    copyPeer: 'Copy a peer',
    choose: 'choose a region…',
    reset: 'Clear scenario',
    before: 'Now',
    after: 'Scenario',
    score: 'Score',
    rank: 'Rank',
    type: 'Type (分类指导)',
    typeSource: (spec: boolean) => (spec ? "Type by the spec's typology analysis (its params, the scenario's year): level × growth quadrant and leading dimension." : 'The spec has no typology analysis: type by its defaults (4 quantile level bands, level × growth quadrant, leading dimension).'),
    pathTo: 'Path to rank k',
    runPath: (k: number) => `Path to rank ${k}`,
    pathNote: 'Each indicator at most +30 %; the linear program gives the smallest relative change, verified by a full rebuild.',
    reached: 'verified by a full rebuild: target reached',
    notReached: 'verified by a full rebuild: target NOT reached',
    projection: 'Projection (dashed: extrapolated, not observed)',
    project: 'Project to 2030',
    observed: 'observed',
    projected: 'projected',
    change: 'change (%)',
    map: 'Map under the scenario',
    targets: 'Distance to targets (targets.csv)',
    targetsHint: 'Drop a targets file with columns indicator, region (or *), year, value on the Data tab; the spec names it as targets:, so an exported spec reproduces it with nqpf run.',
    targetHead: ['Indicator', 'Target year', 'Target', 'Latest', 'Distance', 'Annual growth needed', 'Projected'],
  },
};

interface Props {
  view: ResultView;
  doc: SpecDocument;
  /** The guidance numbers for this spec and region (requested once in the app: scenario-view.tsx). */
  guidance: GuidanceView | null;
  lang: Lang;
  selected: string;
  /** A spec change: live while a slider moves (one undo step per drag), committed otherwise. */
  onEdit: (next: SpecDocument, live: boolean) => void;
  onEndDrag: () => void;
  onSelect: (code: string) => void;
}

const short = (v: number) => (Number.isFinite(v) ? String(Number(v.toPrecision(4))) : '—');

/** The what-if panel of the region profile: sliders, copy a peer, path to rank k, projection. Every action is a spec change. */
export function WhatIf({ view, doc, guidance, lang, selected, onEdit, onEndDrag, onSelect }: Props) {
  const x = T[lang];
  const s = STRINGS[lang];
  const [mode, setMode] = useState<'relative' | 'absolute'>('relative');
  const r = Math.max(0, view.regions.findIndex((g) => g.code === selected));
  const t = view.years.length - 1;
  const n = view.regions.length;
  const rankNow = valueAt(view, view.root, t, r, 'ranks');
  const [k, setK] = useState(Math.max(1, rankNow - 1));
  useEffect(() => setK(Math.max(1, rankNow - 1)), [selected, rankNow]);

  const scenario = ((doc.scenarios as { id: string; regions: string[]; changes: Changes }[] | undefined) ?? []).find((sc) => sc.id === WHATIF_ID);
  const changes: Changes = scenario && scenario.regions[0] === selected ? scenario.changes : {};


  const levers = guidance?.region === selected ? guidance.levers : [];
  const scenarioShown = guidance?.region === selected && guidance.scenario && Object.keys(changes).length > 0 ? guidance.scenario : null;
  const after = scenarioShown ? { score: scenarioShown.scores[r], rank: scenarioShown.ranks[r] } : null;
  const typeText = (type: { zh: string; en: string } | null | undefined) => (type ? type[lang] : '—');

  const set = (code: string, change: Changes[string] | null, live: boolean) => {
    const next = { ...changes };
    if (change) next[code] = change;
    else delete next[code];
    onEdit(withScenario(doc, selected, view.years[t], next), live);
  };
  const sliderValue = (code: string, current: number): number => {
    const c = changes[code];
    if (mode === 'relative') return c && 'multiply' in c ? Math.round((c.multiply - 1) * 100) : 0;
    return c && 'set' in c ? c.set : current;
  };
  const fromSlider = (code: string, value: number, current: number): Changes[string] | null =>
    mode === 'relative' ? (value === 0 ? null : { multiply: 1 + value / 100 }) : value === current ? null : { set: value };

  const scenarioView = useMemo(() => {
    if (!scenarioShown) return view;
    const column = Float64Array.from(view.scores[view.root]);
    scenarioShown.scores.forEach((v, k2) => (column[t * n + k2] = v));
    return { ...view, scores: { ...view.scores, [view.root]: column } };
  }, [view, scenarioShown, t, n]);

  const nodeName = (code: string) => nameIn(view.nodes.find((m) => m.code === code)?.name, lang) || code;
  const path = guidance?.region === selected ? guidance.path : null;
  const pathChart: EChartsOption | null = path
    ? ({
        aria: { enabled: true },
        animation: false,
        grid: { left: 8, right: 48, top: 8, bottom: 24, containLabel: true },
        xAxis: { type: 'value', name: x.change },
        yAxis: { type: 'category', data: path.moves.map((m) => nodeName(m.indicator)), axisLabel: { fontSize: 10 } },
        series: [{ type: 'bar', data: path.moves.map((m) => Math.round((1000 * m.change) / Math.abs(m.current || 1)) / 10), label: { show: true, position: 'right' } }],
      } as EChartsOption)
    : null;
  const projection = guidance?.region === selected ? guidance.projection : null;
  const observed = view.years.map((_, k2) => valueAt(view, view.root, k2, r));
  const projectionChart: EChartsOption | null = projection
    ? ({
        aria: { enabled: true },
        animation: false,
        legend: { bottom: 0 },
        tooltip: { trigger: 'axis', renderMode: 'richText' },
        grid: { left: 40, right: 16, top: 16, bottom: 48 },
        xAxis: { type: 'category', data: [...view.years, ...projection.years].map(String) },
        yAxis: { type: 'value' },
        series: [
          { type: 'line', name: x.observed, data: [...observed, ...projection.years.map(() => null)] },
          { type: 'line', name: x.projected, lineStyle: { type: 'dashed' }, data: [...observed.map((v, k2) => (k2 === t ? v : null)), ...projection.scores] },
        ],
      } as EChartsOption)
    : null;

  return (
    <section class="what-if" data-testid="what-if">
      <h3>{x.title}</h3>
      <p class="hint">{x.hint}</p>
      <div class="what-if-controls">
        <label>
          <input type="radio" name="what-if-mode" checked={mode === 'relative'} onChange={() => setMode('relative')} /> {x.relative}
        </label>
        <label>
          <input type="radio" name="what-if-mode" checked={mode === 'absolute'} onChange={() => setMode('absolute')} data-testid="what-if-absolute" /> {x.absolute}
        </label>
        <label>
          {x.copyPeer}{' '}
          <select
            data-testid="what-if-peer"
            value=""
            onChange={(e) => {
              const peer = (e.target as HTMLSelectElement).value;
              if (peer) onEdit(withScenario(doc, selected, view.years[t], Object.fromEntries(levers.map((l) => [l.code, { to: peer }]))), false);
            }}
          >
            <option value="">{x.choose}</option>
            {view.regions
              .filter((g) => g.code !== selected)
              .map((g) => (
                <option value={g.code} key={g.code}>
                  {nameIn(g.name, lang)}
                </option>
              ))}
          </select>
        </label>
        <button type="button" onClick={() => onEdit(withScenario(doc, selected, view.years[t], {}), false)}>
          {x.reset}
        </button>
      </div>
      <table class="what-if-result" data-testid="what-if-result">
        <thead>
          <tr>
            <th />
            <th>{x.score}</th>
            <th>{x.rank}</th>
            <th>{x.type}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th>{x.before}</th>
            <td>{formatScore(valueAt(view, view.root, t, r))}</td>
            <td>{rankNow}</td>
            <td data-testid="what-if-type-before">{typeText(scenarioShown?.typeBefore)}</td>
          </tr>
          {after && (
            <tr data-testid="what-if-after">
              <th>{x.after}</th>
              <td>{formatScore(after.score)}</td>
              <td data-testid="what-if-rank">{after.rank}</td>
              <td data-testid="what-if-type">{typeText(scenarioShown?.typeAfter)}</td>
            </tr>
          )}
        </tbody>
      </table>
      {guidance && <p class="hint" data-testid="what-if-type-source">{x.typeSource(guidance.typology === 'spec')}</p>}
      <div class="what-if-sliders">
        {levers.map((l) => {
          const c = changes[l.code];
          const value = sliderValue(l.code, l.current);
          const [lo, hi] = mode === 'relative' ? [-50, 100] : [Math.min(l.min, l.current), Math.max(l.max, l.current) * 1.2];
          return (
            <label class="what-if-slider" key={l.code}>
              <span>{nodeName(l.code)}</span>
              <input
                type="range"
                data-testid={`what-if-${l.code}`}
                min={lo}
                max={hi}
                step={mode === 'relative' ? 1 : (hi - lo) / 200 || 1}
                value={value}
                disabled={!Number.isFinite(l.current) || Boolean(c && 'to' in c)}
                onInput={(e) => set(l.code, fromSlider(l.code, Number((e.target as HTMLInputElement).value), l.current), true)}
                onChange={onEndDrag}
              />
              <span class="what-if-value">{c && 'to' in c ? `→ ${nameIn(view.regions.find((g) => g.code === c.to)?.name, lang) || c.to}` : mode === 'relative' ? `${value > 0 ? '+' : ''}${value}%` : Number(value.toPrecision(4))}</span>
            </label>
          );
        })}
      </div>
      {scenarioShown && isProvincePanel(view) && (
        <div class="what-if-map">
          <h4>{x.map}</h4>
          <MapView view={scenarioView} t={t} node={view.root} lang={lang} s={s} selected={selected} onSelect={onSelect} />
        </div>
      )}
      <div class="what-if-path">
        <h4>{x.pathTo}</h4>
        <input type="number" min={1} max={n} value={k} data-testid="path-k" onInput={(e) => setK(Math.max(1, Math.round(Number((e.target as HTMLInputElement).value)) || 1))} />{' '}
        <button type="button" data-testid="path-run" onClick={() => onEdit(withPath(doc, selected, view.years[t], k), false)}>
          {x.runPath(k)}
        </button>
        <p class="hint">{x.pathNote}</p>
        {path && (
          <div data-testid="path-result">
            <p>
              <strong>{path.reached ? x.reached : x.notReached}</strong> · {path.target} → {x.rank} {path.rankAfter}
            </p>
            {pathChart && <Chart option={pathChart} class="chart small" label={x.pathTo} testId="path-chart" />}
          </div>
        )}
      </div>
      <div class="what-if-projection">
        <h4>{x.projection}</h4>
        {!projection && (
          <button type="button" data-testid="projection-run" onClick={() => onEdit(withProjection(doc, 2030), false)}>
            {x.project}
          </button>
        )}
        {projectionChart && <Chart option={projectionChart} class="chart small" label={x.projection} testId="projection-chart" />}
      </div>
      <div class="what-if-targets">
        <h4>{x.targets}</h4>
        {guidance?.region === selected && guidance.targets && guidance.targets.length > 0 ? (
          <table class="compact" data-testid="targets-table">
            <thead>
              <tr>
                {x.targetHead.map((h) => (
                  <th key={h}>{h}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {guidance.targets.map((d) => (
                <tr key={`${d.indicator}-${d.year}`}>
                  <td>{nodeName(d.indicator)}</td>
                  <td>{d.year}</td>
                  <td>{short(d.target)}</td>
                  <td>
                    {short(d.latest)}
                    {d.latestYear !== null ? ` (${d.latestYear})` : ''}
                  </td>
                  <td>{short(d.distance)}</td>
                  <td>{Number.isFinite(d.annualGrowthNeeded) ? `${(d.annualGrowthNeeded * 100).toFixed(1)}%` : '—'}</td>
                  <td>{short(d.projected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="hint">{x.targetsHint}</p>
        )}
      </div>
      {guidance && guidance.problems.length > 0 && (
        <ul class="problems" data-testid="what-if-problems">
          {guidance.problems.map((p, i) => (
            <li key={i}>{p[lang]}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
