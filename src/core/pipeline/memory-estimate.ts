import { NqpfError } from '../errors/nqpf-error.js';
import type { Framework, Panel } from '../model/types.js';
import type { ResolvedSpec } from '../spec/schema.js';

/** Bytes of JavaScript heap the engine itself takes before any data (code, registries, the report's charts). */
const BASE_BYTES = 200 * 1024 * 1024;
/**
 * Bytes per indicator value per step: the state's Float64Array value and mask (9), and the long output
 * row each step writes (an array of four cells and its CSV text, ~150 measured on a provincial build).
 */
const BYTES_PER_VALUE_STEP = 160;
/** Bytes per node score: score and rank (16), their rows in scores.csv and the report (~150). */
const BYTES_PER_SCORE = 170;

/**
 * An upper estimate of the memory one build of `spec` over `panel` needs, from its size alone (pure): every
 * step's state and output rows are counted as if none were shared. `copies` builds held at once (worker
 * threads of `sensitivity`) multiply it.
 *
 * @example estimateRunBytes({ regions: 31, years: 12, indicators: 40, nodes: 50 }, 5) // => 229_542_800
 */
export function estimateRunBytes(shape: { regions: number; years: number; indicators: number; nodes: number }, steps: number, copies = 1): number {
  const cells = shape.regions * shape.years;
  return BASE_BYTES + copies * cells * (shape.indicators * (steps + 2) * BYTES_PER_VALUE_STEP + shape.nodes * BYTES_PER_SCORE);
}

/** The shape estimateRunBytes needs, from the inputs as read. */
export function buildShape(panel: Panel, framework: Framework): { regions: number; years: number; indicators: number; nodes: number } {
  return { regions: panel.regions.length, years: panel.years.length, indicators: Object.keys(panel.columns).length, nodes: framework.nodes.length };
}

/**
 * Refuse a build whose estimate exceeds the memory the machine has free (passed in by the caller: core
 * has no access to the machine), before any work starts, with both numbers in MiB.
 */
export function refuseOverMemory(spec: ResolvedSpec, panel: Panel, framework: Framework, availableBytes: number, copies = 1): void {
  const needed = estimateRunBytes(buildShape(panel, framework), spec.steps.length, copies);
  if (needed > availableBytes) {
    const mib = (bytes: number) => Math.ceil(bytes / 1024 / 1024);
    const shape = buildShape(panel, framework);
    throw new NqpfError('MEMORY_ESTIMATE', { needed: mib(needed), available: mib(availableBytes), regions: shape.regions, years: shape.years, indicators: shape.indicators }, { pointer: '/data' });
  }
}
