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
}

export interface ParallelResult {
  result: UncertaintyResult;
  interrupted: boolean;
  /** Threads that actually ran rows (1 = in process). */
  threads: number;
}

/**
 * Run an uncertainty or sensitivity analysis over worker threads. Rows of the design are handed out in
 * chunks as workers free up; each chunk's numbers depend only on (seed, row), so the result is
 * byte-identical for any number of workers. Workers start from compiled JavaScript (dist/) or, when nqpf
 * runs from its TypeScript sources, through boot.mjs; with no way to start one, the rows run in this thread.
 */
export async function runUncertaintyParallel(document: unknown, build: Build, options: ParallelOptions = {}): Promise<ParallelResult> {
  const plan = prepareUncertainty(build, options);
  const wanted = Math.max(1, Math.min(options.workers ?? availableParallelism(), plan.rows));
  const chunkRows = Math.max(1, Math.ceil(plan.rows / (wanted * 24)));
  const chunks: [number, number][] = [];
  for (let from = 0; from < plan.rows; from += chunkRows) chunks.push([from, Math.min(plan.rows, from + chunkRows)]);
  const entry = wanted > 1 ? workerEntry() : null;
  const outputs = entry
    ? await inWorkers(entry, wanted, { document, inputs: build.inputs, options: { type: plan.type, runs: plan.rows } }, plan, chunks, options)
    : await inProcess(build, plan, chunks, options);
  const done = outputs.reduce((n, o) => n + o.toRow - o.fromRow, 0);
  return { result: summarizeUncertainty(build, plan, outputs, options), interrupted: done < plan.rows, threads: entry ? wanted : 1 };
}

/** The worker script: compiled .js next to this module, or boot.mjs + the .ts entry when running from sources. */
function workerEntry(): { url: URL; entry?: string } | null {
  const own = new URL(import.meta.url);
  if (own.pathname.endsWith('.js')) return { url: new URL('./uncertainty-worker.js', own) };
  const boot = new URL('./boot.mjs', own);
  return existsSync(fileURLToPath(boot)) ? { url: boot, entry: new URL('./uncertainty-worker.ts', own).href } : null;
}

async function inProcess(build: Build, plan: UncertaintyPlan, chunks: [number, number][], options: ParallelOptions): Promise<RowsOutput[]> {
  const execute = createExecutor(build, plan);
  const outputs: RowsOutput[] = [];
  let done = 0;
  for (const [from, to] of chunks) {
    if (options.signal?.aborted) break;
    outputs.push(execute(from, to));
    done += (to - from) * plan.runsPerRow;
    options.onProgress?.(done, plan.totalRuns);
    await new Promise((resolve) => setImmediate(resolve)); // let Ctrl-C and the progress bar through
  }
  return outputs;
}

function inWorkers(
  entry: { url: URL; entry?: string },
  count: number,
  setup: WorkerSetup,
  plan: UncertaintyPlan,
  chunks: [number, number][],
  options: ParallelOptions,
): Promise<RowsOutput[]> {
  return new Promise((resolve, reject) => {
    const outputs: RowsOutput[] = [];
    const workers: Worker[] = [];
    let next = 0;
    let busy = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const w of workers) void w.terminate();
      if (error) reject(error);
      else resolve(outputs);
    };
    const dispatch = (worker: Worker) => {
      if (options.signal?.aborted || next >= chunks.length) {
        if (busy === 0) finish();
        return;
      }
      const [fromRow, toRow] = chunks[next++];
      busy++;
      worker.postMessage({ fromRow, toRow });
    };
    options.signal?.addEventListener('abort', () => busy === 0 && finish(), { once: true });
    for (let w = 0; w < count; w++) {
      const worker = new Worker(entry.url, { workerData: { ...setup, entry: entry.entry } });
      workers.push(worker);
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'error') return finish(deserializeError(reply.error));
        if (reply.type === 'rows') {
          busy--;
          outputs.push({ fromRow: reply.fromRow, toRow: reply.toRow, scores: reply.scores, ranks: reply.ranks, failures: reply.failures });
          done += (reply.toRow - reply.fromRow) * plan.runsPerRow;
          options.onProgress?.(done, plan.totalRuns);
        }
        dispatch(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`uncertainty worker exited with code ${code}`));
      });
    }
  });
}

function deserializeError(error: SerializedError): Error {
  if (!Array.isArray(error)) return Object.assign(new Error(error.message), { stack: error.stack });
  const errors = error.map((e) => new NqpfError(e.code, e.params, e.where));
  return errors.length === 1 ? errors[0] : new NqpfErrors(errors);
}
