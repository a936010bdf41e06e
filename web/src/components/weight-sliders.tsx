import { useRef } from 'preact/hooks';
import { dimensionsOf } from '../derive.js';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ResultView } from '../worker/protocol.js';
import { memo } from '../charts/memo.js';

interface Props {
  view: ResultView;
  lang: Lang;
  s: Strings;
  /** A live change while dragging (no undo entry). */
  onPreview: (code: string, weight: number) => void;
  /** The drag ended: record one undo entry. */
  onCommit: () => void;
}

/**
 * One slider per dimension (the index's children); weights are relative, shares shown beside them.
 * Rendered again only for a new view or language, so a move's own re-render does not reset the slider.
 */
export const WeightSliders = memo(function WeightSliders({ view, lang, s, onPreview, onCommit }: Props) {
  const dims = dimensionsOf(view);
  const total = dims.reduce((sum, d) => sum + d.weight, 0);
  // Weights are relative: the scale runs to 1 or to the largest current weight.
  const top = Math.max(1, ...dims.map((d) => d.weight));
  const dragging = useRef(false);
  return (
    <section class="panel weights" aria-labelledby="weights-title">
      <h2 id="weights-title">{s.weights}</h2>
      <p class="hint">{s.weightsHint}</p>
      {dims.map((d) => {
        const id = `weight-${d.code}`;
        return (
          <div class="slider-row" key={d.code}>
            <label for={id}>
              <span class="slider-name">{nameIn(d.name, lang)}</span>
              <span class="slider-value">
                {d.weight.toFixed(2)} · {s.share} {total > 0 ? ((100 * d.weight) / total).toFixed(0) : '—'}%
              </span>
            </label>
            <input
              id={id}
              type="range"
              min={top / 100}
              max={top}
              step={top / 100}
              value={Math.min(top, Math.max(top / 100, d.weight))}
              data-testid={id}
              onInput={(e) => {
                dragging.current = true;
                onPreview(d.code, Number((e.target as HTMLInputElement).value));
              }}
              onChange={() => {
                if (dragging.current) onCommit();
                dragging.current = false;
              }}
            />
          </div>
        );
      })}
      <p class="hint">{s.weightsFixedNote}</p>
    </section>
  );
});
