import type { Lang, Strings } from '../i18n.js';
import type { Problem } from '../worker/protocol.js';

/** Problems a `clean: true` read fixes: a cell the reader found cleanable (`"1,234.5"`, `１２３`, `—`). */
const CLEANABLE = new Set(['NON_NUMERIC_CLEANABLE']);

interface Props {
  problems: Problem[];
  lang: Lang;
  s: Strings;
  /** The spec reads its data with `clean: true` already (the action is then not offered). */
  cleaning: boolean;
  onClean: () => void;
  /** After a worker failure or time-out: try again with the files and edits the page kept (issue 17). */
  onRetry: () => void;
}

const WORKER = new Set(['WORKER_FAILED', 'WORKER_TIMEOUT']);

/** The error box above the tabs; when cells are not plain numbers, an action to read the data with `clean: true`. */
export function ProblemsBox({ problems, lang, s, cleaning, onClean, onRetry }: Props) {
  if (problems.length === 0) return null;
  const cleanable = problems.filter((p) => CLEANABLE.has(p.code)).length;
  return (
    <div class="problems" role="alert" data-testid="problems">
      <strong>{s.problems}</strong>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>{p[lang]}</li>
        ))}
      </ul>
      {problems.some((p) => WORKER.has(p.code)) && (
        <p class="problems-action">
          <button type="button" data-testid="retry" onClick={onRetry}>
            {s.retry}
          </button>{' '}
          <span class="hint">{s.retryHint}</span>
        </p>
      )}
      {cleanable > 0 && !cleaning && (
        <p class="problems-action">
          <button type="button" data-testid="clean-cells" onClick={onClean}>
            {s.cleanCells(cleanable)}
          </button>{' '}
          <span class="hint">{s.cleanCellsHint}</span>
        </p>
      )}
    </div>
  );
}
