import { nameIn, type Lang, type Strings } from '../i18n.js';
import type { NodeView, ResultView } from '../worker/protocol.js';

interface Props {
  view: ResultView;
  lang: Lang;
  s: Strings;
  onWeight: (code: string, weight: number) => void;
  onDirection: (code: string, direction: 1 | -1) => void;
}

/** The indicator tree as nested lists: weight inputs for every node, direction toggles for indicators. */
export function FrameworkTree({ view, lang, s, onWeight, onDirection }: Props) {
  const children = new Map<string | null, NodeView[]>();
  for (const node of view.nodes) children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  const renderNode = (node: NodeView) => {
    const kids = children.get(node.code) ?? [];
    const inputId = `fw-weight-${node.code}`;
    return (
      <li key={node.code} class={`level-${node.level}`}>
        <div class="tree-row">
          <span class="tree-name">{nameIn(node.name, lang)}</span>
          <code class="tree-code">{node.code}</code>
          {node.parent !== null && (
            <span class="tree-weight">
              <label for={inputId} class="visually-hidden">
                {s.weight} {nameIn(node.name, lang)}
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
            <button type="button" class="direction" aria-label={`${s.direction}: ${node.direction === 1 ? s.positive : s.negative}`} onClick={() => onDirection(node.code, node.direction === 1 ? -1 : 1)}>
              {node.direction === 1 ? s.positive : s.negative}
            </button>
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
      <p class="hint">{s.directionHint}</p>
      <ul class="tree" data-testid="framework-tree">
        {(children.get(null) ?? []).map(renderNode)}
      </ul>
    </section>
  );
}
