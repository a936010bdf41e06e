import { useEffect, useRef } from 'preact/hooks';
import { echarts, type EChartsOption } from './echarts.js';

interface Props {
  option: EChartsOption;
  class?: string;
  label: string;
  testId?: string;
  onClick?: (params: { name: string; dataIndex: number; data: unknown }) => void;
  /** Called after each setOption with the instance, e.g. to read the visual colours back. */
  onRendered?: (chart: echarts.ECharts, element: HTMLDivElement) => void;
}

/** One ECharts instance bound to a div; resized with its container; option replaced on change. */
export function Chart({ option, class: className, label, testId, onClick, onRendered }: Props) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const click = useRef(onClick);
  click.current = onClick;

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
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true, lazyUpdate: false });
    if (chart.current && onRendered) onRendered(chart.current, element.current!);
  }, [option]);

  return <div ref={element} class={className ?? 'chart'} role="img" aria-label={label} data-testid={testId} />;
}
