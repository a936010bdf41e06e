import { useRef } from 'preact/hooks';
import type { ResultView } from '../worker/protocol.js';

/**
 * The view shown before the latest run of weight edits: a view re-run from the weight step (a slider, a
 * typed weight, their undo) keeps the baseline of the view before the first of them; any other change
 * (data, framework, methods, a new panel) clears it. Rank change "against the previous weights" reads it.
 */
export function useWeightBaseline(view: ResultView): ResultView | null {
  const state = useRef<{ view: ResultView | null; baseline: ResultView | null }>({ view: null, baseline: null });
  const current = state.current;
  if (current.view !== view) {
    const fromWeights = view.rerunFrom !== null && view.steps.find((s) => s.id === view.rerunFrom)?.op === 'weight';
    const samePanel = current.view !== null && current.view.regions.length === view.regions.length && current.view.years.length === view.years.length;
    current.baseline = fromWeights && samePanel ? current.baseline ?? current.view : null;
    current.view = view;
  }
  return current.baseline;
}
