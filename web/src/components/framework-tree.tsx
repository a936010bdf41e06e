import { useRef, useState } from 'preact/hooks';
import { nameIn, type Lang, type Strings } from '../i18n.js';
import { proposeDirection } from '../../../src/core/framework/draft-from-headers.js';
import type { NodeOverride } from '../../../src/core/spec/schema.js';
import type { FrameworkInfo, NodeView, ResultView } from '../worker/protocol.js';

interface Props {
  view: ResultView;
  lang: Lang;
  s: Strings;
  /** The bundled frameworks, and the path of the spec's framework (a bundled one or a dropped file). */
  frameworks: FrameworkInfo[];
  current: string;
  onFramework: (path: string) => void;
  onWeight: (code: string, weight: number) => void;
  /** A rename or a direction flip, made a spec change (`framework.overrides`) by the caller. */
  onEdit: (code: string, edit: NodeOverride) => void;
  /**
   * The framework was drafted in the app from a dropped table's headers: directions are proposals to review,
   * and indicators can be moved between pillars (`onMove`; parent null = a new pillar).
   */
  drafted: boolean;
  onMove: (code: string, parent: string | null) => void;
}

/**
 * The indicator tree as nested lists: every node's name editable in the UI language (Enter or leaving the
 * field keeps it, Escape drops it), weight inputs for every node, direction toggles for indicators.
 */
export function FrameworkTree({ view, lang, s, frameworks, current, onFramework, onWeight, onEdit, drafted, onMove }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  /** The node being renamed, cleared at once when Enter, Escape or blur ends it (so the blur of the removed field does not rename twice). */
  const open = useRef<string | null>(null);
  const startEditing = (code: string | null) => {
    open.current = code;
    setEditing(code);
  };
  const children = new Map<string | null, NodeView[]>();
  for (const node of view.nodes) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  const rename = (node: NodeView, text: string) => {
    if (open.current !== node.code) return;
    startEditing(null);
    const value = text.trim();
    if (value === '' || value === nameIn(node.name, lang)) return;
    onEdit(node.code, { name: { ...node.name, [lang]: value } });
  };
  const pillars = view.nodes.filter((n) => n.level === 2);
  const renderNode = (node: NodeView) => {
    const kids = children.get(node.code) ?? [];
    const inputId = `fw-weight-${node.code}`;
    const name = nameIn(node.name, lang);
    return (
      <li key={node.code} class={`level-${node.level}`}>
        <div class="tree-row">
          {editing === node.code ? (
            <input
              class="tree-name-input"
              data-testid={`fw-name-input-${node.code}`}
              aria-label={`${s.rename}: ${name}`}
              value={name}
              ref={(el) => el?.focus()}
              onKeyDown={(e) => {
                if (e.key === 'Enter') rename(node, (e.target as HTMLInputElement).value);
                else if (e.key === 'Escape') startEditing(null);
              }}
              onBlur={(e) => rename(node, (e.target as HTMLInputElement).value)}
            />
          ) : (
            <button type="button" class="tree-name" data-testid={`fw-name-${node.code}`} title={s.rename} aria-label={`${s.rename}: ${name}`} onClick={() => startEditing(node.code)}>
              {name}
            </button>
          )}
          <code class="tree-code">{node.code}</code>
          {node.parent !== null && (
            <span class="tree-weight">
              <label for={inputId} class="visually-hidden">
                {s.weight} {name}
              </label>
              <input
                id={inputId}
                type="number"
                min={0.0001}
                step="any"
                value={Number(node.weight.toPrecision(4))}
                onChange={(e) => {
                  const value = Number((e.target as HTMLInputElement).value);
                  if (Number.isFinite(value) && value > 0) onWeight(node.code, value);
                }}
              />
              <span class="tree-effective" title={s.effectiveWeight}>
                {(100 * node.effectiveWeight).toFixed(1)}%
              </span>
            </span>
          )}
          {node.level === 1 && (
            <button
              type="button"
              class="direction"
              data-testid={`fw-direction-${node.code}`}
              aria-label={`${s.direction}: ${node.direction === 1 ? s.positive : s.negative}`}
              onClick={() => onEdit(node.code, { direction: node.direction === 1 ? -1 : 1 })}
            >
              {node.direction === 1 ? s.positive : s.negative}
            </button>
          )}
          {node.level === 1 && drafted && <Proposal node={node} s={s} />}
          {node.level === 1 && drafted && (
            <select
              class="tree-move"
              data-testid={`fw-move-${node.code}`}
              aria-label={`${s.movePillar}: ${name}`}
              value={node.parent ?? ''}
              onChange={(e) => {
                const value = (e.target as HTMLSelectElement).value;
                onMove(node.code, value === NEW_PILLAR ? null : value);
              }}
            >
              {pillars.map((p) => (
                <option key={p.code} value={p.code}>
                  {nameIn(p.name, lang)}
                </option>
              ))}
              <option value={NEW_PILLAR}>{s.newPillar}</option>
            </select>
          )}
        </div>
        {kids.length > 0 && <ul>{kids.map(renderNode)}</ul>}
      </li>
    );
  };
  return (
    <section class="framework-tree" aria-labelledby="framework-title">
      <h3 id="framework-title">
        {s.frameworkTree} <span class="hint">({s.weight} · {s.effectiveWeight} · {s.direction})</span>
      </h3>
      <p class="framework-pick">
        <label for="framework-select">{s.bundledFramework}</label>{' '}
        <select id="framework-select" data-testid="framework-select" value={current} onChange={(e) => onFramework((e.target as HTMLSelectElement).value)}>
          {!frameworks.some((f) => f.path === current) && <option value={current}>{current}</option>}
          {frameworks.map((f) => (
            <option key={f.path} value={f.path}>
              {nameIn(f.name, lang)}
            </option>
          ))}
        </select>
      </p>
      <p class="hint">{s.frameworkHint}</p>
      {drafted && (
        <p class="drafted-note" data-testid="drafted-note">
          {s.draftedNote}
        </p>
      )}
      <ul class="tree" data-testid="framework-tree">
        {(children.get(null) ?? []).map(renderNode)}
      </ul>
    </section>
  );
}

const NEW_PILLAR = '\u0000new';

/** The direction the draft proposed from the name's words, and the word — a proposal the user confirms or flips. */
function Proposal({ node, s }: { node: NodeView; s: Strings }) {
  const { direction, keyword } = proposeDirection(node.name.zh || node.name.en);
  return (
    <span class={`proposal${direction === node.direction ? '' : ' overridden'}`} data-testid={`fw-proposal-${node.code}`}>
      {keyword ? s.proposedLess(keyword) : s.proposedMore}
    </span>
  );
}
