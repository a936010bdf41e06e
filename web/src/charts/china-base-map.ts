import { chinaMapSeries } from './china-map-series.js';
import { echarts } from './echarts.js';

/** The schematic map as SVG markup and, for each of its paths' `ecmeta_data_index`, the region's short name. */
export interface BaseMap {
  svg: string;
  names: string[];
}

let cached: BaseMap | null = null;

/**
 * The China map drawn once, off screen, by ECharts' server-side SVG renderer from the registered 'china' map (so
 * it has ECharts' layout and South China Sea inset), with a viewBox so it scales to its box. The choropleth
 * re-colours these paths in place: a weight slider changes 31 fill attributes instead of rebuilding a chart.
 */
export function chinaBaseMap(): BaseMap {
  if (cached) return cached;
  const chart = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: 800, height: 640 });
  try {
    chart.setOption({ animation: false, series: [chinaMapSeries([], '#fdae6b')] });
    const model = (chart as unknown as { getModel(): { getSeriesByIndex(i: number): { getData(): { count(): number; getName(i: number): string } } } }).getModel();
    const data = model.getSeriesByIndex(0).getData();
    cached = { svg: chart.renderToSVGString({ useViewBox: true }), names: Array.from({ length: data.count() }, (_, i) => data.getName(i)) };
    return cached;
  } finally {
    chart.dispose();
  }
}
