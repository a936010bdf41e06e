import EngineWorker from './worker/engine.worker.ts?worker&inline';
import type { DiagnosticsView, Problem, Progress, Reply, RobustnessView, SpecDocument } from './worker/protocol.js';
import { WorkerClient } from './worker-client.js';

/** What the diagnostics views show: the last result (kept while a newer one runs), progress, failures. */
export interface DiagnosticsState {
  diagnostics: DiagnosticsView | null;
  running: boolean;
  progress: Progress | null;
  problems: Problem[];
}

/** The page's handle on an engine worker: request → reply promises; failures and time-outs become error replies. */
export class Engine extends WorkerClient {
  constructor() {
    super(() => new EngineWorker());
  }
}

/**
 * The spec's analyses in a second engine worker, so a weight slider never waits for them (Moran's
 * permutations take a while). Latest wins: a newer request cancels the running one inside the worker.
 */
export class DiagnosticsQueue {
  private latest = 0;

  constructor(
    private engine: Engine,
    private onState: (update: (state: DiagnosticsState) => DiagnosticsState) => void,
  ) {}

  private running = false;

  push(spec: SpecDocument): void {
    const run = ++this.latest;
    this.running = true;
    this.onState((s) => ({ ...s, running: true, progress: null }));
    void this.engine
      .request({ type: 'diagnostics', spec }, [], (progress) => run === this.latest && this.onState((s) => ({ ...s, progress })))
      .then((reply) => {
        if (run !== this.latest) return;
        this.running = false;
        if (reply.type === 'diagnostics') this.onState(() => ({ running: false, progress: null, diagnostics: reply.diagnostics, problems: reply.diagnostics?.problems ?? [] }));
        else if (reply.type === 'error') this.onState((s) => ({ ...s, running: false, progress: null, problems: reply.problems }));
      });
  }

  /** A new build is coming: stop the running analyses (they are for an older spec) and free the core. */
  cancel(): void {
    if (!this.running) return;
    this.running = false;
    this.latest++;
    this.onState((s) => ({ ...s, running: false, progress: null }));
    void this.engine.request({ type: 'cancel-diagnostics' });
  }

  /**
   * Files dropped on the page and what their import made, held by this worker too (copied, not transferred;
   * not parsed here — a spec's analyses read them when they run).
   */
  store(files: { name: string; bytes: ArrayBuffer | Uint8Array }[]): Promise<Reply> {
    this.engine.hold(files);
    const copies = files.map((f) => ({ name: f.name, bytes: f.bytes instanceof ArrayBuffer ? f.bytes.slice(0) : (f.bytes.slice().buffer as ArrayBuffer) }));
    return this.engine.request({ type: 'store', files: copies }, copies.map((c) => c.bytes));
  }
}

/** What the robustness view shows: the last result (complete or cancelled), progress of a running one, failures. */
export interface RobustnessState {
  result: RobustnessView | null;
  running: boolean;
  cancelling: boolean;
  progress: Progress | null;
  problems: Problem[];
}

/** Runs the spec's uncertainty block in the diagnostics worker, started and cancelled by the user. */
export class RobustnessRunner {
  private latest = 0;

  constructor(
    private engine: Engine,
    private onState: (update: (state: RobustnessState) => RobustnessState) => void,
  ) {}

  start(spec: SpecDocument): void {
    const run = ++this.latest;
    this.onState((s) => ({ ...s, running: true, cancelling: false, progress: null, problems: [] }));
    void this.engine
      .request({ type: 'robustness', spec }, [], (progress) => run === this.latest && this.onState((s) => ({ ...s, progress })))
      .then((reply) => {
        if (run !== this.latest) return;
        if (reply.type === 'robustness') this.onState((s) => ({ ...s, running: false, cancelling: false, progress: null, result: reply.robustness ?? s.result }));
        else if (reply.type === 'error') this.onState((s) => ({ ...s, running: false, cancelling: false, progress: null, problems: reply.problems }));
      });
  }

  /** Stop after the chunk that is running; the runs that finished are summarised and shown. */
  cancel(): void {
    this.onState((s) => (s.running ? { ...s, cancelling: true } : s));
    void this.engine.request({ type: 'cancel-robustness' });
  }
}

/**
 * Latest-wins build scheduling: while a build runs, newer requests replace the queued one, so a dragged
 * slider never queues a backlog.
 */
export class BuildQueue {
  private running = false;
  private queued: SpecDocument | null = null;

  constructor(
    private engine: Engine,
    private onReply: (reply: Reply) => void,
    private onProgress?: (progress: Progress) => void,
  ) {}

  push(spec: SpecDocument): void {
    this.queued = spec;
    if (!this.running) void this.drain();
  }

  private async drain(): Promise<void> {
    this.running = true;
    while (this.queued) {
      const next = this.queued;
      this.queued = null;
      const reply = await this.engine.request({ type: 'build', spec: next }, [], this.onProgress);
      this.onReply(reply);
    }
    this.running = false;
  }
}
