import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { echarts, type EChartsOption } from './echarts.js';

interface Props {
  option: EChartsOption;
  class?: string;
  label: string;
  testId?: string;
  onClick?: (params: { name: string; dataIndex: number; data: unknown }) => void;
  /** Called after each setOption with the instance, e.g. to read the visual colours back. */
  onRendered?: (chart: echarts.ECharts, element: HTMLDivElement) => void;
  /** Offer PNG/SVG export of the chart under this file name (no extension), with labels in these strings. */
  exportAs?: { name: string; png: string; svg: string; title: (format: string) => string };
}

/**
 * One ECharts instance bound to a div; resized with its container; the option replaced on change. The chart is
 * created and first drawn after the page's first paint; later options are set in a layout effect, i.e. in the
 * same task as the DOM update that brought them, so a change reaches the screen in one frame with the page.
 */
export function Chart({ option, class: className, label, testId, onClick, onRendered, exportAs }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;
  const latest = useRef({ option, onRendered });
  latest.current = { option, onRendered };
  const drawn = useRef<EChartsOption | null>(null);

  const draw = () => {
    const instance = chart.current;
    const { option: next, onRendered: rendered } = latest.current;
    if (!instance || next === drawn.current) return;
    instance.setOption(next, { notMerge: true, lazyUpdate: false });
    drawn.current = next;
    rendered?.(instance, element.current!);
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
    draw();
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useLayoutEffect(draw, [option]);

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
