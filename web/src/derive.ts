/** Small pure helpers that read a ResultView for the charts and the table. */
import { CHINA_PROVINCES, matchRegion } from '../../src/core/regions/index.js';
import type { NodeView, RegionView, ResultView } from './worker/protocol.js';

export function valueAt(view: ResultView, code: string, t: number, r: number, what: 'scores' | 'ranks' = 'scores'): number {
  const column = view[what][code];
  return column ? column[t * view.regions.length + r] : NaN;
}

export function dimensionsOf(view: ResultView): NodeView[] {
  return view.nodes.filter((n) => n.parent === view.root);
}

/** Rank change from the previous year: positive = moved up. NaN in the first year or when a rank is missing. */
export function rankChange(view: ResultView, t: number, r: number): number {
  if (t === 0) return NaN;
  return valueAt(view, view.root, t - 1, r, 'ranks') - valueAt(view, view.root, t, r, 'ranks');
}

const provinceCache = new Map<string, string | null>();

/** The short name the China map's features carry (北京, 内蒙古 …), or null if the region is not a province. */
export function provinceShortName(region: RegionView): string | null {
  const key = `${region.code}\u0000${region.name.zh}`;
  if (provinceCache.has(key)) return provinceCache.get(key)!;
  let match = matchRegion(region.code, CHINA_PROVINCES);
  if (!('code' in match)) match = matchRegion(region.name.zh, CHINA_PROVINCES);
  const short = 'code' in match ? CHINA_PROVINCES.find((p) => p.code === match.code)?.short ?? null : null;
  provinceCache.set(key, short);
  return short;
}

export function isProvincePanel(view: ResultView): boolean {
  const matched = view.regions.filter((r) => provinceShortName(r) !== null).length;
  return matched > 0 && matched >= view.regions.length / 2;
}

/** Sequential blues (light → dark), colour-blind safe, also used by the map's visualMap. */
export const PALETTE = ['#eef4fb', '#c6dbef', '#6baed6', '#2171b5', '#08306b'];

export function colorFor(value: number, min: number, max: number): string {
  if (!Number.isFinite(value)) return '#d9d9d9';
  const x = max > min ? (value - min) / (max - min) : 0.5;
  const scaled = Math.min(1, Math.max(0, x)) * (PALETTE.length - 1);
  const i = Math.min(PALETTE.length - 2, Math.floor(scaled));
  const f = scaled - i;
  const a = hex(PALETTE[i]);
  const b = hex(PALETTE[i + 1]);
  return `rgb(${a.map((c, k) => Math.round(c + (b[k] - c) * f)).join(',')})`;
}

export function isDark(color: string): boolean {
  const rgb = color.startsWith('#') ? hex(color) : color.slice(4, -1).split(',').map(Number);
  return 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2] < 140;
}

function hex(color: string): number[] {
  return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
}

export function extent(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  return finite.length > 0 ? [Math.min(...finite), Math.max(...finite)] : [0, 1];
}

export function formatScore(v: number): string {
  return Number.isFinite(v) ? v.toFixed(2) : '—';
}
