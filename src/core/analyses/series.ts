import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';
import { childrenOf, indicatorsOf, rootOf } from '../framework/tree.js';
import type { Framework, FrameworkNode } from '../model/types.js';
import type { Build } from '../pipeline/run.js';

/** Shared parameter schemas: the node an analysis reads (default: the index) and a year (default: the last). */
export const nodeParam = z.string().min(1).optional();
export const yearParam = z.union([z.number().int(), z.literal('last'), z.literal('first')]).default('last');
export const rescaleParam = z.enum(['auto', 'min-max', 'none']).default('auto');

/** The scores of a node (the index when `node` is undefined), year-major as Panel columns. */
export function nodeSeries(build: Build, node: string | undefined, pointer: string): { code: string; values: Float64Array } {
  const code = node ?? rootOf(build.results.framework).code;
  const values = build.results.scores[code];
  if (!values) {
    const known = build.results.framework.nodes.map((n) => n.code).join(', ');
    throw new NqpfError('ANALYSIS_UNKNOWN_NODE', { node: code, known }, { pointer: `${pointer}/params/node` });
  }
  return { code, values };
}

/** Index of a year in the build ('last' / 'first' or a year that exists); `paramPointer` locates the parameter. */
export function yearIndex(build: Build, year: number | 'last' | 'first', paramPointer: string): number {
  const { years } = build.results;
  const t = year === 'last' ? years.length - 1 : year === 'first' ? 0 : years.indexOf(year);
  if (t < 0) throw new NqpfError('ANALYSIS_UNKNOWN_YEAR', { year, years: years.join(', ') }, { pointer: paramPointer });
  return t;
}

/** Year t of a year-major column: one value per region. */
export function crossSection(values: ArrayLike<number>, regionCount: number, t: number): Float64Array {
  const out = new Float64Array(regionCount);
  for (let r = 0; r < regionCount; r++) out[r] = values[t * regionCount + r];
  return out;
}

/** Each region's label in a grouping (Region.groups[key]); every region must have one. */
export function groupLabels(build: Build, key: string, pointer: string): string[] {
  return build.results.regions.map((region) => {
    const label = region.groups[key];
    if (label === undefined || label === '') {
      throw new NqpfError('ANALYSIS_GROUP_MISSING', { region: region.code, groups: key }, { pointer: `${pointer}/params/groups` });
    }
    return label;
  });
}

/** The dimensions: the children of the index, in framework order. */
export function dimensionsOf(framework: Framework): FrameworkNode[] {
  return childrenOf(framework).get(rootOf(framework).code) ?? [];
}

/** For each indicator (framework order), the dimension it belongs to (itself when it hangs on the index). */
export function dimensionOfIndicators(framework: Framework): string[] {
  const dims = new Set(dimensionsOf(framework).map((d) => d.code));
  const byCode = new Map(framework.nodes.map((n) => [n.code, n]));
  return indicatorsOf(framework).map((indicator) => {
    let node = indicator;
    while (!dims.has(node.code) && node.parent !== null) node = byCode.get(node.parent)!;
    return node.code;
  });
}

/**
 * Columns brought into [0, 1] for methods defined on that interval (obstacle degree, coupling coordination).
 * 'auto': used as they are when every value already lies in [0, 1] (e.g. min-max [0, 1] normalisation), else
 * each column is min-max rescaled over all regions and years pooled, (x − min)/(max − min), so the best observed
 * value becomes 1 and the worst 0; 'min-max' always rescales; 'none' never does (the kernel then rejects values
 * outside [0, 1]). A constant column cannot be rescaled → `ANALYSIS_CONSTANT_NODE`.
 */
export function toUnitInterval(
  columns: { code: string; values: Float64Array }[],
  rescale: 'auto' | 'min-max' | 'none',
  pointer: string,
): { columns: Float64Array[]; rescaled: boolean } {
  const inRange = columns.every((c) => c.values.every((v) => Number.isNaN(v) || (v >= 0 && v <= 1)));
  if (rescale === 'none' || (rescale === 'auto' && inRange)) return { columns: columns.map((c) => c.values), rescaled: false };
  return {
    rescaled: true,
    columns: columns.map(({ code, values }) => {
      let lo = Infinity;
      let hi = -Infinity;
      for (const v of values) {
        if (Number.isNaN(v)) continue;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
      if (!(hi > lo)) throw new NqpfError('ANALYSIS_CONSTANT_NODE', { node: code }, { pointer: `${pointer}/params/rescale` });
      return values.map((v) => (v - lo) / (hi - lo));
    }),
  };
}

/** A node's name in both languages, for tables and generated text. */
export function nodeNames(framework: Framework): Map<string, { zh: string; en: string }> {
  return new Map(framework.nodes.map((n) => [n.code, n.name]));
}
