import { useMemo } from 'preact/hooks';
import { CHINA_PROVINCES } from '../../../src/core/regions/index.js';
import { colorFor, extent, formatScore, isDark, PALETTE, provinceShortName, valueAt } from '../derive.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ResultView } from '../worker/protocol.js';
import { Chart } from './chart.js';
import type { echarts, EChartsOption } from './echarts.js';
import { EXTRA_TILE_NAMES, TILE_LAYOUT } from './tile-layout.js';
import { chinaMapSeries } from './china-map-series.js';
import { memo } from './memo.js';

interface ViewProps {
  view: ResultView;
  t: number;
  node: string;
  lang: Lang;
  s: Strings;
  selected: string | null;
  onSelect: (code: string) => void;
}

/** The part of ECharts' internal SeriesData the map reads back. */
interface SeriesData {
  count(): number;
  mapDimension(dim: string): string;
  get(dim: string, i: number): unknown;
  getItemVisual(i: number, key: string): { fill?: string } | undefined;
}

function yearValues(view: ResultView, node: string, t: number): number[] {
  return view.regions.map((_, r) => valueAt(view, node, t, r));
}

/**
 * Choropleth of China's provinces (ECharts map 'china'), labelled as a schematic map with its source. The
 * option is split: what stays (tooltip, colour scale, map style) is set once per language, and each new
 * year, score or view only merges the series data and the colour scale's range into it.
 */
export const MapView = memo(function MapView({ view, t, node, lang, s, onSelect }: ViewProps) {
  const byShort = useMemo(() => new Map(view.regions.map((r, i) => [provinceShortName(r), i])), [view.regions]);
  const option = useMemo<EChartsOption>(() => {
    const englishOf = new Map(CHINA_PROVINCES.map((p) => [p.short, p.name.en]));
    return {
      aria: { enabled: true },
      animation: false,
      tooltip: {
        trigger: 'item',
        renderMode: 'richText',
        formatter: (p: { name: string; value: number }) =>
          `${lang === 'en' ? englishOf.get(p.name) ?? EXTRA_TILE_NAMES[p.name] ?? p.name : p.name}\n${s.score} ${formatScore(p.value)}`,
      },
      visualMap: {
        type: 'continuous',
        inRange: { color: PALETTE },
        left: 8,
        bottom: 8,
        itemHeight: 100,
        calculable: false,
      },
      series: [chinaMapSeries([], '#fdae6b')],
    } as EChartsOption;
  }, [lang, s]);
  const update = useMemo<EChartsOption>(() => {
    const values = yearValues(view, node, t);
    const [min, max] = extent(values);
    const data = view.regions.flatMap((region, r) => {
      const short = provinceShortName(region);
      return short === null ? [] : [{ name: short, value: Number.isFinite(values[r]) ? values[r] : undefined }];
    });
    return { visualMap: { min, max, text: [formatScore(max), formatScore(min)] }, series: [{ data }] } as EChartsOption;
  }, [view, t, node]);
  const onRendered = (chart: echarts.ECharts, element: HTMLDivElement) => {
    // Count the provinces the visual map actually coloured (read back from the chart), for the test and screen readers.
    const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): SeriesData } | undefined } }).getModel();
    const data = model.getSeriesByIndex(0)?.getData();
    let coloured = 0;
    for (let i = 0; data && i < data.count(); i++) {
      const value = data.get(data.mapDimension('value'), i);
      if (typeof value === 'number' && Number.isFinite(value) && data.getItemVisual(i, 'style')?.fill) coloured++;
    }
    element.dataset.colored = String(coloured);
  };
  return (
    <figure class="map-figure">
      <Chart
        option={option}
        update={update}
        class="chart map"
        label={`${s.schematic}: ${nameIn(view.nodes.find((n) => n.code === node)?.name, lang)} ${view.timeless ? '' : view.years[t]}`}
        testId="map"
        throttleMs={150}
        onClick={(p) => {
          const r = byShort.get(p.name);
          if (r !== undefined) onSelect(view.regions[r].code);
        }}
        onRendered={onRendered}
      />
      <figcaption>
        <strong>{s.schematic}</strong> {s.mapSource}
      </figcaption>
    </figure>
  );
});

/** One square per province, coloured like the map; keyboard-focusable buttons. */
export const TileGrid = memo(function TileGrid({ view, t, node, lang, s, selected, onSelect }: ViewProps) {
  const values = yearValues(view, node, t);
  const [min, max] = extent(values);
  const byShort = new Map(view.regions.map((r, i) => [provinceShortName(r), i]));
  const english = new Map(CHINA_PROVINCES.map((p) => [p.short, p.name.en]));
  return (
    <figure class="tiles-figure">
      <div class={`tiles ${lang}`} data-testid="tiles" role="group" aria-label={s.views.tiles}>
        {Object.entries(TILE_LAYOUT).map(([short, [col, row]]) => {
          const r = byShort.get(short);
          const value = r === undefined ? NaN : values[r];
          const color = colorFor(value, min, max);
          const label = lang === 'en' ? english.get(short) ?? EXTRA_TILE_NAMES[short] ?? short : short;
          const code = r === undefined ? null : view.regions[r].code;
          return (
            <button
              type="button"
              class={`tile${code !== null && code === selected ? ' selected' : ''}`}
              style={{ gridColumn: col + 1, gridRow: row + 1, background: color, color: isDark(color) ? '#fff' : '#111' }}
              disabled={code === null}
              data-colored={Number.isFinite(value) ? 'true' : 'false'}
              aria-label={`${label} ${Number.isFinite(value) ? formatScore(value) : s.noData}`}
              onClick={() => code !== null && onSelect(code)}
            >
              <span class="tile-name">{label}</span>
              <span class="tile-value">{formatScore(value)}</span>
            </button>
          );
        })}
      </div>
      <figcaption>{s.tilesNote}</figcaption>
    </figure>
  );
});

/** Horizontal bars for panels that are not China's provinces (countries, custom units). */
export const BarView = memo(function BarView({ view, t, node, lang, s, onSelect }: ViewProps) {
  const values = yearValues(view, node, t);
  const [min, max] = extent(values);
  const order = view.regions.map((_, r) => r).filter((r) => Number.isFinite(values[r])).sort((a, b) => values[a] - values[b]);
  const option: EChartsOption = {
    aria: { enabled: true },
    animation: false,
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    tooltip: { trigger: 'item', renderMode: 'richText' },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: order.map((r) => nameIn(view.regions[r].name, lang)), axisLabel: { fontSize: 10, interval: 0 } },
    series: [{ type: 'bar', data: order.map((r) => ({ value: values[r], itemStyle: { color: colorFor(values[r], min, max) } })) }],
  } as EChartsOption;
  return (
    <figure class="bars-figure">
      <Chart option={option} class="chart bars" label={s.barsNote} testId="bars" onClick={(p) => onSelect(view.regions[order[p.dataIndex]].code)} />
      <figcaption>{s.barsNote}</figcaption>
    </figure>
  );
});
