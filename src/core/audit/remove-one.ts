import { NqpfError, NqpfErrors } from '../errors/nqpf-error.js';
import { pruneFramework, rootOf } from '../framework/tree.js';
import { run, type Build } from '../pipeline/run.js';
import { meanAbsoluteShift } from '../uncertainty/rank-cells.js';

export interface RemovalEffect {
  node: string;
  /** Mean absolute change of the index rank over regions (and years); NaN if the build fails without it. */
  meanAbsRankChange: number;
  error?: string;
}

/**
 * 剔除检验 / "What if this component were removed": each node of `level` is removed in turn (with aggregates
 * left empty), the whole build re-run, and the index ranks compared with the nominal ones — COINr
 * `remove_elements` (MeanAbsDiff). A build that fails without the node is reported, not thrown.
 *
 * @example removeOne(build, 2)[0] // => { node: 'Physical', meanAbsRankChange: 0.7058… } (ASEM, COINr 1.1.14)
 */
export function removeOne(build: Build, level: number): RemovalEffect[] {
  const framework = build.results.framework;
  const root = rootOf(framework).code;
  const nominal = build.results.ranks[root];
  return framework.nodes
    .filter((n) => n.level === level && n.parent !== null)
    .map((node) => {
      try {
        const { framework: reduced } = pruneFramework(framework, new Set([node.code]));
        // Only the ranks are compared: the spec's analyses (which may need the removed node) are not re-run.
        const without = run({ ...build.spec, analyses: [] }, { ...build.inputs, framework: reduced });
        return { node: node.code, meanAbsRankChange: meanAbsoluteShift(without.results.ranks[root], nominal) };
      } catch (error) {
        if (!(error instanceof NqpfError || error instanceof NqpfErrors)) throw error;
        return { node: node.code, meanAbsRankChange: NaN, error: error.message };
      }
    });
}
