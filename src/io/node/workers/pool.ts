import { existsSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { NqpfError, NqpfErrors, type Build } from '../../../core/index.js';
import { prepareUncertainty, summarizeUncertainty, type UncertaintyOptions, type UncertaintyResult } from '../../../core/uncertainty/analysis.js';
import { createExecutor, type RowsOutput, type RunStore } from '../../../core/uncertainty/execute.js';
import { cellIntervals, type CellUncertainty } from '../../../core/uncertainty/intervals.js';
import type { UncertaintyPlan } from '../../../core/uncertainty/plan.js';
import type { SerializedError, WorkerReply, WorkerRequest, WorkerSetup } from './uncertainty-worker.js';

export interface ParallelOptions extends UncertaintyOptions {
  /**
   * Most threads to use; 1 runs in this thread. Default: the machine's available parallelism. Worker threads
   * start only when the runs left are estimated to outlast their boot (WORKER_WORTH_SECONDS).
   */
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
 * once, workers (when the job is large enough to pay for their boot) join as soon as they have booted — and each chunk's numbers depend only on (seed, row), so
 * the result is byte-identical for any number of workers. Every thread writes its runs into one store on
 * SharedArrayBuffers (nothing is copied back), and the intervals are computed over the same threads, each
 * for a range of cells. Workers start from compiled JavaScript (dist/) or, when nqpf runs from its
 * TypeScript sources, through boot.mjs.
 */
export async function runUncertaintyParallel(document: unknown, build: Build, options: ParallelOptions = {}): Promise<ParallelResult> {
  const plan = prepareUncertainty(build, options);
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), plan.rows));
  const chunkRows = Math.max(1, Math.ceil(plan.rows / (threads * 32)));
  const chunks: [number, number][] = [];
  for (let from = 0; from < plan.rows; from += chunkRows) chunks.push([from, Math.min(plan.rows, from + chunkRows)]);
  const entry = threads > 1 ? workerEntry() : null;
  const store = runStore(plan.totalRuns * build.results.scores[plan.target].length, entry !== null);
  const setup: WorkerSetup = { document, inputs: build.inputs, options: { type: plan.type, runs: plan.rows }, store };
  const inline = options.inline ?? true;
  const pool = entry ? { entry, count: inline ? threads - 1 : threads, setup } : null;
  const { outputs, used, workers } = await schedule(build, plan, chunks, pool, store, { ...options, inline: inline || pool === null });
  try {
    const done = outputs.reduce((n, o) => n + o.toRow - o.fromRow, 0);
    const interrupted = done < plan.rows;
    // an interrupted analysis has rows to mark missing first: its summary is left to this thread
    const intervals = interrupted ? undefined : await splitIntervals(build, plan, store, workers);
    return { result: summarizeUncertainty(build, plan, outputs, options, { store, intervals }), interrupted, threads: used };
  } finally {
    for (const w of workers) void w.terminate();
  }
}

/**
 * Estimated seconds of runs left (on this thread alone) above which worker threads are started: a worker boots
 * in ~0.2–0.5 s (loading nqpf, rebuilding the nominal build) and two busy threads each run ~30 % slower than one
 * on a 2-core machine, so a worker pays off only well above its boot time. At 1 s the China panel's 10,000 runs
 * (~1.1 s of runs) took a worker and were slower than one thread on an idle machine (2.23 s against 1.88 s whole
 * process, BENCHMARKS.md), so the bar is 3 s.
 */
const WORKER_WORTH_SECONDS = 3;

/**
 * Workers worth starting now: no more than the cores other programs leave idle (the load average counts this
 * thread), since a worker sharing a busy core only slows every thread down (measured: 2 threads on a loaded
 * 2-core machine took twice as long as 1).
 */
function idleCores(wanted: number): number {
  return Math.max(0, Math.min(wanted, Math.round(availableParallelism() - loadavg()[0])));
}

/** Every run's scores and ranks, run-major; on SharedArrayBuffers when worker threads write into it. */
function runStore(length: number, shared: boolean): RunStore {
  const buffer = () => (shared ? new SharedArrayBuffer(length * 8) : new ArrayBuffer(length * 8));
  return { scores: new Float64Array(buffer()), ranks: new Float64Array(buffer()) };
}

/** The intervals of every cell, the cells split evenly between this thread and the booted workers. */
async function splitIntervals(build: Build, plan: UncertaintyPlan, store: RunStore, workers: Worker[]): Promise<CellUncertainty[]> {
  const nominalScores = build.results.scores[plan.target];
  const cells = nominalScores.length;
  const bounds = Array.from({ length: workers.length + 2 }, (_, t) => Math.round((t * cells) / (workers.length + 1)));
  const parts = workers.map(
    (worker, t) =>
      new Promise<CellUncertainty[]>((resolve, reject) => {
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'intervals') resolve(reply.intervals);
          else if (reply.type === 'error') reject(deserializeError(reply.error));
        });
        worker.on('exit', (code) => reject(new Error(`uncertainty worker exited with code ${code}`)));
        worker.postMessage({ type: 'intervals', from: bounds[t + 1], to: bounds[t + 2] } satisfies WorkerRequest);
      }),
  );
  const own = cellIntervals(nominalScores, build.results.ranks[plan.target], store.scores, store.ranks, 0, bounds[1]);
  return [own, ...(await Promise.all(parts))].flat();
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

/**
 * Hand out the chunks until all are done (or the signal aborts). Resolves with the outputs and the workers
 * that booted, still running (the caller terminates them); rejects after terminating them all.
 */
function schedule(
  build: Build,
  plan: UncertaintyPlan,
  chunks: [number, number][],
  pool: WorkerPlan | null,
  store: RunStore,
  options: ParallelOptions,
): Promise<{ outputs: RowsOutput[]; used: number; workers: Worker[] }> {
  return new Promise((resolve, reject) => {
    const outputs: RowsOutput[] = [];
    const workers: Worker[] = [];
    const ready = new Set<Worker>();
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
      for (const w of workers) w.removeAllListeners('message');
      if (error) {
        for (const w of workers) void w.terminate();
        reject(error);
        return;
      }
      for (const w of workers) if (!ready.has(w)) void w.terminate();
      resolve({ outputs, used: Math.max(1, ran.size), workers: [...ready] });
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
      worker.postMessage({ type: 'rows', fromRow: chunk[0], toRow: chunk[1] } satisfies WorkerRequest);
    };
    const cells = store.scores.length / plan.totalRuns;
    const view = (values: Float64Array, fromRow: number, toRow: number) => values.subarray(fromRow * plan.runsPerRow * cells, toRow * plan.runsPerRow * cells);
    const startWorkers = (count: number) => {
      for (let w = 0; w < count; w++) {
        const worker = new Worker(pool!.entry.url, { workerData: { ...pool!.setup, entry: pool!.entry.entry } });
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'error') return finish(deserializeError(reply.error));
          if (reply.type === 'ready') {
            // two chunks in flight: a worker never waits for this thread (busy with its own chunk) to send the next
            ready.add(worker);
            dispatch(worker);
          }
          if (reply.type === 'rows') {
            busy--;
            const { fromRow, toRow, failures } = reply;
            record({ fromRow, toRow, scores: view(store.scores, fromRow, toRow), ranks: view(store.ranks, fromRow, toRow), failures }, worker);
          }
          dispatch(worker);
        });
        worker.on('error', (error) => finish(error));
        worker.on('exit', (code) => {
          if (!settled && code !== 0) finish(new Error(`uncertainty worker exited with code ${code}`));
        });
      }
    };
    // Workers join only when the work left is worth their boot: timed on this thread's second chunk (the first
    // pays for the prefix cache and the JIT). Small jobs stay in process, so more workers are never slower.
    if (!options.inline) startWorkers(pool?.count ?? 0);
    let mainChunks = 0;
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
      const started = performance.now();
      try {
        record(execute(chunk[0], chunk[1], store), 'main');
      } catch (error) {
        return finish(error);
      }
      if (++mainChunks === 2 && pool && ((performance.now() - started) / 1000) * (chunks.length - next) > WORKER_WORTH_SECONDS) startWorkers(idleCores(pool.count));
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
