import { NqpfError } from '../errors/nqpf-error.js';
import type { Framework, Panel } from '../model/types.js';
import type { ResolvedSpec } from '../spec/schema.js';

/*
 * Calibrated (issue 17) against the peak RSS of `nqpf run` (GNU time %M, Node 22, 2 cores) on synthetic
 * county panels from bench/scale-data.mjs (min-max, entropy, arithmetic: 3 steps; five analyses; report and
 * workbook written), as regions × years × indicators → MiB, with and without steps/*.csv:
 *   200 × 10 × 20 → 336 / 314;  500 × 10 × 50 → 456 / 400;  1,000 × 15 × 60 → 547 / 547;
 *   2,850 × 10 × 100 → 735 / 745.
 * Model: RSS = 360 MiB + region-years × (indicators × (steps + 2) × 40 B + nodes × 16 B). Its error on
 * those runs is −10 % to +30 % (it leans high at the largest size, where a refusal matters). Below ~10,000
 * values it is the base alone and overestimates (a 6 × 2 × 4 workbook peaks at 138 MiB): V8 grows its heap
 * lazily, so the peak of a small run is what V8 chose, not what the run needs. The earlier, uncalibrated
 * constants (200 MiB, 160 B, 170 B) overestimated the county panel 3.9×.
 */
/** MiB the engine takes before the data's own share: code, registries, V8's heap headroom, report and workbook. */
const BASE_BYTES = 360 * 1024 * 1024;
/** Bytes per indicator value per step (+2: the raw panel and the final state), fitted as above. */
const BYTES_PER_VALUE_STEP = 40;
/** Bytes per node score (score and rank as Float64Array). */
const BYTES_PER_SCORE = 16;

/**
 * An estimate (calibrated above) of the memory one build of `spec` over `panel` needs, from its size alone (pure): every
 * step's state and output rows are counted as if none were shared. `copies` builds held at once (worker
 * threads of `sensitivity`) multiply it.
 *
 * @example estimateRunBytes({ regions: 31, years: 12, indicators: 40, nodes: 50 }, 5) // => 381_951_360
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
