/** Messages between the page and the engine worker. Plain data only (structured clone). */
import type { LocalizedName } from '../../../src/core/model/types.js';

export type SpecDocument = Record<string, unknown> & { steps: StepDocument[] };
export interface StepDocument {
  id?: string;
  op: string;
  method?: string;
  params?: Record<string, unknown>;
}

/** An error already rendered in both languages, with its location prefix. */
export interface Problem {
  code: string;
  zh: string;
  en: string;
}

export interface NodeView {
  code: string;
  name: LocalizedName;
  level: number;
  parent: string | null;
  direction: 1 | -1;
  weight: number;
  effectiveWeight: number;
  unit?: string;
}

export interface RegionView {
  code: string;
  name: LocalizedName;
  region4: string | null;
}

export interface ResultView {
  specHash: string;
  name: LocalizedName | null;
  regions: RegionView[];
  years: number[];
  timeless: boolean;
  nodes: NodeView[];
  root: string;
  /** Every node's scores and ranks, year-major (index t * regions + r), as the core lays them out. */
  scores: Record<string, Float64Array>;
  ranks: Record<string, Float64Array>;
  /** Obstacle degree (%) of each indicator, same layout; null when the normalisation is not onto a range. */
  obstacles: Record<string, Float64Array> | null;
  steps: { id: string; op: string; method: string; params: Record<string, unknown> }[];
  /** The first 200 notes, rendered; `noteCount` is how many there are. */
  notes: { code: string; zh: string; en: string }[];
  noteCount: number;
  /** The dominance guard's findings (an indicator or pillar driving the index far beyond its nominal share), rendered. */
  /** The result checks (dominance guard); null when left for later (a live build: the page asks `checks`). */
  warnings: { code: string; zh: string; en: string }[] | null;
  /** Milliseconds the worker spent (run or regenerate, then the view), and the first step re-run. */
  computeMs: number;
  rerunFrom: string | null;
}

export interface QualityReport {
  file: string;
  format: string;
  rows: number;
  regions: number;
  years: number[];
  indicators: number;
  cells: number;
  missing: { indicator: string; count: number }[];
  missingTotal: number;
  registry: 'china-provinces' | 'countries' | 'none';
  unmatched: { name: string; suggestions: string[] }[];
  /** COINr's outlier flag: |skewness| > 2 and kurtosis > 3.5 over all cells of an indicator. */
  outliers: { indicator: string; skew: number; kurtosis: number }[];
  /** Framework indicators the data lacks (dropped from the build). */
  frameworkMissing: string[];
}

export interface MethodInfo {
  op: string;
  method: string;
  title: LocalizedName;
  summary: LocalizedName;
  /** JSON Schema (input side) of the method's params, for generated forms. */
  schema: JsonSchema;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema | JsonSchema[];
  prefixItems?: JsonSchema[];
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  anyOf?: JsonSchema[];
  additionalProperties?: JsonSchema | boolean;
  description?: string;
}

export interface ExampleInfo {
  id: string;
  title: LocalizedName;
  spec: SpecDocument;
}

/** A framework bundled with the app: its `nqpf:` path and title. */
export interface FrameworkInfo {
  path: string;
  name: LocalizedName;
}

export type Request =
  | { type: 'init' }
  | { type: 'build'; spec: SpecDocument }
  /** The result checks of a spec's build (the warnings a live build's view leaves out), for the data panel. */
  | { type: 'checks'; spec: SpecDocument }
  | { type: 'import'; files: { name: string; bytes: ArrayBuffer }[]; spec: SpecDocument }
  /** Move an indicator of a framework made in the app to another pillar (null: a new one); replied as an import. */
  | { type: 'move-indicator'; spec: SpecDocument; code: string; parent: string | null }
  /** Hold files without reading them (the diagnostics worker gets the dropped files and what the import made). */
  | { type: 'store'; files: { name: string; bytes: ArrayBuffer }[] }
  | { type: 'parse-spec'; text: string; name: string }
  /** Point the spec at a bundled framework (weights and overrides of nodes it lacks are dropped); replied as an import. */
  | { type: 'use-framework'; path: string; spec: SpecDocument }
  | { type: 'export'; what: 'spec' | 'csv' | 'xlsx' | 'framework'; spec: SpecDocument; lang: 'zh' | 'en' }
  | { type: 'diagnostics'; spec: SpecDocument }
  /**
   * report.html (src/io/report's reportHtml, as `nqpf run` writes it). With `analyses` the spec's analyses are
   * run and reported (sent to the diagnostics worker once they are ready); without, the report is for the
   * spec minus its analyses. `chinaMap` is the page's web/public/china.json (kept out of the worker bundle).
   */
  | { type: 'report'; spec: SpecDocument; lang: 'zh' | 'en'; analyses: boolean; chinaMap: unknown }
  /** Stop the running diagnostics at their next pause (their reply is then null). */
  | { type: 'cancel-diagnostics' }
  /** Run the spec's `uncertainty:` block in chunks (progress after each); cancel keeps the finished runs. */
  | { type: 'robustness'; spec: SpecDocument }
  | { type: 'cancel-robustness' }
  | { type: 'guidance'; spec: SpecDocument; region: string };

export type Reply =
  | { type: 'init'; methods: MethodInfo[]; examples: ExampleInfo[]; frameworks: FrameworkInfo[] }
  | { type: 'build'; view: ResultView; quality: QualityReport | null }
  | { type: 'checks'; specHash: string; warnings: { code: string; zh: string; en: string }[] }
  /** `made`: files the import wrote (a drafted framework), for the other worker's store. */
  | { type: 'import'; spec: SpecDocument; quality: QualityReport | null; files: string[]; made?: { name: string; bytes: Uint8Array }[] }
  | { type: 'store' }
  | { type: 'parse-spec'; spec: SpecDocument }
  | { type: 'export'; name: string; mime: string; bytes: Uint8Array }
  | { type: 'diagnostics'; diagnostics: DiagnosticsView | null }
  | { type: 'robustness'; robustness: RobustnessView | null }
  | { type: 'guidance'; guidance: GuidanceView }
  | { type: 'error'; problems: Problem[] };

/** Progress of a long request (diagnostics, robustness, and a load: import and first build), posted before its reply. */
export interface Progress {
  done: number;
  total: number;
  /** The analysis (or `local-moran/<year>`) just finished; `robustness` for the runs of the uncertainty block. */
  step: string;
  /** Robustness only: runs per second so far. */
  perSecond?: number;
}

/**
 * The spec's uncertainty analysis, summarised over the runs that finished (all of them unless cancelled).
 * Rank intervals are per cell, year-major like ResultView scores (index t * regions + r).
 */
export interface RobustnessView {
  specHash: string;
  type: 'uncertainty' | 'sensitivity';
  target: string;
  factors: { name: string; values: string }[];
  /** Base sample size N; totalRuns = N for an uncertainty analysis, N(d + 2) for a sensitivity analysis. */
  rows: number;
  completedRuns: number;
  totalRuns: number;
  failedRuns: number;
  interrupted: boolean;
  computeMs: number;
  nominalRank: Float64Array;
  medianRank: Float64Array;
  q05Rank: Float64Array;
  q95Rank: Float64Array;
  /** Saltelli first-order and Jansen total indices with bootstrap 5–95% intervals (sensitivity only). */
  indices: { factor: string; first: number; total: number; firstLow: number; firstHigh: number; totalLow: number; totalHigh: number }[] | null;
}

/**
 * The spec's analyses, shaped for the diagnostics views (read from the analysis tables by column name).
 * Each part is null when the spec does not list its analysis; `problems` holds analyses that failed.
 */
export interface DiagnosticsView {
  specHash: string;
  computeMs: number;
  /** Dagum Gini decomposition by year: G = within + net between + transvariation. */
  dagum: { years: number[]; gini: number[]; within: number[]; netBetween: number[]; transvariation: number[] } | null;
  /** Kernel density of the index on a grid, one curve per year. */
  density: { years: number[]; x: number[][]; y: number[][] } | null;
  /** Global Moran's I by year (permutation p-value when computed). */
  moran: { year: number; i: number; p: number | null }[] | null;
  /** Local Moran (LISA) of every year with the spec's local-moran params, region order of the ResultView. */
  lisa: { significance: number; permutations: number; years: Record<number, LisaRow[]> } | null;
  /** Coupling coordination degree D and its band, year-major like ResultView scores. */
  coupling: { d: number[]; band: LocalizedName[] } | null;
  /** The typology analysis's per-region profile (its year), keyed by region code. */
  typology: { year: number; regions: Record<string, TypologyRow> } | null;
  problems: Problem[];
}

export interface LisaRow {
  region: string;
  z: number;
  lag: number;
  quadrant: string;
  p: number | null;
  cluster: string;
}

export interface TypologyRow {
  type: LocalizedName;
  profile: LocalizedName;
  band: LocalizedName;
  quadrant: string | null;
  leading: string[];
  lagging: string[];
  strengths: string[];
  weaknesses: string[];
  similar: string[];
}

/** The what-if panel's numbers for one region (web/src/worker/guidance.ts); scores of the index only. */
export interface GuidanceView {
  specHash: string;
  region: string;
  year: number;
  /** Each indicator's raw value for the region in the latest year, and the year's range over regions. */
  levers: { code: string; current: number; min: number; max: number }[];
  /**
   * The scenario `whatif`: every region's index score and rank after it (data order), every node's in `nodes`,
   * and the region's type (分类指导) before and after by the same typology (`typology` says which).
   */
  scenario: { id: string; year: number; scores: number[]; ranks: number[]; nodes: { scores: Record<string, number[]>; ranks: Record<string, number[]> }; typeBefore: LocalizedName | null; typeAfter: LocalizedName | null } | null;
  /** spec: the spec's typology analysis; default: the typology's defaults (the spec has none). */
  typology: 'spec' | 'default';
  /** The planners' targets of the region (targets.csv): distance and annual growth needed. */
  targets: { indicator: string; year: number; target: number; latestYear: number | null; latest: number; distance: number; annualGrowthNeeded: number; projected: number }[] | null;
  /** The path `path`: proposed changes, verified by a full rebuild. */
  path: { target: string; moves: { indicator: string; current: number; proposed: number; change: number; shareOfGain: number }[]; reached: boolean; rankAfter: number; solver: string } | null;
  /** The projection's index for the region, projected years only. */
  projection: { years: number[]; scores: number[] } | null;
  problems: Problem[];
}
