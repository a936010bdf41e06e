import { rootOf, type Build, type FrameworkNode, type Lang, type Region } from '../../core/index.js';

/** What every section reads: the build, the language and shared lookups and formatting. */
export interface ReportContext {
  build: Build;
  lang: Lang;
  root: FrameworkNode;
  /** Index of the latest year. */
  latest: number;
  timeless: boolean;
  /** Decimals for scores: 4 when the index lies within [−1.5, 1.5] (a [0, 1] scale), else 2. */
  decimals: number;
  regionName(region: Region): string;
  nodeName(code: string): string;
  score(value: number): string;
  /** Value of a node for region index r in year index t. */
  at(column: ArrayLike<number> | undefined, t: number, r: number): number;
}

export function reportContext(build: Build, lang: Lang): ReportContext {
  const { framework, years, regions, scores } = build.results;
  const root = rootOf(framework);
  const nodes = new Map(framework.nodes.map((n) => [n.code, n]));
  const index = scores[root.code] ?? new Float64Array(0);
  let largest = 0;
  for (const v of index) if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
  const decimals = largest <= 1.5 ? 4 : 2;
  return {
    build,
    lang,
    root,
    latest: years.length - 1,
    timeless: build.trace[0]?.panel.timeless === true,
    decimals,
    regionName: (region) => region.name[lang] || region.code,
    nodeName: (code) => nodes.get(code)?.name[lang] || code,
    score: (value) => (Number.isFinite(value) ? value.toFixed(decimals) : '–'),
    at: (column, t, r) => (column ? column[t * regions.length + r] : Number.NaN),
  };
}

/** A rank as text (missing: an en dash). */
export function rankText(value: number): string {
  return Number.isFinite(value) ? String(value) : '–';
}

/** A signed rank change: +3 (moved up), −2, 0; missing: an en dash. */
export function changeText(value: number): string {
  if (!Number.isFinite(value)) return '–';
  return value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0';
}
