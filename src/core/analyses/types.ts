import type { z } from 'zod';
import type { LocalizedName } from '../model/types.js';
import type { Build } from '../pipeline/run.js';

/** One cell of an analysis table: numbers at full precision, text, or empty. */
export type AnalysisCell = string | number | null;

/** A long-form table: the CLI writes it as `analyses/<id>[-<name>].csv` and as a workbook sheet. */
export interface AnalysisTable {
  /** '' for an analysis's main (or only) table. */
  name: string;
  header: string[];
  headerZh: string[];
  rows: AnalysisCell[][];
}

/** What an analysis returns: its identity, the params it actually used (defaults filled) and its tables. */
export interface AnalysisResult {
  id: string;
  op: string;
  method: string;
  params: Record<string, unknown>;
  tables: AnalysisTable[];
}

/**
 * A neighbour file named by an analysis (`params.weights`), already read and parsed by io
 * (src/io/node/analysis-inputs.ts): GAL neighbour lists, or the rows of a CSV edge list. Ids are region codes.
 */
export type NeighborFile =
  | { format: 'gal'; ids: string[]; neighbors: number[][] }
  | { format: 'edges'; rows: { from: string; to: string; weight?: number }[] }
  | SeriesFile
  | { format: 'coordinates'; ids: string[]; points: [number, number][] };

/**
 * A node's scores from a second spec (`coupling` with `params.with.spec`), built by io: values year-major
 * over `regions` × `years`, like a Panel column.
 */
export interface SeriesFile {
  format: 'series';
  node: string;
  name: LocalizedName;
  regions: string[];
  years: number[];
  values: number[];
}

export interface AnalysisContext {
  /** The spec's root seed; random analyses derive their streams from (seed, id, …). */
  seed: number;
  id: string;
  /** JSON Pointer of the analysis in the spec, e.g. /analyses/3, for error locations. */
  pointer: string;
  /** Parsed neighbour files, keyed by the path as written in the spec. */
  files: Record<string, NeighborFile>;
}

/** One entry of the analysis registry, like MethodDefinition for steps. */
export interface AnalysisDefinition<P = any> {
  op: string;
  method: string;
  title: LocalizedName;
  summary: LocalizedName;
  /**
   * The names of every table it returns ('' = the main one), known before it runs, so resolveAnalyses can
   * prove the output files `analyses/<id>[-<table>].csv` distinct before any computation (issue 17).
   */
  tables: readonly string[];
  /** Parameter schema with defaults; strict, so unknown keys are errors. */
  params: z.ZodType<P>;
  run(build: Build, params: P, ctx: AnalysisContext): AnalysisTable[];
}
