// The web app's worker client (issue 17): a worker that fails or falls silent answers every pending
// request with an error the UI shows, and is replaced; before, the page waited forever.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkerClient, type WorkerLike } from '../../web/src/worker-client.js';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: { id: number; request: unknown }[] = [];
  terminated = false;
  postMessage(message: unknown): void {
    this.posted.push(message as { id: number; request: unknown });
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }
}

function client(idle = 1000): { client: WorkerClient; workers: FakeWorker[] } {
  const workers: FakeWorker[] = [];
  return { client: new WorkerClient(() => (workers.push(new FakeWorker()), workers[workers.length - 1]), idle), workers };
}

afterEach(() => vi.useRealTimers());

describe('WorkerClient', () => {
  it('request: resolves with the worker\'s reply, progress on the way', async () => {
    const { client: c, workers } = client();
    const progress: unknown[] = [];
    const answer = c.request({ type: 'cancel-diagnostics' }, [], (p) => progress.push(p));
    const { id } = workers[0].posted[0];
    workers[0].reply({ id, progress: { done: 1, total: 2 } });
    workers[0].reply({ id, reply: { type: 'error', problems: [] } });
    expect(await answer).toEqual({ type: 'error', problems: [] });
    expect(progress).toEqual([{ done: 1, total: 2 }]);
  });

  it('worker error: every pending request gets WORKER_FAILED, the worker is replaced and the next request goes to the new one', async () => {
    const { client: c, workers } = client();
    const first = c.request({ type: 'cancel-diagnostics' });
    const second = c.request({ type: 'cancel-robustness' });
    workers[0].onerror?.({ message: 'Out of memory', preventDefault() {} } as ErrorEvent);
    for (const answer of [await first, await second]) {
      expect(answer.type).toBe('error');
      expect(answer.type === 'error' && answer.problems[0]).toEqual({
        code: 'WORKER_FAILED',
        zh: '计算线程出错并已重启：Out of memory。导入的文件和修改都已保留，可点“重试”',
        en: 'the engine thread failed and was restarted: Out of memory. Your imported files and edits are kept: press Retry',
      });
    }
    expect(workers[0].terminated).toBe(true);
    void c.request({ type: 'cancel-diagnostics' });
    expect(workers[1].posted).toHaveLength(1);
  });

  it('silence: a request without a word for the idle limit gets WORKER_TIMEOUT; progress keeps it alive', async () => {
    vi.useFakeTimers();
    const { client: c, workers } = client(1000);
    const answer = c.request({ type: 'cancel-diagnostics' });
    const { id } = workers[0].posted[0];
    vi.advanceTimersByTime(900);
    workers[0].reply({ id, progress: { done: 1, total: 9 } });
    vi.advanceTimersByTime(900);
    expect(workers[0].terminated).toBe(false);
    vi.advanceTimersByTime(200);
    const reply = await answer;
    expect(reply.type === 'error' && reply.problems[0].code).toBe('WORKER_TIMEOUT');
    expect(reply.type === 'error' && reply.problems[0].en).toBe('the engine thread did not answer for 1 s and was restarted. Your imported files and edits are kept: press Retry');
    expect(workers[0].terminated).toBe(true);
  });

  it('held files: a worker replaced after a failure or a time-out first gets the user\'s files again (issue 17)', async () => {
    vi.useFakeTimers();
    const { client: c, workers } = client(1000);
    const bytes = new TextEncoder().encode('region,year,x\nA,2020,1\n');
    c.hold([{ name: 'mine.csv', bytes }]);
    void c.request({ type: 'cancel-diagnostics' });
    workers[0].onerror?.({ message: 'boom', preventDefault() {} } as ErrorEvent);
    const store = workers[1].posted[0].request as { type: string; files: { name: string; bytes: ArrayBuffer }[] };
    expect(store.type).toBe('store');
    expect(store.files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([['mine.csv', 'region,year,x\nA,2020,1\n']]);
    // A time-out of the new worker: the next one gets them too; a retried import reads the kept bytes.
    void c.request({ type: 'cancel-diagnostics' });
    vi.advanceTimersByTime(1000);
    expect((workers[2].posted[0].request as { type: string }).type).toBe('store');
    expect(new TextDecoder().decode(c.heldFile('mine.csv'))).toBe('region,year,x\nA,2020,1\n');
  });

  it('idle with nothing pending: no time-out fires', () => {
    vi.useFakeTimers();
    const { workers } = client(1000);
    vi.advanceTimersByTime(10_000);
    expect(workers[0].terminated).toBe(false);
  });
});
