/** Core data model (DESIGN.md §3). Plain data: no classes, no methods, serialisable. */

export interface LocalizedName {
  zh: string;
  en: string;
}

/** One node of the indicator tree. Level 1 = indicators (leaves); the root is the index. */
export interface FrameworkNode {
  code: string;
  name: LocalizedName;
  level: number;
  parent: string | null;
  /** 1 = more is better, -1 = less is better. Meaningful for indicators only. */
  direction: 1 | -1;
  weight: number;
  unit?: string;
  description?: string;
  source?: string;
  /** Column of the data to divide this indicator by (the `denominate` step). */
  denominator?: string;
  /** Target value, used by dist-to-target normalisation. */
  target?: number;
  /** [low, high] goalposts, used by goalpost normalisation. */
  goalposts?: [number, number];
}

export interface FrameworkSource {
  cite: string;
  url?: string;
}

export interface Framework {
  code?: string;
  name?: LocalizedName;
  sources?: FrameworkSource[];
  /** Sorted by level ascending, then in file order. */
  nodes: FrameworkNode[];
}

export interface Region {
  code: string;
  name: LocalizedName;
  /** Group memberships, e.g. { region4: "east" }. */
  groups: Record<string, string>;
}

/**
 * Regions × years × indicators. Each column is a Float64Array of length regions × years laid out
 * year-major: the value of region r in year index t is at t * regions.length + r. Missing = NaN.
 * `observed` marks the cells that held a value at ingest (1) so every imputed cell stays known.
 */
export interface Panel {
  regions: Region[];
  years: number[];
  columns: Record<string, Float64Array>;
  observed: Record<string, Uint8Array>;
  /** True when the data had no year column: outputs leave the year empty. */
  timeless?: boolean;
}
