import { useEffect, useRef } from 'preact/hooks';
import { echarts, type EChartsOption } from './echarts.js';

interface Props {
  option: EChartsOption;
  class?: string;
  label: string;
  testId?: string;
  /** Merge into the previous option (same structure, new data) instead of replacing it. */
  merge?: boolean;
  /**
   * Redraw at most once per this many milliseconds; the latest option wins. The China map takes tens of
   * milliseconds to redraw, so while a weight slider moves the table re-ranks first and the map follows.
   */
  throttleMs?: number;
  onClick?: (params: { name: string; dataIndex: number; data: unknown }) => void;
  /** Called after each setOption with the instance, e.g. to read the visual colours back. */
  onRendered?: (chart: echarts.ECharts, element: HTMLDivElement) => void;
  /** Offer PNG/SVG export of the chart under this file name (no extension), with labels in these strings. */
  exportAs?: { name: string; png: string; svg: string; title: (format: string) => string };
}

/** One ECharts instance bound to a div; resized with its container; option replaced (or merged) on change. */
export function Chart({ option, class: className, label, testId, merge = false, throttleMs = 0, onClick, onRendered, exportAs }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const pending = useRef<EChartsOption | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastDraw = useRef(-Infinity);

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
    return () => {
      observer.disconnect();
      if (timer.current !== null) clearTimeout(timer.current);
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    pending.current = option;
    if (timer.current !== null) return;
    const draw = () => {
      timer.current = null;
      const next = pending.current;
      pending.current = null;
      if (!next || !chart.current) return;
      chart.current.setOption(next, { notMerge: !merge, lazyUpdate: false });
      lastDraw.current = performance.now();
      onRendered?.(chart.current, element.current!);
    };
    const wait = lastDraw.current + throttleMs - performance.now();
    if (wait <= 0) draw();
    else timer.current = setTimeout(draw, wait);
  }, [option]);

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
