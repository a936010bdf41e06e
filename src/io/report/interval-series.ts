/**
 * ECharts custom series shared by the sensitivity report (uncertainty-html.ts) and the web app's robustness tab:
 * the rank-interval bar of a region and the S_i / S_Ti bar with its bootstrap whisker. Plain option objects, so
 * both the server-side SVG renderer and the browser's canvas draw the same shapes.
 */
export const INTERVAL_COLORS = { interval: '#b9cde6', median: '#234f8a', nominal: '#d1743c', first: '#3b6ea8', total: '#d1743c', whisker: '#1d2433' };

/** The part of ECharts' renderItem API these series use. */
interface Api {
  value: (dim: number) => number;
  coord: (point: number[]) => number[];
  size: (point: number[]) => number[];
}

/** Bars from the 5th to the 95th percentile rank; data rows are [category index, low, high]. */
export function rankIntervalSeries(name: string, data: (readonly [number, number, number])[]) {
  return {
    type: 'custom' as const,
    name,
    itemStyle: { color: INTERVAL_COLORS.interval },
    encode: { x: [1, 2], y: 0 },
    data,
    renderItem: (_params: unknown, api: Api) => {
      const [x0, y] = api.coord([api.value(1), api.value(0)]);
      const [x1] = api.coord([api.value(2), api.value(0)]);
      const h = Math.max(4, api.size([0, 1])[1] * 0.6);
      return { type: 'rect', shape: { x: x0 - 2, y: y - h / 2, width: x1 - x0 + 4, height: h, r: 2 }, style: { fill: INTERVAL_COLORS.interval } };
    },
  };
}

/**
 * A sensitivity index as a bar from 0 with a whisker over its interval, shifted by `offset` bar heights inside its
 * band so S_i and S_Ti sit side by side; data rows are [factor index, estimate, low, high].
 */
export function indexBarSeries(key: 'first' | 'total', name: string, offset: number, data: (readonly [number, number, number, number])[]) {
  return {
    type: 'custom' as const,
    name,
    itemStyle: { color: INTERVAL_COLORS[key] },
    encode: { x: [1, 2, 3], y: 0 },
    data,
    renderItem: (_params: unknown, api: Api) => {
      const h = api.size([0, 1])[1] * 0.3;
      const [zero, center] = api.coord([0, api.value(0)]);
      const y = center + offset * h;
      const x = (v: number) => api.coord([v, api.value(0)])[0];
      const children: unknown[] = [];
      const value = api.value(1);
      if (Number.isFinite(value)) {
        const end = x(value);
        children.push({ type: 'rect', shape: { x: Math.min(zero, end), y: y - h / 2, width: Math.abs(end - zero), height: h }, style: { fill: INTERVAL_COLORS[key] } });
      }
      const [low, high] = [api.value(2), api.value(3)];
      if (Number.isFinite(low) && Number.isFinite(high)) {
        const [a, b] = [x(low), x(high)];
        const cap = h * 0.35;
        const stroke = { stroke: INTERVAL_COLORS.whisker, lineWidth: 1.2 };
        children.push(
          { type: 'line', shape: { x1: a, y1: y, x2: b, y2: y }, style: stroke },
          { type: 'line', shape: { x1: a, y1: y - cap, x2: a, y2: y + cap }, style: stroke },
          { type: 'line', shape: { x1: b, y1: y - cap, x2: b, y2: y + cap }, style: stroke },
        );
      }
      return { type: 'group', children };
    },
  };
}
