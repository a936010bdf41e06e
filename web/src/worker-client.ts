import { formatMessage } from '../../src/core/errors/messages.js';
import type { Progress, Reply, Request } from './worker/protocol.js';

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
}

/**
 * How long a request may go without a word from the worker (a reply or a progress message) before the
 * worker is taken as hung: every reader now bounds its work (issue 17), so this only catches the unforeseen.
 */
export const IDLE_LIMIT_MS = 120_000;

/**
 * Request → reply promises over a worker, with progress messages on the way. A worker that fails (an
 * uncaught error, out of memory, a message it cannot read) or falls silent for `idleLimit` ms answers
 * every pending request with an `error` reply the UI shows, and is replaced by a fresh one (issue 17:
 * with no `onerror` the page waited forever).
 */
export class WorkerClient {
  private worker: WorkerLike;
  private nextId = 1;
  private pending = new Map<number, { resolve: (reply: Reply) => void; onProgress?: (progress: Progress) => void }>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The user's files (and files the app made from them), kept on the page: a fresh worker gets them again. */
  private held = new Map<string, ArrayBuffer>();

  constructor(
    private makeWorker: () => WorkerLike,
    private idleLimit = IDLE_LIMIT_MS,
  ) {
    this.worker = this.start();
  }

  request(request: Request, transfer: Transferable[] = [], onProgress?: (progress: Progress) => void): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, { resolve, onProgress });
      this.watch();
      this.worker.postMessage({ id, request }, transfer);
    });
  }

  /**
   * Keep copies of files the worker is given (before they are transferred), so that a worker replaced after a
   * failure or time-out holds them again and the user need not drop them a second time (issue 17).
   */
  hold(files: { name: string; bytes: ArrayBuffer | Uint8Array }[]): void {
    for (const file of files) this.held.set(file.name, copyOf(file.bytes));
  }

  /** A held file's bytes (a fresh copy), e.g. to import it again after a failed import. */
  heldFile(name: string): ArrayBuffer | undefined {
    const bytes = this.held.get(name);
    return bytes && bytes.slice(0);
  }

  private start(): WorkerLike {
    const worker = this.makeWorker();
    worker.onmessage = (event: MessageEvent<{ id: number; reply?: Reply; progress?: Progress }>) => {
      const entry = this.pending.get(event.data.id);
      if (event.data.progress) {
        this.watch(); // a word from the worker: not hung
        entry?.onProgress?.(event.data.progress);
        return;
      }
      this.pending.delete(event.data.id);
      this.watch();
      entry?.resolve(event.data.reply!);
    };
    worker.onerror = (event) => {
      event.preventDefault?.();
      this.fail('WORKER_FAILED', { detail: event.message || 'error' });
    };
    worker.onmessageerror = () => this.fail('WORKER_FAILED', { detail: 'unreadable message' });
    return worker;
  }

  /** (Re)arm the idle timer while requests are pending; disarm it when none are. */
  private watch(): void {
    clearTimeout(this.timer);
    this.timer = this.pending.size === 0 ? undefined : setTimeout(() => this.fail('WORKER_TIMEOUT', { seconds: Math.round(this.idleLimit / 1000) }), this.idleLimit);
  }

  private fail(code: 'WORKER_FAILED' | 'WORKER_TIMEOUT', params: Record<string, unknown>): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.worker.terminate();
    this.worker = this.start();
    // The fresh worker first gets the held files back (messages are handled in order).
    if (this.held.size > 0) {
      const files = [...this.held].map(([name, bytes]) => ({ name, bytes: bytes.slice(0) }));
      this.worker.postMessage({ id: 0, request: { type: 'store', files } }, files.map((f) => f.bytes));
    }
    const reply: Reply = { type: 'error', problems: [{ code, zh: formatMessage(code, params, 'zh'), en: formatMessage(code, params, 'en') }] };
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const entry of waiting) entry.resolve(reply);
  }
}

function copyOf(bytes: ArrayBuffer | Uint8Array): ArrayBuffer {
  return bytes instanceof ArrayBuffer ? bytes.slice(0) : (bytes.slice().buffer as ArrayBuffer);
}
