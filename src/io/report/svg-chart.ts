/**
 * Charts as inline SVG, rendered by ECharts' server-side SVG renderer (browser-safe: no DOM needed).
 * ECharts numbers its element ids and CSS classes with process-wide counters (`zr3-c0`, `zr3-cls-7`), so the
 * same chart differs between renders; each SVG is renumbered from a key given by the caller, which also keeps
 * ids unique when several charts share one page. The hover stylesheet and its classes (meaningless on paper, and ECharts
 * writes `fill:[object Object]` into it for gradients) and the `ecmeta_*` attributes are dropped.
 */
import * as echarts from 'echarts/core';
// Each chart and component from its own module: the 'echarts/charts' and 'echarts/components' barrels load every
// chart type (~0.5 s in Node, where nothing is tree-shaken); these are the modules the barrels re-export.
import { install as BarChart } from 'echarts/lib/chart/bar/install.js';
import { install as LineChart } from 'echarts/lib/chart/line/install.js';
import { install as MapChart } from 'echarts/lib/chart/map/install.js';
import { install as GridComponent } from 'echarts/lib/component/grid/install.js';
import { install as LegendComponent } from 'echarts/lib/component/legend/install.js';
import { install as VisualMapComponent } from 'echarts/lib/component/visualMap/install.js';
import { install as SVGRenderer } from 'echarts/lib/renderer/installSVGRenderer.js';

echarts.use([BarChart, LineChart, MapChart, GridComponent, LegendComponent, VisualMapComponent, SVGRenderer]);

/** Fonts with CJK glyphs first, so zh labels render wherever the report is opened. */
export const FONT_STACK = '"Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC",sans-serif';

export function renderSvg(option: Record<string, unknown>, width: number, height: number, key: string): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT_STACK }, ...option });
    return renumber(chart.renderToSVGString(), key);
  } finally {
    chart.dispose();
  }
}

function renumber(svg: string, key: string): string {
  return svg
    .replace(/<style[^>]*>[\s\S]*?<\/style>/g, '')
    .replace(/ ecmeta_[a-z_]+="[^"]*"/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/(id="|url\(#|href="#)zr\d+-/g, `$1${key}-`);
}

/** The report's China map series (provinces keyed by GB/T 2260 code, no labels); `blank` fills provinces without data. */
export function chinaMapSeries(data: { name: string; value: number }[], blank: string) {
  return {
    type: 'map',
    map: 'china',
    nameProperty: 'id',
    roam: false,
    itemStyle: { areaColor: blank, borderColor: '#777', borderWidth: 0.5 },
    label: { show: false },
    data,
  };
}

/** Register the China map (echarts 4.9.0 china.json, as the web app vendors it) under the name 'china'. */
export function registerChinaMap(geoJson: unknown): void {
  echarts.registerMap('china', geoJson as Parameters<typeof echarts.registerMap>[1]);
}
