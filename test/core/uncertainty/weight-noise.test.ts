import { describe, expect, it } from 'vitest';
import { findMethod, resolveSpec } from '../../../src/core/index.js';
import { perturbWeights } from '../../../src/core/uncertainty/weight-noise.js';
import { buildSpec } from '../../helpers/build.js';

const framework = { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' };
const data = { format: 'coinr', path: 'data/coinr-asem/iData.csv' };
const nominal = buildSpec({ framework, data, steps: [{ op: 'normalize' }, { op: 'aggregate' }] });
const fw = Object.freeze(nominal.results.framework);
const weights = Object.freeze(Object.fromEntries(nominal.results.weights.filter((w) => w.parent).map((w) => [w.node, w.weight])));

describe('weight noise', () => {
  it('perturbWeights: levels 2 and 3 at ±25% (COINr get_noisy_weights vignette) move only those levels, within the bounds', () => {
    const noisy = perturbWeights(fw, weights, { levels: { '2': 0.25, '3': 0.25 } }, 1, 'weight', 0);
    for (const node of fw.nodes.filter((n) => n.parent)) {
      const ratio = noisy[node.code] / weights[node.code];
      if (node.level === 2 || node.level === 3) {
        expect(ratio).toBeGreaterThanOrEqual(0.75);
        expect(ratio).toBeLessThanOrEqual(1.25);
      } else {
        expect(ratio, node.code).toBe(1);
      }
    }
    expect(Object.keys(noisy).filter((c) => noisy[c] !== weights[c]).length).toBe(fw.nodes.filter((n) => n.level === 2 || n.level === 3).length);
  });

  it('perturbWeights: the draw depends only on (seed, step id, draw); a negative amplitude means its absolute value', () => {
    expect(perturbWeights(fw, weights, 0.2, 1, 'weight', 5)).toEqual(perturbWeights(fw, weights, 0.2, 1, 'weight', 5));
    expect(perturbWeights(fw, weights, 0.2, 1, 'weight', 5)).not.toEqual(perturbWeights(fw, weights, 0.2, 1, 'weight', 6));
    expect(perturbWeights(fw, weights, -0.2, 1, 'weight', 5)).toEqual(perturbWeights(fw, weights, 0.2, 1, 'weight', 5));
    expect(perturbWeights(fw, weights, 0, 1, 'weight', 5)).toEqual(weights);
  });

  it('weight methods: take optional noise and draw; without them the resolved params are unchanged', () => {
    const spec = resolveSpec({ framework, data, steps: [{ op: 'weight', method: 'entropy' }, { op: 'weight', id: 'w2', method: 'fixed', params: { noise: 0.1, draw: 3 } }] });
    expect(spec.steps[0].params).not.toHaveProperty('noise');
    expect(spec.steps[1].params).toMatchObject({ noise: 0.1, draw: 3 });
    expect(findMethod('weight', 'entropy')!.params.safeParse({ noise: 1.5 }).success).toBe(false);
  });

  it('run: a fixed weight step with noise gives the perturbed weights of perturbWeights', () => {
    const build = buildSpec({ framework, data, seed: 7, steps: [{ op: 'normalize' }, { op: 'weight', params: { noise: { levels: { '2': 0.25 } }, draw: 2 } }, { op: 'aggregate' }] });
    const expected = perturbWeights(fw, weights, { levels: { '2': 0.25 } }, 7, 'weight', 2);
    for (const w of build.results.weights.filter((x) => x.parent)) expect(w.weight, w.node).toBe(expected[w.node]);
  });
});
