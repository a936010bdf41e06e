import { z } from 'zod';
import { pathSchema, projectionSchema, scenarioSchema, targetsRefSchema, type PathSpec, type ProjectionSpec, type Scenario } from '../guidance/schema.js';

/**
 * The spec (DESIGN.md §4): the public contract. Keys are kept stable; unknown keys are errors.
 * Method parameters are validated by each method's own schema (see pipeline/registry.ts).
 */
const localizedText = z.object({ zh: z.string(), en: z.string() }).strict();
const text = z.union([z.string(), localizedText]);

const nodeOverrideSchema = z
  .object({
    name: z.union([z.string().trim().min(1), z.object({ zh: z.string().trim().min(1), en: z.string().trim().min(1) }).strict()]).optional(),
    direction: z.union([z.literal(1), z.literal(-1)]).optional(),
  })
  .strict();

export const frameworkRefSchema = z.union([
  z.string().min(1),
  z
    .object({
      path: z.string().min(1),
      format: z.enum(['nqpf', 'coinr']).optional(),
      /** What to do with framework indicators the data lacks: an error, or drop them with a note. */
      missing: z.enum(['error', 'drop']).optional(),
      /** Edits of the file's nodes, by code: a new name, or (indicators) a new direction. */
      overrides: z.record(z.string().min(1), nodeOverrideSchema).optional(),
    })
    .strict(),
]);

export const dataRefSchema = z.union([
  z.string().min(1),
  z
    .object({
      path: z.string().min(1),
      /** Further files read the same way and merged by region and year (e.g. one EPS DATA export per indicator group). */
      also: z.array(z.string().min(1)).optional(),
      format: z.enum(['auto', 'wide', 'long', 'coinr']).optional(),
      sheet: z.string().optional(),
      region: z.string().optional(),
      year: z.string().optional(),
      indicator: z.string().optional(),
      value: z.string().optional(),
      /** Match region names against a bundled registry ("china-provinces", "countries") or not at all. */
      regions: z.enum(['none', 'china-provinces', 'countries']).optional(),
      /** Region spellings the registry lacks → a registry name or code: { "河北剩": 河北 }. */
      aliases: z.record(z.string().min(1), z.string().min(1)).optional(),
      encoding: z.enum(['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be']).optional(),
      /** Clean thousands separators, full-width digits and trailing yearbook markers, logging each cell. */
      clean: z.boolean().optional(),
      years: z.tuple([z.number().int(), z.number().int()]).optional(),
      /** The row (1-based) holding the column names, when title rows sit above it; detected if absent. */
      header: z.number().int().min(1).max(1000).optional(),
      /**
       * A name the data uses → framework indicator code, for names that are neither the code nor the indicator's
       * name: a wide file's column header, or an indicator named in a long or year-column (EPS/NBS) file's rows.
       * With `also`, a name need only be in one of the files.
       */
      columns: z.record(z.string().min(1), z.string().min(1)).optional(),
    })
    .strict(),
]);

export const stepSchema = z
  .object({
    id: z.string().regex(/^[A-Za-z][\w-]*$/, 'ids start with a letter; letters, digits, _ and -').optional(),
    op: z.string().min(1),
    method: z.string().min(1).optional(),
    params: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

export const analysisSchema = stepSchema;

const varyValues = z.union([
  z.array(z.unknown()).min(1),
  z.object({ uniform: z.tuple([z.number(), z.number()]) }).strict(),
]);

/** Runs (base sample size N) an uncertainty block may ask for; the CLI's --runs obeys the same cap. */
export const MAX_RUNS = 1_000_000;

export const uncertaintySchema = z
  .object({
    runs: z.number().int().min(1).max(MAX_RUNS).default(1000),
    type: z.enum(['uncertainty', 'sensitivity']).optional(),
    target: z.string().optional(),
    vary: z
      .array(
        z
          .object({
            step: z.string().min(1),
            pointer: z.string().regex(/^(\/[^/]*)+$/, 'a JSON Pointer such as /params/winmax'),
            values: varyValues,
            name: z.string().optional(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export const specSchema = z
  .object({
    $schema: z.string().optional(),
    name: text.optional(),
    description: text.optional(),
    framework: frameworkRefSchema,
    data: dataRefSchema,
    seed: z.number().int().min(0).max(2 ** 32 - 1).optional(),
    steps: z.array(stepSchema).min(1),
    analyses: z.array(analysisSchema).optional(),
    uncertainty: uncertaintySchema.optional(),
    scenarios: z.array(scenarioSchema).optional(),
    paths: z.array(pathSchema).optional(),
    projection: projectionSchema.optional(),
    /** A CSV of planners' targets: indicator, region (or *), year, value. */
    targets: targetsRefSchema.optional(),
  })
  .strict();

export type SpecInput = z.input<typeof specSchema>;
export type FrameworkRef = z.infer<typeof frameworkRefSchema>;
export type NodeOverride = z.infer<typeof nodeOverrideSchema>;
export type DataRef = z.infer<typeof dataRefSchema>;

/** A step after resolution: id and method filled in, params complete with defaults. */
export interface ResolvedStep {
  id: string;
  op: string;
  method: string;
  params: Record<string, unknown>;
}

/** An analysis as the spec names it; its own module validates params when it runs. */
export interface ResolvedAnalysis {
  id: string;
  op: string;
  method?: string;
  params: Record<string, unknown>;
}

export interface ResolvedSpec {
  name?: string | { zh: string; en: string };
  description?: string | { zh: string; en: string };
  framework: FrameworkRef;
  data: DataRef;
  seed: number;
  steps: ResolvedStep[];
  analyses: ResolvedAnalysis[];
  uncertainty?: z.infer<typeof uncertaintySchema>;
  scenarios?: Scenario[];
  paths?: PathSpec[];
  projection?: ProjectionSpec;
  targets?: string;
}

/** JSON Schema of the spec, for editors (`nqpf schema`). */
export function specJsonSchema(): unknown {
  return z.toJSONSchema(specSchema, { io: 'input' });
}
