import { throwAll } from '../errors/nqpf-error.js';
import { absentIndicatorErrors } from '../framework/match-columns.js';
import { indicatorsOf, pruneFramework } from '../framework/tree.js';
import type { Framework, Panel } from '../model/types.js';
import type { Note, PipelineState } from './types.js';

/**
 * Join framework and data: every indicator must be a data column — or, with `missing: drop`, indicators
 * the data lacks are dropped (with their emptied aggregates), each with a note: the data-availability
 * screen that lets one framework serve any data set.
 */
export function initialState(
  framework: Framework,
  panel: Panel,
  missing: 'error' | 'drop',
  frameworkFile: string,
): { state: PipelineState; notes: Note[] } {
  const absent = indicatorsOf(framework).filter((n) => !(n.code in panel.columns));
  const notes: Note[] = [];
  let reduced = framework;
  throwAll(absentIndicatorErrors(indicatorsOf(framework), Object.keys(panel.columns), missing, { framework: frameworkFile }));
  if (absent.length > 0) {
    const pruned = pruneFramework(framework, new Set(absent.map((n) => n.code)));
    reduced = pruned.framework;
    for (const code of pruned.removed) {
      notes.push({ code: 'NODE_DROPPED', indicator: code, detail: absent.some((n) => n.code === code) ? 'not in the data' : 'no children left' });
    }
  }
  const weights: Record<string, number> = {};
  for (const node of reduced.nodes) if (node.parent !== null) weights[node.code] = node.weight;
  return { state: { framework: reduced, panel, normalized: null, weights, scores: null, ranks: null }, notes };
}
