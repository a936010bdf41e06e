import { useState } from 'preact/hooks';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { ExampleInfo, QualityReport } from '../worker/protocol.js';

interface Props {
  lang: Lang;
  s: Strings;
  examples: ExampleInfo[];
  exampleId: string | null;
  quality: QualityReport | null;
  /** Dominance-guard findings of the current build, rendered (empty when none). */
  warnings: { code: string; zh: string; en: string }[];
  onExample: (id: string) => void;
  onFiles: (files: File[]) => void;
}

/** Bundled examples, a drop zone / file picker for the user's own tables, and the data-quality panel. */
export function DataPanel({ lang, s, examples, exampleId, quality, warnings, onExample, onFiles }: Props) {
  const [over, setOver] = useState(false);
  return (
    <div class="data-panel">
      <div class="example-row">
        <label for="example-select">{s.example}</label>
        <select id="example-select" value={exampleId ?? ''} onChange={(e) => onExample((e.target as HTMLSelectElement).value)}>
          {exampleId === null && <option value="">—</option>}
          {examples.map((x) => (
            <option key={x.id} value={x.id}>
              {nameIn(x.title, lang)}
            </option>
          ))}
        </select>
      </div>
      <div
        class={`drop-zone${over ? ' over' : ''}`}
        data-testid="drop-zone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => {
          e.preventDefault();
          setOver(false);
          onFiles([...(e.dataTransfer?.files ?? [])]);
        }}
      >
        <span>{s.dropHere} </span>
        <label class="button">
          {s.chooseFiles}
          <input
            type="file"
            multiple
            accept=".csv,.tsv,.txt,.xlsx,.yaml,.yml,.json"
            class="visually-hidden"
            data-testid="data-input"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              onFiles([...(input.files ?? [])]);
              input.value = '';
            }}
          />
        </label>
      </div>
      {warnings.length > 0 && (
        <section class="problems" role="alert" data-testid="dominance">
          <strong>{s.dominance}</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w[lang]}</li>
            ))}
          </ul>
        </section>
      )}
      {quality && <QualityPanel quality={quality} s={s} />}
    </div>
  );
}

function QualityPanel({ quality, s }: { quality: QualityReport; s: Strings }) {
  return (
    <section class="quality" data-testid="quality" aria-labelledby="quality-title">
      <h3 id="quality-title">{s.quality}</h3>
      <dl class="facts">
        <dt>{s.file}</dt>
        <dd>
          {quality.file} ({quality.format})
        </dd>
        <dt>{s.rows}</dt>
        <dd>{quality.rows}</dd>
        <dt>{s.regionsCount}</dt>
        <dd>{quality.regions}</dd>
        <dt>{s.yearsLabel}</dt>
        <dd>{quality.years.length ? `${quality.years[0]}–${quality.years[quality.years.length - 1]}` : '—'}</dd>
        <dt>{s.indicatorsCount}</dt>
        <dd>{quality.indicators}</dd>
        <dt>{s.registryLabel}</dt>
        <dd>{s.registry[quality.registry]}</dd>
        <dt>{s.missingCells}</dt>
        <dd>
          {quality.missingTotal} / {quality.cells}
        </dd>
      </dl>
      {quality.missing.length > 0 ? (
        <details>
          <summary>{s.missingCells}</summary>
          <ul class="compact">
            {quality.missing.map((m) => (
              <li key={m.indicator}>
                {m.indicator}: {m.count}
              </li>
            ))}
          </ul>
        </details>
      ) : (
        <p>{s.missingNone}</p>
      )}
      <h4>{s.unmatched}</h4>
      {quality.unmatched.length > 0 ? (
        <ul class="compact unmatched" data-testid="unmatched">
          {quality.unmatched.map((u) => (
            <li key={u.name}>
              “{u.name}” — {s.suggestions}: {u.suggestions.length ? u.suggestions.join('、') : '—'}
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.unmatchedNone}</p>
      )}
      <h4>{s.outliers}</h4>
      {quality.outliers.length > 0 ? (
        <ul class="compact">
          {quality.outliers.map((o) => (
            <li key={o.indicator}>
              {o.indicator}: skew {o.skew.toFixed(2)}, kurtosis {o.kurtosis.toFixed(2)}
            </li>
          ))}
        </ul>
      ) : (
        <p>{s.outliersNone}</p>
      )}
      {quality.frameworkMissing.length > 0 && (
        <details>
          <summary>
            {s.frameworkMissing} ({quality.frameworkMissing.length})
          </summary>
          <p class="codes">{quality.frameworkMissing.join(', ')}</p>
        </details>
      )}
    </section>
  );
}
