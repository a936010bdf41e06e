import { NqpfError, throwAll } from '../errors/nqpf-error.js';
import type { Framework, FrameworkNode } from '../model/types.js';
import type { FrameworkRef, NodeOverride } from '../spec/schema.js';
import { pointerSegment } from '../uncertainty/pointer.js';

/**
 * The spec's edits of its framework file (`framework: { path, overrides: { CODE: { name, direction } } }`),
 * applied before the build, so a renamed node or a flipped indicator is a spec change that regenerates
 * exactly — the file itself is never rewritten. A plain-string name sets both languages. Every problem is
 * reported, each located by a JSON Pointer: a code the framework lacks, a direction on an aggregate.
 */
export function applyOverrides(framework: Framework, ref: FrameworkRef): Framework {
  const overrides = typeof ref === 'string' ? undefined : ref.overrides;
  if (!overrides || Object.keys(overrides).length === 0) return framework;
  const byCode = new Map(framework.nodes.map((n) => [n.code, n]));
  const errors: NqpfError[] = [];
  for (const [code, edit] of Object.entries(overrides)) {
    const pointer = `/framework/overrides/${pointerSegment(code)}`;
    const node = byCode.get(code);
    if (!node) errors.push(new NqpfError('FRAMEWORK_OVERRIDE_UNKNOWN', { code, known: listed([...byCode.keys()]) }, { pointer }));
    else if (edit.direction !== undefined && node.level !== 1) {
      errors.push(new NqpfError('FRAMEWORK_OVERRIDE_DIRECTION', { code }, { pointer: `${pointer}/direction` }));
    }
  }
  throwAll(errors);
  return { ...framework, nodes: framework.nodes.map((n) => (overrides[n.code] ? edited(n, overrides[n.code]) : n)) };
}

function listed(codes: string[]): string {
  return codes.length > 12 ? `${codes.slice(0, 12).join(', ')} …` : codes.join(', ');
}

function edited(node: FrameworkNode, edit: NodeOverride): FrameworkNode {
  const name = edit.name === undefined ? node.name : typeof edit.name === 'string' ? { zh: edit.name, en: edit.name } : edit.name;
  return { ...node, name, direction: edit.direction ?? node.direction };
}
