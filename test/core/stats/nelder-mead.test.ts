// Nelder–Mead against functions whose minima are known in closed form.
import { describe, expect, it } from 'vitest';
import { nelderMead } from '../../../src/core/stats/nelder-mead.js';

const rosenbrock = (x: Float64Array) => 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2;

describe('nelderMead', () => {
  it('nelderMead: the doc example reaches the quadratic minimum (1, −2)', () => {
    const result = nelderMead(([x, y]) => (x - 1) ** 2 + (y + 2) ** 2, [0, 0]);
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(-2, 4);
  });

  it('nelderMead: Rosenbrock from (−1.2, 1) reaches (1, 1), f = 0 (Rosenbrock 1960; the start of R optim\'s help example)', () => {
    const result = nelderMead(rosenbrock, [-1.2, 1], { tolerance: 1e-14, maxIterations: 5000 });
    expect(result.converged).toBe(true);
    expect(result.x[0]).toBeCloseTo(1, 4);
    expect(result.x[1]).toBeCloseTo(1, 4);
    expect(result.value).toBeLessThan(1e-9);
  });

  it('nelderMead: a 5-dimensional anisotropic quadratic Σ k (x_k − k)² reaches x = (1, …, 5)', () => {
    const f = (x: Float64Array) => x.reduce((s, v, k) => s + (k + 1) * (v - (k + 1)) ** 2, 0);
    const result = nelderMead(f, [0, 0, 0, 0, 0], { tolerance: 1e-16, maxIterations: 20000 });
    result.x.forEach((v, k) => expect(v).toBeCloseTo(k + 1, 3));
  });

  it('nelderMead: stops at maxIterations with converged false; a non-finite f is treated as +Infinity', () => {
    const capped = nelderMead(rosenbrock, [-1.2, 1], { maxIterations: 3 });
    expect(capped).toMatchObject({ iterations: 3, converged: false });
    const walled = nelderMead(([x]) => (x < 0 ? NaN : (x - 2) ** 2), [0.5]);
    expect(walled.x[0]).toBeCloseTo(2, 4);
  });
});
