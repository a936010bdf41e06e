import type { Lang } from '../i18n.js';
import type { Problem } from '../worker/protocol.js';

/** Problems from the worker, already located and worded in both languages, as an alert list. */
export function ProblemList({ problems, lang }: { problems: Problem[]; lang: Lang }) {
  if (problems.length === 0) return null;
  return (
    <ul class="problems compact" role="alert">
      {problems.map((p, i) => (
        <li key={i}>{p[lang]}</li>
      ))}
    </ul>
  );
}
