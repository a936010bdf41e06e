import { z } from 'zod';
import { fileSafeId } from '../spec/output-names.js';

/**
 * The guidance blocks of the spec (issue 15; names pinned): what-if `scenarios`, `paths` to a target,
 * a `projection` of current trends, and planners' `targets` (a CSV of indicator, region or *, year, value).
 * They read a build and never change it: `run` ignores them; `runGuidance` computes them.
 */
/** Scenario and path ids name their files (scenarios/<id>.csv, paths/<id>.csv): spec/output-names.ts. */
const id = fileSafeId;
/** A region as the spec names it: its code (YAML may read 110000 as a number), zh or en name. */
const regionRef = z.union([z.string().min(1), z.number().int()]);

/** One what-if change of an indicator: add to it, multiply it, set it, or move it to a benchmark of its year. */
export const changeSchema = z.union([
  z.object({ add: z.number() }).strict(),
  z.object({ multiply: z.number() }).strict(),
  z.object({ set: z.number() }).strict(),
  z.object({ to: z.union([z.string().min(1), z.number().int()]) }).strict(),
]);

export const scenarioSchema = z
  .object({
    id,
    /** The year changed (default: the latest year of the data). */
    year: z.number().int().optional(),
    regions: z.array(regionRef).min(1),
    changes: z.record(z.string().min(1), changeSchema),
    /** true: re-run the whole pipeline on the changed data; false: hold weights and normalisation bounds. */
    rebuild: z.boolean().default(true),
  })
  .strict();

/** How far an indicator may move, at most, in the direction that raises the score. */
export const limitSchema = z.union([z.object({ add: z.number().positive() }).strict(), z.object({ multiply: z.number().min(1) }).strict()]);

export const pathTargetSchema = z.union([
  z.object({ rank: z.number().int().min(1), node: z.string().min(1).optional() }).strict(),
  z.object({ score: z.number(), node: z.string().min(1).optional() }).strict(),
]);

export const pathSchema = z
  .object({
    id,
    region: regionRef,
    year: z.number().int().optional(),
    target: pathTargetSchema,
    /** `default` applies to every indicator not named; none = unbounded. */
    limits: z.record(z.string().min(1), limitSchema).optional(),
    /** relative: Σ |Δx| / |x| (default); normalized: Σ |Δ normalised value|. */
    cost: z.enum(['relative', 'normalized']).default('relative'),
  })
  .strict();

export const projectionSchema = z
  .object({
    /** At most MAX_PROJECTION_YEARS after the data's last year (projection.ts); the schema bounds the number itself. */
    to: z.number().int().min(1000).max(9999),
    method: z.enum(['cagr', 'linear']).default('cagr'),
    window: z.number().int().min(2).max(50).default(5),
    /** false (default): weights and the latest normalisation bounds held, so projected scores continue scores.csv's
     *  scale; true: the whole recipe re-run on observed and projected years together (pooled bounds move). */
    rebuild: z.boolean().default(false),
    /** A target score of the index: the year each region first reaches it. */
    target: z.number().optional(),
    /** Region groups whose means are benchmarks (default region4 when the regions have it). */
    groups: z.string().min(1).optional(),
    /** Plausible [low, high] per indicator, overriding the default (≥ 0 for non-negative series, ≤ 100 for shares). */
    range: z.record(z.string().min(1), z.tuple([z.number(), z.number()])).optional(),
  })
  .strict();

export const targetsRefSchema = z.string().min(1);

export type Change = z.infer<typeof changeSchema>;
export type Scenario = z.infer<typeof scenarioSchema>;
export type Limit = z.infer<typeof limitSchema>;
export type PathTarget = z.infer<typeof pathTargetSchema>;
export type PathSpec = z.infer<typeof pathSchema>;
export type ProjectionSpec = z.infer<typeof projectionSchema>;
