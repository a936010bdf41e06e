import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { echarts, type EChartsOption } from './echarts.js';

interface Props {
  option: EChartsOption;
  /**
   * The part of the option that changes with the data (series data, a visual map's range). When only it
   * changed it is merged into the chart's option, so ECharts keeps the rest of its model; when `option`
   * changed, the chart's option is replaced by `option` and this is merged on top.
   */
  update?: EChartsOption;
  class?: string;
  label: string;
  testId?: string;
  /**
   * Redraw at most once per this many milliseconds; the latest option wins. The China map takes tens of
   * milliseconds to redraw, so while a weight slider is dragged the map follows at this pace.
   */
  throttleMs?: number;
  onClick?: (params: { name: string; dataIndex: number; data: unknown }) => void;
  /** Called after each setOption with the instance, e.g. to read the visual colours back. */
  onRendered?: (chart: echarts.ECharts, element: HTMLDivElement) => void;
  /** Offer PNG/SVG export of the chart under this file name (no extension), with labels in these strings. */
  exportAs?: { name: string; png: string; svg: string; title: (format: string) => string };
}

/**
 * One ECharts instance bound to a div; resized with its container; `data-draws` on the div counts the
 * setOption calls (for the browser test). The chart is created and first drawn after the page's first paint;
 * later options are set in a layout effect, i.e. in the same task as the DOM update that brought them, so a
 * change (a weight slider's new view) reaches the screen in one frame together with the rest of the page.
 */
export function Chart({ option, update, class: className, label, testId, throttleMs = 0, onClick, onRendered, exportAs }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const latest = useRef({ option, update, onRendered });
  latest.current = { option, update, onRendered };
  const drawn = useRef<{ option: EChartsOption | null; update: EChartsOption | undefined }>({ option: null, update: undefined });
  const draws = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastDraw = useRef(-Infinity);

  /** Bring the chart to the latest props: replace the option, or merge only the data part in. */
  const draw = () => {
    timer.current = null;
    const instance = chart.current;
    const { option: nextOption, update: nextUpdate, onRendered: rendered } = latest.current;
    if (!instance) return;
    if (nextOption !== drawn.current.option) {
      // Replace the option without drawing, then merge the data part in and draw once.
      instance.setOption(nextOption, { notMerge: true, lazyUpdate: nextUpdate !== undefined });
      if (nextUpdate) instance.setOption(nextUpdate, { lazyUpdate: false });
    } else if (nextUpdate !== undefined && nextUpdate !== drawn.current.update) {
      instance.setOption(nextUpdate, { lazyUpdate: false });
    } else return;
    drawn.current = { option: nextOption, update: nextUpdate };
    lastDraw.current = performance.now();
    element.current!.dataset.draws = String(++draws.current);
    rendered?.(instance, element.current!);
  };
  const schedule = () => {
    if (timer.current !== null) return; // a throttled draw is due; it takes the latest props
    const wait = lastDraw.current + throttleMs - performance.now();
    if (wait <= 0) draw();
    else timer.current = setTimeout(draw, wait);
  };

  useEffect(() => {
    const instance = echarts.init(element.current!, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => click.current?.(params as never));
    // A detached or hidden container reports size 0, which the map's view transform cannot invert.
    const observer = new ResizeObserver(() => {
      const el = element.current;
      if (!instance.isDisposed() && el && el.clientWidth > 0 && el.clientHeight > 0) instance.resize();
    });
    observer.observe(element.current!);
    schedule();
    return () => {
      observer.disconnect();
      if (timer.current !== null) clearTimeout(timer.current);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useLayoutEffect(() => {
    if (chart.current) schedule();
  }, [option, update]);

  const div = <div ref={element} class={className ?? 'chart'} role="img" aria-label={label} data-testid={testId} />;
  if (!exportAs) return div;
  const save = (format: 'png' | 'svg') => {
    const instance = chart.current;
    if (!instance) return;
    const url = format === 'png' ? instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : svgDataUrl(instance);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${exportAs.name}.${format}`;
    document.body.append(a);
    a.click();
    a.remove();
  };
  return (
    <div class="chart-wrap">
      {div}
      <div class="chart-export" role="group" aria-label={label}>
        <button type="button" data-testid={testId ? `${testId}-png` : undefined} aria-label={exportAs.title('PNG')} onClick={() => save('png')}>
          {exportAs.png}
        </button>
        <button type="button" data-testid={testId ? `${testId}-svg` : undefined} aria-label={exportAs.title('SVG')} onClick={() => save('svg')}>
          {exportAs.svg}
        </button>
      </div>
    </div>
  );
}

/** The chart's current option drawn again by ECharts' SVG renderer (server-side mode, off screen), as a data URL. */
function svgDataUrl(instance: echarts.ECharts): string {
  const svg = echarts.init(null, undefined, { renderer: 'svg', ssr: true, width: instance.getWidth(), height: instance.getHeight() });
  try {
    svg.setOption({ ...(instance.getOption() as object), animation: false } as EChartsOption);
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg.renderToSVGString())}`;
  } finally {
    svg.dispose();
  }
}
