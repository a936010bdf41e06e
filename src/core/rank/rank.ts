import { z } from 'zod';
import { rankGroup } from '../stats/rank-min.js';
import type { MethodDefinition, PipelineState } from '../pipeline/types.js';

const params = z.object({ ties: z.enum(['min']).default('min') }).strict();

/**
 * Rankings 排名: every node ranked within each year, highest score = 1, ties at the minimum rank
 * (R `rank(-x, ties.method = "min")`, COINr's convention); a missing score has no rank.
 */
export function rankScores(state: PipelineState): PipelineState {
  const scores = state.scores!;
  const nRegions = state.panel.regions.length;
  const years = state.panel.years.length;
  const ranks: Record<string, Float64Array> = {};
  const order = new Uint32Array(2 * nRegions);
  const codes = Object.keys(scores);
  const cells = nRegions * years;
  // One buffer for every node's ranks: small typed arrays are costly to allocate one by one.
  const buffer = new Float64Array(cells * codes.length);
  for (let k = 0; k < codes.length; k++) {
    const column = scores[codes[k]];
    const out = buffer.subarray(k * cells, (k + 1) * cells);
    for (let t = 0; t < years; t++) rankGroup(column, t * nRegions, nRegions, true, out, order);
    ranks[codes[k]] = out;
  }
  return { ...state, ranks };
}

export const rank: MethodDefinition<z.infer<typeof params>> = {
  op: 'rank',
  method: 'min',
  title: { zh: '排名（并列取最小）', en: 'Ranking (ties: min)' },
  summary: { zh: '每年分别排名，得分最高为 1', en: 'ranked within each year, highest score = 1' },
  params,
  run: (state) => rankScores(state),
};
