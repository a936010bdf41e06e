import { NqpfError, NqpfErrors } from '../errors/nqpf-error.js';
import type { Build } from '../pipeline/run.js';
import { createPerturber } from './perturb.js';
import type { UncertaintyPlan } from './plan.js';
import { rankCells } from './rank-cells.js';
import { createPrefixRunner } from './runner.js';

/** A run that could not be built (e.g. a geometric mean fed a negative z-score): its results stay missing. */
export interface RunFailure {
  run: number;
  code: string;
  message: string;
}

/** The target's scores and ranks of runs [fromRow·runsPerRow, toRow·runsPerRow), run-major (run × cell). */
export interface RowsOutput {
  fromRow: number;
  toRow: number;
  scores: Float64Array;
  ranks: Float64Array;
  failures: RunFailure[];
}

/** Every run's target scores and ranks, run-major (run × cell), for executors to write into in place. */
export interface RunStore {
  scores: Float64Array;
  ranks: Float64Array;
}

/**
 * Executes rows of the design on one thread. Each run depends only on (seed, run index) and on the nominal
 * build, so any split of the rows between threads gives the same numbers. With a `store` (e.g. shared by
 * worker threads) the rows are written there and the output's arrays are views of it.
 */
export function createExecutor(build: Build, plan: UncertaintyPlan): (fromRow: number, toRow: number, store?: RunStore) => RowsOutput {
  const perturb = createPerturber(build.spec, plan);
  const runSteps = createPrefixRunner(build, plan.target);
  const regions = build.results.regions.length;
  const years = build.results.years.length;
  const cells = regions * years;
  const order = new Uint32Array(2 * regions);
  return (fromRow, toRow, store) => {
    const first = fromRow * plan.runsPerRow;
    const count = (toRow - fromRow) * plan.runsPerRow;
    const scores = store ? store.scores.subarray(first * cells, (first + count) * cells) : new Float64Array(count * cells);
    const ranks = store ? store.ranks.subarray(first * cells, (first + count) * cells) : new Float64Array(count * cells);
    const failures: RunFailure[] = [];
    for (let k = 0; k < count; k++) {
      const run = first + k;
      const at = k * cells;
      try {
        const target = runSteps(perturb(run).steps);
        scores.set(target, at);
        rankCells(target, regions, years, ranks.subarray(at, at + cells), order);
      } catch (error) {
        if (!(error instanceof NqpfError || error instanceof NqpfErrors)) throw error;
        scores.fill(NaN, at, at + cells);
        ranks.fill(NaN, at, at + cells);
        const cause = error instanceof NqpfErrors ? error.errors[0] : error;
        failures.push({ run, code: cause.code, message: cause.format('en') });
      }
    }
    return { fromRow, toRow, scores, ranks, failures };
  };
}
