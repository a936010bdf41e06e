import { useMemo } from 'preact/hooks';
import { ProblemList } from './problem-list.js';
import { CHINA_PROVINCES } from '../../../src/core/regions/index.js';
import { Chart } from '../charts/chart.js';
import type { echarts, EChartsOption } from '../charts/echarts.js';
import { EXTRA_TILE_NAMES } from '../charts/tile-layout.js';
import { colorFor, provinceShortName } from '../derive.js';
import type { DiagnosticsState } from '../engine.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { DiagnosticsView, ResultView } from '../worker/protocol.js';
import { chinaMapSeries } from '../charts/china-map-series.js';

interface Props {
  view: ResultView;
  state: DiagnosticsState;
  t: number;
  lang: Lang;
  s: Strings;
  selected: string | null;
  onSelect: (code: string) => void;
}

/** LISA cluster colours as GeoDa draws them (HH red, LL blue, LH light blue, HL light red, not significant grey). */
export const LISA_COLORS: Record<string, string> = { HH: '#e31a1c', HL: '#f4a9a8', LH: '#a6b4f5', LL: '#1f3fd1', ns: '#eeeeee' };
const LISA_ORDER = ['HH', 'HL', 'LH', 'LL', 'ns'];

const fixed = (v: number, digits = 3) => (Number.isFinite(v) ? v.toFixed(digits) : '—');

/** Diagnostics of the build from the spec's analyses: Dagum decomposition, kernel density, Moran/LISA, coupling. */
export function Diagnostics({ view, state, t, lang, s, selected, onSelect }: Props) {
  const d = state.diagnostics;
  const stale = d !== null && d.specHash !== view.specHash;
  return (
    <div class="diagnostics" data-testid="diagnostics" aria-busy={state.running}>
      {state.running && (
        <p class="diag-progress" role="status" data-testid="diagnostics-progress">
          <span>{s.diagnosticsComputing(state.progress?.done ?? 0, state.progress?.total ?? 0)}</span>
          <progress max={state.progress?.total || 1} value={state.progress?.done ?? 0} />
          {d && <span class="hint">{s.diagnosticsStale}</span>}
        </p>
      )}
      <ProblemList problems={state.problems} lang={lang} />
      {!d && !state.running && <p class="hint">{s.diagnosticsNone}</p>}
      {d && (
        <div class={`profile-grid${stale ? ' stale' : ''}`}>
          <section>
            <h3>{s.dagum}</h3>
            {d.dagum ? <DagumChart dagum={d.dagum} s={s} /> : <p class="hint">{s.diagnosticsMissing('disparity (dagum-gini)')}</p>}
          </section>
          <section>
            <h3>{s.density}</h3>
            {d.density ? <Ridgeline density={d.density} year={view.years[t]} s={s} /> : <p class="hint">{s.diagnosticsMissing('kernel-density')}</p>}
          </section>
          <MoranSections view={view} d={d} t={t} lang={lang} s={s} selected={selected} onSelect={onSelect} />
          <section class="wide">
            <h3>
              {s.coupling} · {view.years[t]}
            </h3>
            {d.coupling ? <CouplingChart view={view} coupling={d.coupling} t={t} lang={lang} s={s} onSelect={onSelect} /> : <p class="hint">{s.diagnosticsMissing('coupling')}</p>}
          </section>
        </div>
      )}
    </div>
  );
}

/** For tests and screen readers: how many data items the chart drew in each series (read back from ECharts), as data-points. */
function countPoints(chart: echarts.ECharts, element: HTMLDivElement): void {
  const model = (chart as unknown as { getModel(): { getSeries(): { getData(): { count(): number } }[] } }).getModel();
  element.dataset.points = model
    .getSeries()
    .map((series) => series.getData().count())
    .join(',');
}

/** The map's features that carry a LISA cluster (a map series also lists every feature without data), as data-regions. */
function countRegions(chart: echarts.ECharts, element: HTMLDivElement): void {
  type Data = { count(): number; mapDimension(dim: string): string; get(dim: string, i: number): unknown };
  const data = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): Data } | undefined } }).getModel().getSeriesByIndex(0)?.getData();
  let regions = 0;
  for (let i = 0; data && i < data.count(); i++) if (Number.isFinite(data.get(data.mapDimension('value'), i))) regions++;
  element.dataset.regions = String(regions);
}

function exportAs(s: Strings, name: string, title: string) {
  return { name, png: 'PNG', svg: 'SVG', title: (format: string) => s.exportChart(title, format) };
}

function DagumChart({ dagum, s }: { dagum: NonNullable<DiagnosticsView['dagum']>; s: Strings }) {
  const option = useMemo<EChartsOption>(() => {
    const parts = [
      { key: 'within', data: dagum.within, color: '#6baed6' },
      { key: 'netBetween', data: dagum.netBetween, color: '#2171b5' },
      { key: 'transvariation', data: dagum.transvariation, color: '#fdae6b' },
    ] as const;
    return {
      aria: { enabled: true },
      animation: false,
      legend: { bottom: 0, itemWidth: 14, itemHeight: 10, textStyle: { fontSize: 11 } },
      tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: (v: number) => fixed(v, 4) },
      grid: { left: 44, right: 12, top: 24, bottom: 72 },
      xAxis: { type: 'category', data: dagum.years.map(String) },
      yAxis: { type: 'value', min: 0 },
      series: [
        ...parts.map((p) => ({ type: 'bar', stack: 'G', name: s.dagumParts[p.key], data: p.data, itemStyle: { color: p.color } })),
        { type: 'line', name: s.dagumParts.gini, data: dagum.gini, itemStyle: { color: '#111' }, lineStyle: { width: 2 }, symbolSize: 5 },
      ],
    } as EChartsOption;
  }, [dagum, s]);
  return <Chart option={option} class="chart tall" label={s.dagum} testId="dagum" exportAs={exportAs(s, 'dagum-gini', s.dagum)} onRendered={countPoints} />;
}

/** Ridgeline: each year's density curve raised to its own baseline (earliest year on top), the selected year bold. */
function Ridgeline({ density, year, s }: { density: NonNullable<DiagnosticsView['density']>; year: number; s: Strings }) {
  const option = useMemo<EChartsOption>(() => {
    const K = density.years.length;
    const peak = Math.max(...density.y.flat().filter(Number.isFinite), 1e-12);
    const scale = 1.8 / peak;
    return {
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: (p: { seriesName: string }) => p.seriesName },
      grid: { left: 44, right: 12, top: 16, bottom: 36 },
      xAxis: { type: 'value', name: s.densityAxis, nameLocation: 'middle', nameGap: 22, scale: true },
      yAxis: { type: 'value', min: 0, max: K + 1, interval: 1, axisLabel: { formatter: (v: number) => (v >= 0 && v < K ? String(density.years[K - 1 - v]) : '') }, splitLine: { show: false } },
      series: density.years.map((y, k) => {
        const base = K - 1 - k;
        const bold = y === year;
        return {
          type: 'line',
          name: String(y),
          showSymbol: false,
          data: density.x[k].map((x, i) => [x, base + density.y[k][i] * scale]),
          lineStyle: { width: bold ? 2.5 : 1, color: bold ? '#b30000' : '#08306b' },
          areaStyle: { origin: base, color: colorFor(k, 0, Math.max(1, K - 1)), opacity: 0.85 },
          z: 2 + k,
        };
      }),
    } as EChartsOption;
  }, [density, year, s]);
  return <Chart option={option} class="chart tall" label={s.density} testId="density" exportAs={exportAs(s, 'kernel-density', s.density)} />;
}

function MoranSections({ view, d, t, lang, s, selected, onSelect }: { view: ResultView; d: DiagnosticsView; t: number; lang: Lang; s: Strings; selected: string | null; onSelect: (code: string) => void }) {
  const year = view.years[t];
  const rows = d.lisa?.years[year] ?? null;
  const global = d.moran?.find((m) => m.year === year) ?? null;
  const nameOf = useMemo(() => new Map(view.regions.map((r) => [r.code, r])), [view.regions]);
  const scatter = useMemo<EChartsOption | null>(() => {
    if (!rows) return null;
    const finite = rows.filter((r) => Number.isFinite(r.z) && Number.isFinite(r.lag));
    const slope = finite.reduce((a, r) => a + r.z * r.lag, 0) / finite.reduce((a, r) => a + r.z * r.z, 0);
    const xs = finite.map((r) => r.z);
    const [lo, hi] = [Math.min(...xs), Math.max(...xs)];
    return {
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: 'item', renderMode: 'richText' },
      grid: { left: 48, right: 16, top: 12, bottom: 40 },
      xAxis: { type: 'value', name: s.zAxis, nameLocation: 'middle', nameGap: 24, axisLine: { onZero: true } },
      yAxis: { type: 'value', name: s.lagAxis, nameLocation: 'middle', nameGap: 32, axisLine: { onZero: true } },
      series: [
        {
          type: 'scatter',
          data: finite.map((r) => ({
            value: [r.z, r.lag],
            name: nameIn(nameOf.get(r.region)?.name, lang),
            symbolSize: r.region === selected ? 14 : 8,
            itemStyle: { color: LISA_COLORS[r.quadrant] ?? '#888', borderColor: r.region === selected ? '#f59e0b' : '#333', borderWidth: r.region === selected ? 2 : 0.5 },
          })),
          tooltip: { formatter: (p: { name: string; value: number[] }) => `${p.name}\nz ${fixed(p.value[0], 2)}, Wz ${fixed(p.value[1], 2)}` },
        },
        { type: 'line', data: [[lo, slope * lo], [hi, slope * hi]], showSymbol: false, lineStyle: { color: '#555', type: 'dashed' }, tooltip: { show: false }, silent: true },
      ],
    } as EChartsOption;
  }, [rows, selected, lang, s]);
  const lisaMap = useMemo<EChartsOption | null>(() => {
    if (!rows) return null;
    const english = new Map(CHINA_PROVINCES.map((p) => [p.short, p.name.en]));
    const data = rows.flatMap((r) => {
      const region = nameOf.get(r.region);
      const short = region ? provinceShortName(region) : null;
      return short ? [{ name: short, value: LISA_ORDER.indexOf(r.cluster), cluster: r.cluster, itemStyle: { areaColor: LISA_COLORS[r.cluster] ?? '#d9d9d9' } }] : [];
    });
    return {
      aria: { enabled: true },
      animation: false,
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: (p: { name: string; data?: { cluster: string } }) =>
          `${lang === 'en' ? english.get(p.name) ?? EXTRA_TILE_NAMES[p.name] ?? p.name : p.name}\n${p.data ? s.lisaClusters[p.data.cluster] ?? p.data.cluster : s.noData}`,
      },
      series: [chinaMapSeries(data, '#fdd835')],
    } as EChartsOption;
  }, [rows, lang, s]);
  const byShort = useMemo(() => new Map(view.regions.map((r) => [provinceShortName(r), r.code])), [view.regions]);
  if (!d.lisa || !rows || !scatter || !lisaMap) {
    return (
      <section class="wide">
        <h3>{s.moranScatter}</h3>
        <p class="hint">{s.diagnosticsMissing('local-moran')}</p>
      </section>
    );
  }
  const counts = LISA_ORDER.map((c) => ({ c, n: rows.filter((r) => r.cluster === c).length }));
  return (
    <>
      <section>
        <h3>{s.moranScatter}</h3>
        <p class="diag-caption" data-testid="moran-title">
          {s.moranTitle(String(year), global ? fixed(global.i) : '—', global?.p === null || !global ? '' : fixed(global.p))}
        </p>
        <Chart
          option={scatter}
          class="chart tall"
          label={`${s.moranScatter} ${year}`}
          testId="moran-scatter"
          exportAs={exportAs(s, `moran-scatter-${year}`, s.moranScatter)}
          onClick={(p) => {
            const code = rows.filter((r) => Number.isFinite(r.z) && Number.isFinite(r.lag))[p.dataIndex]?.region;
            if (code) onSelect(code);
          }}
        />
      </section>
      <section>
        <h3>
          {s.lisaMap} · {year}
        </h3>
        <Chart
          option={lisaMap}
          class="chart tall"
          label={`${s.lisaMap} ${year} (${s.schematic})`}
          testId="lisa-map"
          exportAs={exportAs(s, `lisa-${year}`, s.lisaMap)}
          onRendered={countRegions}
          onClick={(p) => {
            const code = byShort.get(p.name);
            if (code) onSelect(code);
          }}
        />
        <ul class="lisa-legend" aria-label={s.lisaMap}>
          {counts.map(({ c, n }) => (
            <li key={c}>
              <span class="swatch" style={{ background: LISA_COLORS[c] }} />
              {s.lisaClusters[c]} ({n})
            </li>
          ))}
        </ul>
        <p class="hint">
          {s.schematic} · {s.lisaNote(d.lisa.significance, d.lisa.permutations)}
        </p>
      </section>
    </>
  );
}

function CouplingChart({ view, coupling, t, lang, s, onSelect }: { view: ResultView; coupling: NonNullable<DiagnosticsView['coupling']>; t: number; lang: Lang; s: Strings; onSelect: (code: string) => void }) {
  const n = view.regions.length;
  const order = view.regions
    .map((_, r) => r)
    .filter((r) => Number.isFinite(coupling.d[t * n + r]))
    .sort((a, b) => coupling.d[t * n + a] - coupling.d[t * n + b]);
  const option: EChartsOption = {
    aria: { enabled: true },
    animation: false,
    tooltip: { trigger: 'item', renderMode: 'richText' },
    grid: { left: 8, right: 130, top: 4, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 1, name: s.couplingAxis, nameLocation: 'middle', nameGap: 20 },
    yAxis: { type: 'category', data: order.map((r) => nameIn(view.regions[r].name, lang)), axisLabel: { fontSize: 10, interval: 0 } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 12,
        data: order.map((r) => {
          const v = coupling.d[t * n + r];
          return { value: v, band: nameIn(coupling.band[t * n + r], lang), itemStyle: { color: colorFor(v, 0, 1) } };
        }),
        label: { show: true, position: 'right', fontSize: 10, formatter: (p: { value: number; data: { band: string } }) => `${fixed(p.value)} ${p.data.band}` },
        tooltip: { formatter: (p: { name: string; value: number; data: { band: string } }) => `${p.name}\nD ${fixed(p.value)} · ${p.data.band}` },
      },
    ],
  } as EChartsOption;
  return (
    <Chart
      option={option}
      class="chart coupling"
      label={`${s.coupling} ${view.years[t]}`}
      testId="coupling"
      exportAs={exportAs(s, `coupling-${view.years[t]}`, s.coupling)}
      onClick={(p) => onSelect(view.regions[order[p.dataIndex]].code)}
    />
  );
}
