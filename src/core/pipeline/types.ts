import type { z } from 'zod';
import type { Framework, LocalizedName, Panel } from '../model/types.js';

export const OPS = ['denominate', 'impute', 'screen', 'treat', 'normalize', 'weight', 'aggregate', 'rank'] as const;
export type Op = (typeof OPS)[number];

/** A structured record of one treatment the build applied (DESIGN.md §3). */
export interface Note {
  code: string;
  step?: string;
  region?: string;
  year?: number;
  indicator?: string;
  method?: string;
  value?: number;
  from?: number;
  detail?: string;
}

/**
 * What flows between steps. Steps never mutate: they return a new state sharing unchanged columns.
 * `panel` holds the level-1 data as treated so far; `normalized` the indicators after normalisation;
 * `weights` every non-root node's weight relative to its siblings; `scores` every node after aggregation.
 */
export interface PipelineState {
  framework: Framework;
  panel: Panel;
  normalized: Record<string, Float64Array> | null;
  weights: Record<string, number>;
  scores: Record<string, Float64Array> | null;
  ranks: Record<string, Float64Array> | null;
}

export interface StepContext {
  stepId: string;
  /** Index of the step in the spec, for JSON Pointers such as /steps/2/params. */
  stepIndex: number;
  seed: number;
  notes: Note[];
  /** Framework nodes the build dropped before this step (absent from the data, screened out). */
  dropped?: ReadonlySet<string>;
  /** A regenerated build's predecessor's scores and ranks: ranking reuses the ranks of unchanged columns. */
  earlier?: EarlierRanks;
}

/** Scores and ranks of an earlier build of the same panel layout (regions × years), by node. */
export interface EarlierRanks {
  scores: Record<string, Float64Array>;
  ranks: Record<string, Float64Array>;
  regions: number;
  years: number;
}

/** One entry of a method registry: the single list of what exists (CLI help, web menus, JSON Schema). */
export interface MethodDefinition<P = any> {
  op: Op;
  method: string;
  title: LocalizedName;
  summary: LocalizedName;
  /** Parameter schema with defaults; strict, so unknown keys are errors. */
  params: z.ZodType<P>;
  run(state: PipelineState, params: P, ctx: StepContext): PipelineState;
}
