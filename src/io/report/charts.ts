import type { Lang } from '../../core/index.js';
import { chinaMapSeries, renderSvg } from './svg-chart.js';

/** The report's chart options (light colours that print well); each returns an SVG string. */

const PALETTE = ['#3b6ea8', '#d1743c', '#4a9a6b', '#8c5aa8', '#b8a23a', '#5a8fa8', '#a84a5a'];
const RAMP = ['#eef3fa', '#b9cde6', '#7fa4cf', '#4a78b0', '#234f8a'];

export interface Bar {
  label: string;
  value: number;
}

/** Horizontal bars, best first (ranking chart for builds without a map). */
export function barChartSvg(bars: Bar[], key: string, decimals: number): string {
  const height = Math.max(160, 40 + bars.length * 16);
  const sorted = [...bars].reverse();
  return renderSvg(
    {
      color: PALETTE,
      grid: { left: 8, right: 56, top: 8, bottom: 24 },
      xAxis: { type: 'value', axisLabel: { fontSize: 10 } },
      yAxis: { type: 'category', data: sorted.map((b) => b.label), axisLabel: { fontSize: 10, interval: 0 }, axisTick: { show: false } },
      series: [
        {
          type: 'bar',
          data: sorted.map((b) => b.value),
          barCategoryGap: '25%',
          label: { show: true, position: 'right', fontSize: 9, formatter: (p: { value: number }) => p.value.toFixed(decimals) },
        },
      ],
    },
    720,
    height,
    key,
  );
}

export interface MapDatum {
  /** GB/T 2260 code: the map's feature id. */
  code: string;
  value: number;
}

/** A choropleth of China's provinces (features keyed by adcode); regions without data stay grey. */
export function chinaMapSvg(data: MapDatum[], key: string, lang: Lang, decimals: number): string {
  const values = data.map((d) => d.value).filter(Number.isFinite);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return renderSvg(
    {
      visualMap: {
        type: 'continuous',
        min,
        max: max > min ? max : min + 1,
        left: 10,
        bottom: 10,
        calculable: false,
        precision: decimals,
        text: lang === 'zh' ? [`高 ${max.toFixed(decimals)}`, `低 ${min.toFixed(decimals)}`] : [`high ${max.toFixed(decimals)}`, `low ${min.toFixed(decimals)}`],
        inRange: { color: RAMP },
        textStyle: { fontSize: 10 },
      },
      series: [
        chinaMapSeries(
          data.filter((d) => Number.isFinite(d.value)).map((d) => ({ name: d.code, value: d.value })),
          '#e5e5e5',
        ),
      ],
    },
    720,
    540,
    key,
  );
}

export interface LineSeries {
  name: string;
  values: number[];
}

/** Lines over years (group means of the index). */
export function lineChartSvg(years: number[], series: LineSeries[], key: string): string {
  return renderSvg(
    {
      color: PALETTE,
      legend: { top: 0, textStyle: { fontSize: 11 } },
      grid: { left: 8, right: 24, top: 36, bottom: 8 },
      xAxis: { type: 'category', data: years.map(String), axisLabel: { fontSize: 10 } },
      yAxis: { type: 'value', scale: true, axisLabel: { fontSize: 10 } },
      series: series.map((s) => ({ type: 'line', name: s.name, data: s.values.map((v) => (Number.isFinite(v) ? v : null)), symbolSize: 4 })),
    },
    720,
    320,
    key,
  );
}
