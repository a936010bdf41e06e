/** ECharts, tree-shaken: only the charts and components the app draws, canvas renderer. */
import * as echarts from 'echarts/core';
import { BarChart, CustomChart, LineChart, MapChart, RadarChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, RadarComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';
import chinaMap from '../../public/china.json';

// The SVG renderer serves the charts' SVG export only (drawn off screen); the page draws on canvas.
echarts.use([MapChart, BarChart, CustomChart, LineChart, RadarChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, RadarComponent, TooltipComponent, VisualMapComponent, CanvasRenderer, SVGRenderer]);
// Vendored from the echarts 4.9.0 package (map/json/china.json, Apache-2.0); registered as 'china' so
// ECharts adds its South China Sea islands inset.
echarts.registerMap('china', chinaMap as never);

export { echarts };
export type EChartsOption = Parameters<echarts.ECharts['setOption']>[0];
