/**
 * 稳健性 / Robustness: the spec's `uncertainty:` block run in the diagnostics worker, row chunk by row chunk
 * (src/core's createExecutor; each run depends only on (seed, run index), so the numbers equal the CLI's
 * `nqpf sensitivity` for the same spec and seed), with progress after every chunk and a pause between
 * chunks where a cancel stops the run and the finished rows are summarised (summarizeUncertainty).
 */
import { createExecutor, prepareUncertainty, summarizeUncertainty, type Build, type RowsOutput } from '../../../src/core/index.js';
import type { Progress, RobustnessView } from './protocol.js';

/** Chunks per analysis: small enough for a smooth progress bar and a prompt cancel. */
const CHUNKS = 100;

export interface RobustnessRun {
  build: Build;
  onProgress: (progress: Progress) => void;
  /** After each chunk: 'go' on, 'stop' (cancelled: summarise what finished) or 'drop' (superseded: no reply). */
  checkpoint: () => Promise<'go' | 'stop' | 'drop'>;
}

/** Run the analysis in chunks; null when a newer run superseded it. */
export async function computeRobustness({ build, onProgress, checkpoint }: RobustnessRun): Promise<RobustnessView | null> {
  const started = performance.now();
  const plan = prepareUncertainty(build);
  const execute = createExecutor(build, plan);
  const chunkRows = Math.max(1, Math.ceil(plan.rows / CHUNKS));
  const outputs: RowsOutput[] = [];
  let doneRows = 0;
  let interrupted = false;
  for (let from = 0; from < plan.rows; from += chunkRows) {
    const out = execute(from, Math.min(plan.rows, from + chunkRows));
    outputs.push(out);
    doneRows += out.toRow - out.fromRow;
    const doneRuns = doneRows * plan.runsPerRow;
    onProgress({ done: doneRuns, total: plan.totalRuns, step: 'robustness', perSecond: doneRuns / Math.max(1e-3, (performance.now() - started) / 1000) });
    if (doneRows === plan.rows) break;
    const next = await checkpoint();
    if (next === 'drop') return null;
    if (next === 'stop') {
      interrupted = true;
      break;
    }
  }
  const result = summarizeUncertainty(build, plan, outputs);
  const pick = (key: 'nominalRank' | 'medianRank' | 'q05Rank' | 'q95Rank') => Float64Array.from(result.intervals, (c) => c[key]);
  return {
    specHash: build.specHash,
    type: plan.type,
    target: plan.target,
    factors: plan.factors.map((f) => ({ name: f.name, values: f.values ? f.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ') : `U(${f.uniform![0]}, ${f.uniform![1]})` })),
    rows: plan.rows,
    completedRuns: result.completedRows * plan.runsPerRow,
    totalRuns: plan.totalRuns,
    failedRuns: result.failures.length,
    interrupted,
    computeMs: performance.now() - started,
    nominalRank: pick('nominalRank'),
    medianRank: pick('medianRank'),
    q05Rank: pick('q05Rank'),
    q95Rank: pick('q95Rank'),
    indices: result.indices?.map((s) => ({ ...s })) ?? null,
  };
}
