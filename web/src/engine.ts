import EngineWorker from './worker/engine.worker.ts?worker&inline';
import type { Reply, Request, SpecDocument } from './worker/protocol.js';

/** The page's handle on the engine worker: request → reply promises. */
export class Engine {
  private worker = new EngineWorker();
  private nextId = 1;
  private pending = new Map<number, (reply: Reply) => void>();

  constructor() {
    this.worker.onmessage = (event: MessageEvent<{ id: number; reply: Reply }>) => {
      const resolve = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      resolve?.(event.data.reply);
    };
  }

  request(request: Request, transfer: Transferable[] = []): Promise<Reply> {
    const id = this.nextId++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ id, request }, transfer);
    });
  }
}

/**
 * Latest-wins build scheduling: while a build runs, newer requests replace the queued one, so a dragged
 * slider never queues a backlog.
 */
export class BuildQueue {
  private running = false;
  private queued: { spec: SpecDocument; directions: Record<string, 1 | -1> } | null = null;

  constructor(
    private engine: Engine,
    private onReply: (reply: Reply) => void,
  ) {}

  push(spec: SpecDocument, directions: Record<string, 1 | -1>): void {
    this.queued = { spec, directions };
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queued) {
      const next = this.queued;
      this.queued = null;
      const reply = await this.engine.request({ type: 'build', spec: next.spec, directions: next.directions });
      this.onReply(reply);
    }
    this.running = false;
  }
}
