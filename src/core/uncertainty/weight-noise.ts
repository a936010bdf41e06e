import { z } from 'zod';
import type { Framework } from '../model/types.js';
import type { MethodDefinition, PipelineState } from '../pipeline/types.js';
import type { ResolvedStep } from '../spec/schema.js';
import { createRandom } from '../stats/random.js';

/** `noise: 0.25` (every level) or `noise: { levels: { "2": 0.25, "3": 0.25 } }`. */
export const weightNoiseSchema = z.union([
  z.number().gt(-1).lt(1),
  z.object({ levels: z.record(z.string().regex(/^\d+$/), z.number().min(0).lt(1)) }).strict(),
]);
export type WeightNoise = z.infer<typeof weightNoiseSchema>;

/**
 * 权重噪声 / Weight noise: each weight at the chosen levels is multiplied by (1 + U(−n, n)), the draws
 * coming from createRandom(seed, step id, draw), one per node in framework order (COINr
 * `get_noisy_weights`; the vignette uses n = 0.25 on levels 2 and 3). A number n applies to every level
 * with amplitude |n| (so a continuous factor `{ uniform: [-0.25, 0.25] }` is valid).
 * Edge cases: n = 0 or no listed level leaves the weights as they were; |n| < 1 keeps every weight > 0.
 *
 * @example perturbWeights(framework, { a: 1, b: 1 }, 0.25, 42, 'weight', 0) // => { a: 1.07…, b: 0.81… }
 */
export function perturbWeights(
  framework: Framework,
  weights: Record<string, number>,
  noise: WeightNoise,
  seed: number,
  stepId: string,
  draw: number,
): Record<string, number> {
  const amplitude = (level: number): number => (typeof noise === 'number' ? Math.abs(noise) : (noise.levels[String(level)] ?? 0));
  const random = createRandom(seed, stepId, draw);
  const out: Record<string, number> = {};
  for (const code in weights) out[code] = weights[code]; // a loop: spreading a large record is several times slower
  for (const node of framework.nodes) {
    if (node.parent === null) continue;
    const n = amplitude(node.level);
    if (n > 0) out[node.code] = weights[node.code] * (1 + n * (2 * random.next() - 1));
  }
  return out;
}

export function hasNoise(noise: WeightNoise | undefined): noise is WeightNoise {
  if (noise === undefined) return false;
  return typeof noise === 'number' ? noise !== 0 : Object.values(noise.levels).some((n) => n > 0);
}

/** Apply a step's noise to the weights a weighting produced. */
export function applyWeightNoise(state: PipelineState, noise: WeightNoise, seed: number, stepId: string, draw: number): PipelineState {
  return { ...state, weights: perturbWeights(state.framework, state.weights, noise, seed, stepId, draw), scores: null, ranks: null };
}

/**
 * A weight step split into the weighting itself and its noise, so uncertainty runs can reuse the
 * (costly) weighting across runs that differ only in the noise draw. Null when the step has no noise.
 */
export function splitNoise(step: ResolvedStep): { inner: ResolvedStep; noise: WeightNoise; draw: number } | null {
  if (step.op !== 'weight') return null;
  const { noise, draw, ...rest } = step.params as { noise?: WeightNoise; draw?: number };
  if (!hasNoise(noise)) return null;
  return { inner: { ...step, params: rest }, noise, draw: draw ?? 0 };
}

/**
 * Give a weighting method the optional params `noise` and `draw` (the random stream: run k of an
 * uncertainty analysis sets draw k). Without noise the method runs unchanged, and its resolved params
 * stay as they were.
 */
export function withWeightNoise<P>(method: MethodDefinition<P>): MethodDefinition {
  if (!(method.params instanceof z.ZodObject)) return method;
  const params = method.params.extend({ noise: weightNoiseSchema.optional(), draw: z.number().int().min(0).optional() });
  return {
    ...method,
    params,
    run: (state, p: Record<string, unknown>, ctx) => {
      const { noise, draw, ...rest } = p as { noise?: WeightNoise; draw?: number };
      const out = method.run(state, rest as P, ctx);
      return hasNoise(noise) ? applyWeightNoise(out, noise, ctx.seed, ctx.stepId, draw ?? 0) : out;
    },
  };
}
