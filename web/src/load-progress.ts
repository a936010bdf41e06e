import { useEffect, useState } from 'preact/hooks';
import type { Progress } from './worker/protocol.js';

/** A load on its way: the dropped files, their size, the worker's current stage (LOAD_STAGES) and when it began. */
export interface LoadState {
  files: string;
  bytes: number;
  step: string;
  done: number;
  total: number;
  startedAt: number;
}

/**
 * The one load in progress (dropped files → import → first build), outside the app's component state: the
 * worker's progress messages update it and only the progress line re-renders.
 */
class LoadProgress {
  state: LoadState | null = null;
  private listeners = new Set<(state: LoadState | null) => void>();

  start(files: string, bytes: number): void {
    this.set({ files, bytes, step: 'files', done: 0, total: 1, startedAt: performance.now() });
  }

  update(progress: Progress): void {
    if (this.state) this.set({ ...this.state, step: progress.step, done: progress.done, total: progress.total });
  }

  finish(): void {
    if (this.state) this.set(null);
  }

  subscribe(listener: (state: LoadState | null) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(state: LoadState | null): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

export const loadProgress = new LoadProgress();

export function useLoadProgress(): LoadState | null {
  const [state, setState] = useState(loadProgress.state);
  useEffect(() => loadProgress.subscribe(setState), []);
  return state;
}
