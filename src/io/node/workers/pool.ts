import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NqpfError, NqpfErrors, type Build } from '../../../core/index.js';
import { prepareUncertainty, summarizeUncertainty, type UncertaintyOptions, type UncertaintyResult } from '../../../core/uncertainty/analysis.js';
import { createExecutor, type RowsOutput } from '../../../core/uncertainty/execute.js';
import type { UncertaintyPlan } from '../../../core/uncertainty/plan.js';
import type { SerializedError, WorkerReply, WorkerSetup } from './uncertainty-worker.js';

export interface ParallelOptions extends UncertaintyOptions {
  /** Worker threads; 1 runs in this thread. Default: the machine's available parallelism. */
  workers?: number;
  /** Called after each finished chunk with the runs done so far. */
  onProgress?: (doneRuns: number, totalRuns: number) => void;
  /** Aborting stops handing out rows; rows already running finish and are kept. */
  signal?: AbortSignal;
  /** false: this thread only hands out rows, the `workers` worker threads run them all (default true). */
  inline?: boolean;
}

export interface ParallelResult {
  result: UncertaintyResult;
  interrupted: boolean;
  /** Threads that actually ran rows (1 = in process). */
  threads: number;
}

/**
 * Run an uncertainty or sensitivity analysis over threads: this one plus `workers − 1` worker threads.
 * Rows of the design are handed out in small chunks to whichever thread is free — this thread starts at
 * once, workers join as soon as they have booted — and each chunk's numbers depend only on (seed, row), so
 * the result is byte-identical for any number of workers. Workers start from compiled JavaScript (dist/)
 * or, when nqpf runs from its TypeScript sources, through boot.mjs.
 */
export async function runUncertaintyParallel(document: unknown, build: Build, options: ParallelOptions = {}): Promise<ParallelResult> {
  const plan = prepareUncertainty(build, options);
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), plan.rows));
  const chunkRows = Math.max(1, Math.ceil(plan.rows / (threads * 32)));
  const chunks: [number, number][] = [];
  for (let from = 0; from < plan.rows; from += chunkRows) chunks.push([from, Math.min(plan.rows, from + chunkRows)]);
  const entry = threads > 1 ? workerEntry() : null;
  const setup: WorkerSetup = { document, inputs: build.inputs, options: { type: plan.type, runs: plan.rows } };
  const inline = options.inline ?? true;
  const pool = entry ? { entry, count: inline ? threads - 1 : threads, setup } : null;
  const { outputs, used } = await schedule(build, plan, chunks, pool, { ...options, inline: inline || pool === null });
  const done = outputs.reduce((n, o) => n + o.toRow - o.fromRow, 0);
  return { result: summarizeUncertainty(build, plan, outputs, options), interrupted: done < plan.rows, threads: used };
}

/** The worker script: compiled .js next to this module, or boot.mjs + the .ts entry when running from sources. */
function workerEntry(): { url: URL; entry?: string } | null {
  const own = new URL(import.meta.url);
  if (own.pathname.endsWith('.js')) return { url: new URL('./uncertainty-worker.js', own) };
  const boot = new URL('./boot.mjs', own);
  return existsSync(fileURLToPath(boot)) ? { url: boot, entry: new URL('./uncertainty-worker.ts', own).href } : null;
}

interface WorkerPlan {
  entry: { url: URL; entry?: string };
  count: number;
  setup: WorkerSetup;
}

function schedule(
  build: Build,
  plan: UncertaintyPlan,
  chunks: [number, number][],
  pool: WorkerPlan | null,
  options: ParallelOptions,
): Promise<{ outputs: RowsOutput[]; used: number }> {
  return new Promise((resolve, reject) => {
    const outputs: RowsOutput[] = [];
    const workers: Worker[] = [];
    const ran = new Set<unknown>();
    let next = 0;
    let busy = 0;
    let mainDone = false;
    let settled = false;
    let doneRuns = 0;
    const finish = (error?: unknown) => {
      if (settled) return;
      if (!error && (busy > 0 || !mainDone)) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve({ outputs, used: Math.max(1, ran.size) });
    };
    const take = (): [number, number] | null => (options.signal?.aborted || next >= chunks.length ? null : chunks[next++]);
    const record = (out: RowsOutput, by: unknown) => {
      outputs.push(out);
      ran.add(by);
      doneRuns += (out.toRow - out.fromRow) * plan.runsPerRow;
      options.onProgress?.(doneRuns, plan.totalRuns);
    };
    const dispatch = (worker: Worker) => {
      const chunk = take();
      if (!chunk) return finish();
      busy++;
      worker.postMessage({ fromRow: chunk[0], toRow: chunk[1] });
    };
    for (let w = 0; w < (pool?.count ?? 0); w++) {
      const worker = new Worker(pool!.entry.url, { workerData: { ...pool!.setup, entry: pool!.entry.entry } });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'error') return finish(deserializeError(reply.error));
        if (reply.type === 'rows') {
          busy--;
          record({ fromRow: reply.fromRow, toRow: reply.toRow, scores: reply.scores, ranks: reply.ranks, failures: reply.failures }, worker);
        }
        dispatch(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`uncertainty worker exited with code ${code}`));
      });
    }
    // This thread works too, one chunk at a time, yielding between chunks to workers' messages and Ctrl-C.
    const execute = createExecutor(build, plan);
    const loop = () => {
      if (settled) return;
      if (!options.inline) {
        mainDone = true;
        return;
      }
      const chunk = take();
      if (!chunk) {
        mainDone = true;
        return finish();
      }
      try {
        record(execute(chunk[0], chunk[1]), 'main');
      } catch (error) {
        return finish(error);
      }
      setImmediate(loop);
    };
    setImmediate(loop);
  });
}

function deserializeError(error: SerializedError): Error {
  if (!Array.isArray(error)) return Object.assign(new Error(error.message), { stack: error.stack });
  const errors = error.map((e) => new NqpfError(e.code, e.params, e.where));
  return errors.length === 1 ? errors[0] : new NqpfErrors(errors);
}
