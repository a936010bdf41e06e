/**
 * A graceful Ctrl-C for commands that can stop early and keep what they finished (`sensitivity`): the first
 * Ctrl-C calls `listener`, a second one falls through to the usual handlers (which quit at once). In the
 * main thread that is SIGINT; in the CLI's command worker (supervise.ts) the supervisor, which receives the
 * signals, posts `{ type: 'interrupt' }` — and only when a graceful listener is set (the shared flag).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

export interface InterruptChannel {
  /** Int32Array slot 0: 1 while a graceful listener is set (read by the supervisor). */
  graceful: Int32Array;
}

export function onInterrupt(listener: () => void): () => void {
  if (!isMainThread && parentPort && (workerData as { interrupt?: InterruptChannel } | undefined)?.interrupt) {
    const flag = (workerData as { interrupt: InterruptChannel }).interrupt.graceful;
    const port = parentPort;
    const onMessage = (message: { type?: string }) => {
      if (message?.type === 'interrupt') listener();
    };
    port.on('message', onMessage);
    port.unref();
    Atomics.store(flag, 0, 1);
    return () => {
      Atomics.store(flag, 0, 0);
      port.off('message', onMessage);
    };
  }
  const previous = process.listeners('SIGINT');
  for (const handler of previous) process.removeListener('SIGINT', handler);
  let fired = false;
  const onSignal = () => {
    if (!fired) {
      fired = true;
      listener();
      return;
    }
    for (const handler of previous) (handler as () => void)();
  };
  process.on('SIGINT', onSignal);
  return () => {
    process.removeListener('SIGINT', onSignal);
    for (const handler of previous) process.on('SIGINT', handler);
  };
}
