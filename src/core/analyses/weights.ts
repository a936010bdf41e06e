import { z } from 'zod';
import { inverseDistanceWeights, type SpatialWeights, weightsFromEdgeList, weightsFromNeighbors } from '../diagnose/spatial-weights.js';
import { NqpfError } from '../errors/nqpf-error.js';
import { CHINA_CONTIGUITY } from '../regions/china-contiguity.js';
import type { Build } from '../pipeline/run.js';
import type { AnalysisContext } from './types.js';

/**
 * Where spatial weights come from: 'auto' (the bundled province contiguity when every region is a Chinese
 * province), 'china-contiguity', or the path of a GAL file or CSV edge list (from,to[,weight]) relative to the
 * spec — io reads it (src/io/node/analysis-inputs.ts) and hands it in parsed, keyed by this string.
 */
export const weightsParam = z
  .union([
    z.string().min(1),
    /** Inverse-distance weights 1/d^power from a CSV of planar coordinates (region, x, y): k nearest or a distance band. */
    z
      .object({
        coordinates: z.string().min(1),
        k: z.number().int().min(1).max(100).optional(),
        threshold: z.number().positive().optional(),
        power: z.number().positive().default(1),
      })
      .strict()
      .refine((o) => (o.k === undefined) !== (o.threshold === undefined), 'give exactly one of k and threshold'),
  ])
  .default('auto');

export type WeightsSource = z.infer<typeof weightsParam>;

/** Weights names that are not files. */
/** Inverse-distance weights over the build's regions from the coordinates file io read (every region must be in it). */
function fromCoordinates(codes: string[], source: Exclude<WeightsSource, string>, rowStandardize: boolean, ctx: AnalysisContext): SpatialWeights {
  const pointer = `${ctx.pointer}/params/weights/coordinates`;
  const file = ctx.files[source.coordinates];
  if (!file || file.format !== 'coordinates') throw new NqpfError('ANALYSIS_WEIGHTS_NOT_LOADED', { path: source.coordinates }, { pointer });
  const at = new Map(file.ids.map((id, i) => [id, i]));
  const points = codes.map((code) => {
    const i = at.get(code);
    if (i === undefined) throw new NqpfError('ANALYSIS_WEIGHTS_UNKNOWN_REGION', { region: code, source: source.coordinates }, { pointer });
    return file.points[i];
  });
  return inverseDistanceWeights(points, { k: source.k, threshold: source.threshold, power: source.power, rowStandardize });
}

export const BUILT_IN_WEIGHTS: readonly string[] = ['auto', 'china-contiguity'];

/**
 * The spatial weights over the build's regions, in region order. Neighbours that are not regions of the build
 * (e.g. dropped by a screen step) are left out, so W is the sub-matrix of the file's; every region must be listed
 * (GAL, bundled contiguity) — an edge list cannot list an island, so there a region without edges is one.
 * Bundled contiguity: queen adjacency with Hainan joined to Guangdong (src/core/regions/china-contiguity.ts).
 */
export function spatialWeightsFor(build: Build, source: WeightsSource, rowStandardize: boolean, ctx: AnalysisContext): SpatialWeights {
  const pointer = `${ctx.pointer}/params/weights`;
  const codes = build.results.regions.map((r) => r.code);
  if (typeof source !== 'string') return fromCoordinates(codes, source, rowStandardize, ctx);
  const index = new Map(codes.map((c, i) => [c, i]));
  const fromLists = (listOf: (code: string) => readonly string[] | undefined, shownAs: string): SpatialWeights =>
    weightsFromNeighbors(
      codes.map((code) => {
        const list = listOf(code);
        if (list === undefined) throw new NqpfError('ANALYSIS_WEIGHTS_UNKNOWN_REGION', { region: code, source: shownAs }, { pointer });
        return list.filter((c) => index.has(c)).map((c) => index.get(c)!);
      }),
      { rowStandardize },
    );
  if (BUILT_IN_WEIGHTS.includes(source)) {
    if (source === 'auto' && !codes.every((c) => c in CHINA_CONTIGUITY)) {
      throw new NqpfError('ANALYSIS_WEIGHTS_NEEDED', { region: codes.find((c) => !(c in CHINA_CONTIGUITY)) }, { pointer });
    }
    return fromLists((code) => CHINA_CONTIGUITY[code], source);
  }
  const file = ctx.files[source];
  if (!file || file.format === 'series' || file.format === 'coordinates') throw new NqpfError('ANALYSIS_WEIGHTS_NOT_LOADED', { path: source }, { pointer });
  if (file.format === 'gal') {
    const lists = new Map(file.ids.map((id, i) => [id, file.neighbors[i].map((j) => file.ids[j])]));
    return fromLists((code) => lists.get(code), source);
  }
  const rows = file.rows.filter((row) => index.has(row.from) && index.has(row.to));
  return weightsFromEdgeList(rows, codes, { rowStandardize });
}
