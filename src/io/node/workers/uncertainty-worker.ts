import { parentPort, workerData } from 'node:worker_threads';
import { NqpfError, NqpfErrors } from '../../../core/errors/nqpf-error.js';
import { run, type Inputs } from '../../../core/pipeline/run.js';
import { prepareUncertainty, type UncertaintyOptions } from '../../../core/uncertainty/analysis.js';
import { createExecutor } from '../../../core/uncertainty/execute.js';

/** What the pool sends a worker: the spec document and inputs of the nominal build, and the analysis options. */
export interface WorkerSetup {
  entry?: string;
  document: unknown;
  inputs: Inputs;
  options: UncertaintyOptions;
}

export type WorkerReply =
  | { type: 'ready' }
  | { type: 'rows'; fromRow: number; toRow: number; scores: Float64Array; ranks: Float64Array; failures: { run: number; code: string; message: string }[] }
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
    const execute = createExecutor(build, prepareUncertainty(build, setup.options));
    port.on('message', (message: { fromRow: number; toRow: number }) => {
      try {
        const out = execute(message.fromRow, message.toRow);
        const reply: WorkerReply = { type: 'rows', ...out };
        port.postMessage(reply, [out.scores.buffer as ArrayBuffer, out.ranks.buffer as ArrayBuffer]);
      } catch (error) {
        port.postMessage({ type: 'error', error: serializeError(error) } satisfies WorkerReply);
      }
    });
    port.postMessage({ type: 'ready' } satisfies WorkerReply);
  } catch (error) {
    port.postMessage({ type: 'error', error: serializeError(error) } satisfies WorkerReply);
  }
}
