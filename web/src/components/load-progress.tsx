import { useEffect, useState } from 'preact/hooks';
import type { Strings } from '../i18n.js';
import { useLoadProgress } from '../load-progress.js';

/**
 * The dropped files' progress through the worker (parse, panel, framework, read, run, quality, view) with the
 * seconds elapsed, ticking on the page's own thread — the page stays usable while the worker parses.
 */
export function LoadProgressLine({ s }: { s: Strings }) {
  const state = useLoadProgress();
  const [now, setNow] = useState(performance.now());
  useEffect(() => {
    if (!state) return;
    const timer = setInterval(() => setNow(performance.now()), 250);
    return () => clearInterval(timer);
  }, [state !== null]);
  if (!state) return null;
  const seconds = Math.max(0, (now - state.startedAt) / 1000);
  return (
    <div class="load-progress" role="status" data-testid="load-progress" data-step={state.step}>
      <progress value={state.done} max={state.total} />
      <span>{s.loadingFiles(state.files, state.bytes, s.loadStages[state.step] ?? state.step, seconds)}</span>
    </div>
  );
}
