/**
 * Ctrl-C and SIGTERM that stop a long command at any point. The pipeline is synchronous, so a signal
 * handler in the thread running it would only run once the build is over (issue 17: a Ctrl-C 1.5 s into
 * `nqpf run` was ignored). bin/nqpf.mjs therefore runs the commands that compute and write (run, analyze,
 * audit, report, diff, sensitivity, whatif) in one worker thread (worker-main.ts) and this thread only
 * waits for it and for signals. On a signal it terminates the worker — V8 stops it wherever it is — then
 * undoes its pending output writes (read from shared memory, so nothing can be lost in a message queue):
 * no temporary folder is left, an earlier output stays whole. `sensitivity` asks for a graceful first Ctrl-C
 * (keep the finished runs): it is posted to the worker instead; a second Ctrl-C terminates.
 * Measured: a worker costs ~15 ms of start-up; termination takes a few milliseconds.
 */
import { Worker } from 'node:worker_threads';
import { readClaims, type ClaimChannel } from './claim-channel.js';
import { recoverClaim } from '../io/node/output-claims.js';
import { interruptedMessage } from './main-messages.js';
import { renderError } from './render-error.js';
import { NqpfError } from '../core/errors/nqpf-error.js';

export async function supervise(argv: string[], lang: 'zh' | 'en'): Promise<number> {
  const channel: ClaimChannel = { claims: new SharedArrayBuffer(1 << 16) };
  const graceful = new Int32Array(new SharedArrayBuffer(4));
  const tty = { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true, columns: process.stderr.columns ?? 80 };
  const worker = new Worker(new URL('./worker-main.js', import.meta.url), { workerData: { argv, channel, interrupt: { graceful }, tty } });
  let gracefulSent = false;
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (signal === 'SIGINT' && !gracefulSent && Atomics.load(graceful, 0) === 1) {
      gracefulSent = true;
      worker.postMessage({ type: 'interrupt' });
      return;
    }
    if (stopping) return;
    stopping = true;
    await Promise.race([worker.terminate(), new Promise((r) => setTimeout(r, 1500))]);
    for (const claim of readClaims(channel)) recoverClaim(claim);
    process.stderr.write(`\nnqpf: ${interruptedMessage(lang)}\n`);
    process.exit(signal === 'SIGTERM' ? 143 : 130);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise<number>((resolve) => {
    let code = 1;
    worker.on('message', (message: { type?: string; code?: number }) => {
      if (message?.type === 'exit' && typeof message.code === 'number') code = message.code;
    });
    worker.on('error', (error) => {
      // V8's heap limit (a build larger than the estimate allowed for, or a low --max-old-space-size) is not a bug.
      const outOfMemory = (error as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY';
      process.stderr.write(`${renderError(outOfMemory ? new NqpfError('OUT_OF_MEMORY', {}) : error, lang)}\n`);
      code = 1;
    });
    worker.on('exit', () => {
      // a worker that died without finishing (out of memory) may have left a temporary folder
      for (const claim of readClaims(channel)) recoverClaim(claim);
      if (!stopping) resolve(code);
    });
  });
}
