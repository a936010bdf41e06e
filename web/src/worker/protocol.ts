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

export type Request =
  | { type: 'init' }
  | { type: 'build'; spec: SpecDocument; directions?: Record<string, 1 | -1> }
  | { type: 'import'; files: { name: string; bytes: ArrayBuffer }[]; spec: SpecDocument }
  | { type: 'parse-spec'; text: string; name: string }
  | { type: 'export'; what: 'spec' | 'csv' | 'xlsx' | 'framework'; spec: SpecDocument; lang: 'zh' | 'en'; directions?: Record<string, 1 | -1> };

export type Reply =
  | { type: 'init'; methods: MethodInfo[]; examples: ExampleInfo[] }
  | { type: 'build'; view: ResultView; quality: QualityReport | null }
  | { type: 'import'; spec: SpecDocument; quality: QualityReport | null; files: string[] }
  | { type: 'parse-spec'; spec: SpecDocument }
  | { type: 'export'; name: string; mime: string; bytes: Uint8Array }
  | { type: 'error'; problems: Problem[] };
