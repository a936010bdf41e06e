import { findMethod } from '../pipeline/registry.js';
import { droppedNodes, type Build } from '../pipeline/run.js';
import type { PipelineState } from '../pipeline/types.js';
import { canonicalJson } from '../spec/canonical.js';
import type { ResolvedStep } from '../spec/schema.js';
import { indicatorColumns } from '../weight/apply.js';
import { applyWeightNoise, splitNoise } from './weight-noise.js';

/**
 * 前缀缓存 / Prefix-cached execution of perturbed step lists. The state after steps 0..k is kept under the
 * canonical JSON of those steps, so a run re-executes only from its first step that no earlier run (nor the
 * nominal build) has computed with the same prefix; a weight step with noise caches the weighting before the
 * noise (states after a noise draw are not kept: no other run shares them). Least-recently-used states are dropped beyond `capacity`. Rank steps are skipped: the caller ranks
 * only the target. Returns the target node's scores (a fresh or shared array: do not mutate).
 */
export function createPrefixRunner(build: Build, target: string, capacity = 64): (steps: readonly ResolvedStep[]) => Float64Array {
  const cache = new Map<string, PipelineState>();
  // Each distinct step gets a small number; a prefix key is the list of numbers (short strings hash fast).
  const ids = new Map<string, number>();
  const keys = new WeakMap<object, string>();
  const idOf = (step: ResolvedStep): string => {
    const json = canonicalJson([step.id, step.op, step.method, step.params]);
    let id = ids.get(json);
    if (id === undefined) ids.set(json, (id = ids.size));
    return String(id);
  };
  const stepKey = (step: ResolvedStep): string => {
    let key = keys.get(step);
    if (key === undefined) keys.set(step, (key = idOf(step)));
    return key;
  };
  const remember = (key: string, state: PipelineState): void => {
    cache.set(key, state);
    if (cache.size > capacity) cache.delete(cache.keys().next().value!);
  };
  const recall = (key: string): PipelineState | undefined => {
    const state = cache.get(key);
    if (state !== undefined) {
      cache.delete(key);
      cache.set(key, state);
    }
    return state;
  };
  const seed = build.spec.seed;
  const dropped = droppedNodes([...build.loadNotes, ...build.steps.flatMap((r) => r.notes)]);
  const execute = (state: PipelineState, step: ResolvedStep, index: number): PipelineState =>
    findMethod(step.op, step.method)!.run(state, step.params, { stepId: step.id, stepIndex: index, seed, notes: [], dropped });

  let prefix = '';
  build.spec.steps.forEach((step, k) => {
    prefix += `.${stepKey(step)}`;
    remember(prefix, build.trace[k + 1]);
  });

  return (steps) => {
    let state = build.trace[0];
    let key = '';
    let unique = false;
    for (let k = 0; k < steps.length; k++) {
      const step = steps[k];
      if (step.op === 'rank') continue;
      const noisy = splitNoise(step);
      if (noisy) {
        // the weighting before the noise is shared by every draw; what follows the draw is this run's own
        const innerKey = `${key}.${idOf(noisy.inner)}`;
        let inner = unique ? undefined : recall(innerKey);
        if (!inner) {
          inner = execute(state, noisy.inner, k);
          if (!unique) remember(innerKey, inner);
        }
        state = applyWeightNoise(inner, noisy.noise, seed, step.id, noisy.draw);
        unique = true;
        continue;
      }
      const full = `${key}.${stepKey(step)}`;
      const hit = unique ? undefined : recall(full);
      if (hit) {
        state = hit;
      } else {
        state = execute(state, step, k);
        if (!unique) remember(full, state);
      }
      key = full;
    }
    if (state.scores) return state.scores[target];
    const { codes, columns } = indicatorColumns(state);
    return columns[codes.indexOf(target)];
  };
}
