import { parentPort, workerData } from 'node:worker_threads';
import { NqpfError, NqpfErrors } from '../../../core/errors/nqpf-error.js';
import { run, type Inputs } from '../../../core/pipeline/run.js';
import { prepareUncertainty, type UncertaintyOptions } from '../../../core/uncertainty/analysis.js';
import { createExecutor, type RunStore } from '../../../core/uncertainty/execute.js';
import { cellIntervals, type CellUncertainty } from '../../../core/uncertainty/intervals.js';

/**
 * What the pool sends a worker: the spec document and inputs of the nominal build, the analysis options, and
 * the store (on SharedArrayBuffers) every thread writes its runs into.
 */
export interface WorkerSetup {
  entry?: string;
  document: unknown;
  inputs: Inputs;
  options: UncertaintyOptions;
  store: RunStore;
}

/** Run rows [fromRow, toRow) into the store, or compute the intervals of cells [from, to) once every row is in. */
export type WorkerRequest = { type: 'rows'; fromRow: number; toRow: number } | { type: 'intervals'; from: number; to: number };

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'rows'; fromRow: number; toRow: number; failures: { run: number; code: string; message: string }[] }
  | { type: 'intervals'; from: number; intervals: CellUncertainty[] }
  | { type: 'error'; error: SerializedError };

export type SerializedError = { code: string; params: Record<string, unknown>; where: object }[] | { message: string; stack?: string };

export function serializeError(error: unknown): SerializedError {
  if (error instanceof NqpfErrors) return error.errors.map((e) => ({ code: e.code, params: e.params, where: e.where }));
  if (error instanceof NqpfError) return [{ code: error.code, params: error.params, where: error.where }];
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}

// Each worker rebuilds the nominal build (same spec, same inputs → the same Build) and then runs the rows it
// is sent; a run's randomness depends only on (seed, run index), so the split does not change any number.
if (parentPort && workerData) {
  const port = parentPort;
  const setup = workerData as WorkerSetup;
  try {
    const build = run(setup.document, setup.inputs);
    const plan = prepareUncertainty(build, setup.options);
    const execute = createExecutor(build, plan);
    const { store } = setup;
    port.on('message', (message: WorkerRequest) => {
      try {
        if (message.type === 'rows') {
          const { failures } = execute(message.fromRow, message.toRow, store);
          port.postMessage({ type: 'rows', fromRow: message.fromRow, toRow: message.toRow, failures } satisfies WorkerReply);
        } else {
          const intervals = cellIntervals(build.results.scores[plan.target], build.results.ranks[plan.target], store.scores, store.ranks, message.from, message.to);
          port.postMessage({ type: 'intervals', from: message.from, intervals } satisfies WorkerReply);
        }
      } catch (error) {
        port.postMessage({ type: 'error', error: serializeError(error) } satisfies WorkerReply);
      }
    });
    port.postMessage({ type: 'ready' } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ type: 'error', error: serializeError(error) } satisfies WorkerReply);
  }
}
