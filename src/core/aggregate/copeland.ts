import type { AggregateKernel } from './apply.js';
import { baseParams, defineAggregate } from './define.js';

/**
 * Copeland score 科普兰计分 (COINr `a_copeland`, Munda & Nardo 2009): within each year, the outranking matrix
 * M[p,q] = Σ_j w_j [x_pj > x_qj] + ½ Σ_j w_j [x_pj = x_qj] (weights summing to 1, missing comparisons
 * skipped; M[q,p] = 1 − M[p,q]); a region's score = #{q: M[p,q] > ½} − #{q: M[p,q] < ½}. Non-compensatory.
 *
 * @example copelandKernel.columns([[1, 2, 3]], [1], { regions: 3, years: 1 }) // => [-2, 0, 2]
 */
export const copelandKernel: AggregateKernel = {
  name: 'copeland',
  positive: false,
  columns: (columns, weights, { regions, years }) => {
    const total = weights.reduce((s, w) => s + w, 0);
    const w = weights.map((x) => x / total);
    const out = new Float64Array(regions * years);
    const m = new Float64Array(regions * regions);
    for (let t = 0; t < years; t++) {
      const at = (r: number, k: number) => columns[k][t * regions + r];
      for (let p = 0; p < regions; p++) {
        for (let q = p + 1; q < regions; q++) {
          // as COINr: sum of the winning weights, plus half the sum of the tied weights
          let wins = 0;
          let ties = 0;
          for (let k = 0; k < columns.length; k++) {
            if (at(p, k) > at(q, k)) wins += w[k];
            else if (at(p, k) === at(q, k)) ties += w[k];
          }
          const s = wins + ties / 2;
          m[p * regions + q] = s;
          m[q * regions + p] = 1 - s;
        }
      }
      for (let p = 0; p < regions; p++) {
        let score = 0;
        for (let q = 0; q < regions; q++) if (q !== p) score += Math.sign(m[p * regions + q] - 0.5);
        out[t * regions + p] = score;
      }
    }
    return out;
  },
};

export const copeland = defineAggregate({
  method: 'copeland',
  title: { zh: '科普兰法', en: 'Copeland' },
  summary: { zh: '两两比较的胜负次数之差（非补偿）', en: 'pairwise wins minus losses (non-compensatory)' },
  params: baseParams,
  kernel: () => copelandKernel,
});
