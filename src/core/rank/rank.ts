import { z } from 'zod';
import { rankGroup } from '../stats/rank-min.js';
import type { EarlierRanks, MethodDefinition, PipelineState } from '../pipeline/types.js';

const params = z.object({ ties: z.enum(['min']).default('min') }).strict();

/**
 * Rankings 排名: every node ranked within each year, highest score = 1, ties at the minimum rank
 * (R `rank(-x, ties.method = "min")`, COINr's convention); a missing score has no rank. With `earlier`
 * (regenerate), a column equal cell for cell to the earlier build's keeps its ranks (shared): a weight
 * slider at county scale re-ranks only the nodes the weight moved.
 */
export function rankScores(state: PipelineState, earlier?: EarlierRanks): PipelineState {
  const scores = state.scores!;
  const nRegions = state.panel.regions.length;
  const years = state.panel.years.length;
  const ranks: Record<string, Float64Array> = {};
  const order = new Uint32Array(2 * nRegions);
  const codes = Object.keys(scores);
  const cells = nRegions * years;
  // An unchanged column shares the earlier ranks (never mutated, as states share unchanged columns).
  const sameLayout = earlier !== undefined && earlier.regions === nRegions && earlier.years === years;
  const fresh = sameLayout ? codes.filter((code) => !(earlier.ranks[code] && sameCells(scores[code], earlier.scores[code]))) : codes;
  // One buffer for the nodes ranked here: small typed arrays are costly to allocate one by one.
  const buffer = new Float64Array(cells * fresh.length);
  for (let k = 0; k < fresh.length; k++) {
    const column = scores[fresh[k]];
    const out = buffer.subarray(k * cells, (k + 1) * cells);
    for (let t = 0; t < years; t++) rankGroup(column, t * nRegions, nRegions, true, out, order);
    ranks[fresh[k]] = out;
  }
  if (fresh === codes) return { ...state, ranks };
  // Keys in the scores' order, as a full ranking gives them.
  const ordered: Record<string, Float64Array> = {};
  for (const code of codes) ordered[code] = ranks[code] ?? earlier!.ranks[code];
  return { ...state, ranks: ordered };
}

/** Same length and the same value in every cell (NaN equal to NaN): the ranks would be the same. */
function sameCells(a: Float64Array, b: Float64Array | undefined): boolean {
  if (a === b) return true;
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !(a[i] !== a[i] && b[i] !== b[i])) return false;
  return true;
}

export const rank: MethodDefinition<z.infer<typeof params>> = {
  op: 'rank',
  method: 'min',
  title: { zh: '排名（并列取最小）', en: 'Ranking (ties: min)' },
  summary: { zh: '每年分别排名，得分最高为 1', en: 'ranked within each year, highest score = 1' },
  params,
  run: (state, _params, ctx) => rankScores(state, ctx.earlier),
};
