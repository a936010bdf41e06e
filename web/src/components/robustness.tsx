import { useMemo } from 'preact/hooks';
import { ProblemList } from './problem-list.js';
import { Chart } from '../charts/chart.js';
import type { echarts, EChartsOption } from '../charts/echarts.js';
import type { RobustnessState } from '../engine.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ResultView, RobustnessView, SpecDocument } from '../worker/protocol.js';
import { indexBarSeries, INTERVAL_COLORS, rankIntervalSeries } from '../../../src/io/report/interval-series.js';

interface Props {
  view: ResultView;
  spec: SpecDocument;
  state: RobustnessState;
  t: number;
  lang: Lang;
  s: Strings;
  onAddDefault: () => void;
  onRun: () => void;
  onCancel: () => void;
}


/** 稳健性 / Robustness: the spec's uncertainty block, run on demand; rank intervals and S_i / S_Ti bars. */
export function Robustness({ view, spec, state, t, lang, s, onAddDefault, onRun, onCancel }: Props) {
  const block = spec.uncertainty as { runs?: number; type?: string; vary?: unknown[] } | undefined;
  const r = state.result;
  const stale = r !== null && r.specHash !== view.specHash;
  if (!block) {
    return (
      <div class="robustness" data-testid="robustness">
        <h3>{s.robustnessTitle}</h3>
        <p class="hint" data-testid="robustness-none">
          {s.robustnessNone}
        </p>
        <button type="button" data-testid="robustness-add" onClick={onAddDefault} title={s.robustnessAddHint}>
          {s.robustnessAdd}
        </button>
      </div>
    );
  }
  const type = block.type ?? 'sensitivity';
  const runs = block.runs ?? 1000;
  const factors = Array.isArray(block.vary) ? block.vary.length : 0;
  const total = type === 'sensitivity' ? runs * (factors + 2) : runs;
  const progress = state.progress;
  const targetName = r ? nameIn(view.nodes.find((n) => n.code === r.target)?.name, lang) || r.target : '';
  const year = view.timeless ? '' : String(view.years[t]);
  return (
    <div class="robustness" data-testid="robustness" aria-busy={state.running}>
      <h3>{s.robustnessTitle}</h3>
      <p class="hint">{s.robustnessBlock(type, runs, total)}</p>
      <div class="robustness-controls">
        <button type="button" data-testid="robustness-run" onClick={onRun} disabled={state.running}>
          ▶ {s.robustnessRun}
        </button>
        <button type="button" data-testid="robustness-cancel" onClick={onCancel} disabled={!state.running || state.cancelling}>
          ■ {s.robustnessCancel}
        </button>
        {state.running && (
          <span class="robustness-progress" role="status" data-testid="robustness-progress">
            <progress max={progress?.total || total} value={progress?.done ?? 0} aria-label={s.robustnessRun} />
            <span>{state.cancelling ? s.robustnessCancelling : s.robustnessProgress(progress?.done ?? 0, progress?.total ?? total, progress?.perSecond ?? 0)}</span>
          </span>
        )}
      </div>
      <ProblemList problems={state.problems} lang={lang} />
      {!r && !state.running && <p class="hint">{s.robustnessNotRun}</p>}
      {r && (
        <div class={stale ? 'stale' : undefined}>
          <p role="status" data-testid="robustness-summary">
            {r.interrupted ? <strong data-testid="robustness-partial">{s.robustnessPartial(r.completedRuns, r.totalRuns)} </strong> : null}
            {s.robustnessDone(r.completedRuns, r.computeMs / 1000, r.failedRuns)}
          </p>
          {stale && <p class="hint">{s.robustnessStale}</p>}
          <details>
            <summary>{s.robustnessFactors}</summary>
            <ul>
              {r.factors.map((f) => (
                <li key={f.name}>
                  <code>{f.name}</code>: {f.values}
                </li>
              ))}
            </ul>
          </details>
          <section>
            <h3>{s.rankIntervals(targetName, year)}</h3>
            <RankIntervals view={view} result={r} t={t} lang={lang} s={s} title={s.rankIntervals(targetName, year)} />
            <p class="hint">{s.rankIntervalsCaption}</p>
          </section>
          <section>
            <h3>{s.sensitivityIndices}</h3>
            {r.indices ? (
              <>
                <IndexBars indices={r.indices} s={s} />
                <p class="hint">{s.sensitivityCaption(r.rows)}</p>
              </>
            ) : (
              <p class="hint">{s.noIndices}</p>
            )}
          </section>
        </div>
      )}
    </div>
  );
}

const fixed = (v: number, digits: number) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** The rows of the chart, exposed as data-intervals (code, nominal, median, q05, q95) for tests and screen readers. */
function exposeRows(rows: { code: string; nominal: number; median: number; low: number; high: number }[], year: string) {
  return (chart: echarts.ECharts, element: HTMLDivElement) => {
    element.dataset.year = year;
    element.dataset.regions = String(rows.filter((r) => Number.isFinite(r.low)).length);
    element.dataset.intervals = JSON.stringify(rows.map((r) => [r.code, r.nominal, r.median, r.low, r.high]));
    void chart;
  };
}

/** Regions of the selected year by nominal rank: a bar from the 5th to the 95th percentile rank, a median tick, a nominal dot. */
function RankIntervals({ view, result, t, lang, s, title }: { view: ResultView; result: RobustnessView; t: number; lang: Lang; s: Strings; title: string }) {
  const rows = useMemo(() => {
    const n = view.regions.length;
    const out = view.regions.map((region, r) => {
      const c = t * n + r;
      return { code: region.code, label: nameIn(region.name, lang) || region.code, nominal: result.nominalRank[c], median: result.medianRank[c], low: result.q05Rank[c], high: result.q95Rank[c] };
    });
    const order = (v: number) => (Number.isFinite(v) ? v : Infinity);
    return out.sort((a, b) => order(a.nominal) - order(b.nominal) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  }, [view, result, t, lang]);
  const option = useMemo<EChartsOption>(() => {
    const drawn = rows.map((r, k) => [k, r.low, r.high, r.median, r.nominal] as const).filter(([, low, high]) => Number.isFinite(low) && Number.isFinite(high));
    return {
      aria: { enabled: true },
      animation: false,
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        renderMode: 'richText',
        formatter: (params: { dataIndex: number }[]) => {
          const row = rows[drawn[params[0]?.dataIndex]?.[0] ?? -1];
          return row ? `${row.label}\n${s.nominal} ${fixed(row.nominal, 0)} · ${s.median} ${fixed(row.median, 1)} · ${s.interval} ${fixed(row.low, 1)}–${fixed(row.high, 1)}` : '';
        },
      },
      grid: { left: 8, right: 24, top: 28, bottom: 36, containLabel: true },
      xAxis: { type: 'value', name: s.rank, nameLocation: 'middle', nameGap: 24, min: 1, max: Math.max(2, rows.length), minInterval: 1, axisLabel: { showMaxLabel: false } },
      yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { fontSize: 10, interval: 0 }, axisTick: { show: false } },
      series: [
        rankIntervalSeries(s.interval, drawn.map(([k, low, high]) => [k, low, high] as const)),
        { type: 'scatter', name: s.median, symbol: 'rect', symbolSize: [2, 10], itemStyle: { color: INTERVAL_COLORS.median }, data: drawn.map(([k, , , median]) => [median, k]) },
        {
          type: 'scatter',
          name: s.nominal,
          symbolSize: 7,
          itemStyle: { color: INTERVAL_COLORS.nominal },
          data: drawn.filter(([, , , , nominal]) => Number.isFinite(nominal)).map(([k, , , , nominal]) => [nominal, k]),
        },
      ],
    } as EChartsOption;
  }, [rows, s]);
  return (
    <Chart
      option={option}
      class="chart rank-intervals"
      label={title}
      testId="rank-intervals"
      exportAs={{ name: 'rank-intervals', png: 'PNG', svg: 'SVG', title: (format) => s.exportChart(title, format) }}
      onRendered={exposeRows(rows, view.timeless ? '' : String(view.years[t]))}
    />
  );
}

/** S_i and S_Ti per factor: bars from 0 with bootstrap 5–95% error bars, side by side in each factor's band. */
function IndexBars({ indices, s }: { indices: NonNullable<RobustnessView['indices']>; s: Strings }) {
  const option = useMemo<EChartsOption>(() => {
    const series = (key: 'first' | 'total', offset: number) =>
      indexBarSeries(key, key === 'first' ? s.firstOrder : s.totalOrder, offset, indices.map((x, k) => (key === 'first' ? [k, x.first, x.firstLow, x.firstHigh] : [k, x.total, x.totalLow, x.totalHigh])));
    return {
      aria: { enabled: true },
      animation: false,
      color: [INTERVAL_COLORS.first, INTERVAL_COLORS.total],
      legend: { top: 0, textStyle: { fontSize: 11 } },
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: (p: { seriesName: string; value: number[] }) => `${p.seriesName} ${fixed(p.value[1], 3)} [${fixed(p.value[2], 3)}, ${fixed(p.value[3], 3)}]`,
      },
      grid: { left: 8, right: 24, top: 28, bottom: 24, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: indices.map((x) => x.factor), axisLabel: { fontSize: 10, interval: 0 }, axisTick: { show: false } },
      series: [series('first', -0.5), series('total', 0.5)],
    } as EChartsOption;
  }, [indices, s]);
  return <Chart option={option} class="chart" label={s.sensitivityIndices} testId="sensitivity-indices" exportAs={{ name: 'sensitivity-indices', png: 'PNG', svg: 'SVG', title: (format) => s.exportChart(s.sensitivityIndices, format) }} />;
}
