import { NqpfError } from '../errors/nqpf-error.js';
import { quantileSorted } from '../stats/quantile-sorted.js';
import { jenksBreaks } from './jenks.js';

/**
 * 类别编号 / Class of each value given ascending inner breaks: the first class whose break is ≥ x (right-closed,
 * as PySAL mapclassify `bin1d`); values above the last break fall in the top class. NaN gives −1.
 *
 * @example
 * classify([1, 2, 3, 4], [2, 3]); // => [0, 0, 1, 2]
 */
export function classify(values: ArrayLike<number>, breaks: ArrayLike<number>): number[] {
  return Array.from(values, (v) => {
    if (Number.isNaN(v)) return -1;
    let c = 0;
    while (c < breaks.length && v > breaks[c]) c++;
    return c;
  });
}

/**
 * 水平分级 / Level bands: k classes by quantiles (R type 7) or Jenks natural breaks, band 0 = lowest.
 *
 * Quantile breaks are the j/k quantiles, j = 1..k−1 (mapclassify `Quantiles`; duplicate breaks are merged, so
 * fewer classes can result); Jenks via `jenksBreaks`. Classes are right-closed.
 *
 * Edge cases: NaN values get band −1; k < 2 → `TYPOLOGY_BAD_CLASSES`.
 *
 * @example
 * levelBands([1, 2, 3, 4, 5, 6, 7, 8], { classes: 4 }); // => { breaks: [2.75, 4.5, 6.25], band: [0, 0, 1, 1, 2, 2, 3, 3] }
 */
export function levelBands(
  values: ArrayLike<number>,
  options: { classes?: number; method?: 'quantile' | 'jenks' } = {},
): { breaks: number[]; band: number[] } {
  const k = options.classes ?? 4;
  if (!Number.isInteger(k) || k < 2) throw new NqpfError('TYPOLOGY_BAD_CLASSES', { k, distinct: values.length });
  let breaks: number[];
  if (options.method === 'jenks') breaks = jenksBreaks(values, k);
  else {
    const sorted = Float64Array.from(Array.from(values).filter((v) => !Number.isNaN(v))).sort();
    breaks = [...new Set(Array.from({ length: k - 1 }, (_, j) => quantileSorted(sorted, (j + 1) / k)))];
  }
  return { breaks, band: classify(values, breaks) };
}

/**
 * 优势与短板维度 / Leading and lagging dimensions of each region against the national (column) mean.
 *
 * gap_rd = score_rd − mean_d (METHODS "Classification for 分类指导"); leading = dimensions with gap > 0 sorted by
 * gap descending, lagging = gap < 0 sorted ascending (largest shortfall first); ties keep dimension order. The mean
 * is unweighted over regions with a value.
 *
 * Edge cases: NaN scores are left out of the means and of both lists.
 *
 * @example
 * leadingLagging([[0.8, 0.2], [0.4, 0.6]], ['tech', 'green']).leading; // => [['tech'], ['green']]
 */
export function leadingLagging(
  scores: ArrayLike<ArrayLike<number>>,
  dimensions: ArrayLike<string>,
): { mean: number[]; gap: number[][]; leading: string[][]; lagging: string[][] } {
  const m = dimensions.length;
  const mean = Array.from({ length: m }, (_, d) => {
    let s = 0;
    let c = 0;
    for (let r = 0; r < scores.length; r++) {
      if (!Number.isNaN(scores[r][d])) {
        s += scores[r][d];
        c++;
      }
    }
    return c > 0 ? s / c : NaN;
  });
  const gap = Array.from(scores, (row) => Array.from({ length: m }, (_, d) => row[d] - mean[d]));
  const pick = (row: number[], sign: 1 | -1): string[] =>
    row
      .map((g, d) => ({ g, d }))
      .filter((e) => e.g * sign > 0)
      .sort((a, b) => (b.g - a.g) * sign || a.d - b.d)
      .map((e) => dimensions[e.d]);
  return { mean, gap, leading: gap.map((row) => pick(row, 1)), lagging: gap.map((row) => pick(row, -1)) };
}

/**
 * 水平—增速象限 / Level × growth quadrants: H/L level then H/L growth against reference values (default: means).
 *
 * A value equal to its reference counts as high. 'HH' leading-fast, 'HL' leading-slow, 'LH' catching up,
 * 'LL' lagging-slow.
 *
 * Edge cases: NaN on either axis gives null; length mismatch → `TYPOLOGY_SHAPE`.
 *
 * @example
 * levelGrowthQuadrants([1, 3], [0.2, 0.1]).quadrant; // => ['LH', 'HL']
 */
export function levelGrowthQuadrants(
  level: ArrayLike<number>,
  growth: ArrayLike<number>,
  options: { levelReference?: number; growthReference?: number } = {},
): { levelReference: number; growthReference: number; quadrant: (string | null)[] } {
  if (level.length !== growth.length) throw new NqpfError('TYPOLOGY_SHAPE', { level: level.length, growth: growth.length });
  const meanOf = (x: ArrayLike<number>): number => {
    const ok = Array.from(x).filter((v) => !Number.isNaN(v));
    return ok.reduce((a, b) => a + b, 0) / ok.length;
  };
  const levelReference = options.levelReference ?? meanOf(level);
  const growthReference = options.growthReference ?? meanOf(growth);
  const quadrant = Array.from(level, (l, i) => {
    const g = growth[i];
    if (Number.isNaN(l) || Number.isNaN(g)) return null;
    return `${l >= levelReference ? 'H' : 'L'}${g >= growthReference ? 'H' : 'L'}`;
  });
  return { levelReference, growthReference, quadrant };
}

/** A region's national position on an indicator, 0 = best … 1 = worst: (rank − 1) / (regions with a value − 1). */
export function nationalPosition(rank: number, count: number): number {
  return count > 1 ? (rank - 1) / (count - 1) : 0;
}

/** Strength: in the national top third (position ≤ 1/3); weakness: in the bottom third (position > 2/3). */
export const STRENGTH_AT_MOST = 1 / 3;
export const WEAKNESS_ABOVE = 2 / 3;

/**
 * 优势与劣势指标 / Strengths and weaknesses of a region, defined against the national distribution.
 *
 * Each indicator is ranked across the regions with a value (highest = 1, ties "min", values
 * direction-adjusted); the region's position on it is p = (rank − 1) / (n − 1), 0 = first, 1 = last.
 * A strength is an indicator with p ≤ 1/3 (the national top third), a weakness one with p > 2/3 (the
 * bottom third): the two are disjoint by construction, a region first on every indicator has no
 * weakness, and the region's worst indicator is never dropped (COINr `get_str_weak`, which lists a
 * region's best- and worst-ranked indicators, overlaps them when a framework has few indicators and
 * discards each region's last place — issue 16). Strengths are listed best first, weaknesses worst
 * first (ties: indicator order), at most `top` and `bottom` of each. Missing values are skipped.
 *
 * @example
 * strengthsWeaknesses([[3, 1, 2], [1, 2, 3], [2, 3, 1]], ['a', 'b', 'c'], 0, 3, 3);
 * // => { strengths: [{ label: 'a', rank: 1 }], weaknesses: [{ label: 'b', rank: 3 }] }
 */
export function strengthsWeaknesses(
  values: ArrayLike<ArrayLike<number>>,
  indicators: ArrayLike<string>,
  region: number,
  top: number,
  bottom: number,
): { strengths: { label: string; rank: number }[]; weaknesses: { label: string; rank: number }[] } {
  const strengths: { label: string; rank: number }[] = [];
  const weaknesses: { label: string; rank: number }[] = [];
  for (let j = 0; j < indicators.length; j++) {
    const v = values[region][j];
    if (Number.isNaN(v)) continue;
    let rank = 1;
    let count = 0;
    for (let r = 0; r < values.length; r++) {
      const other = values[r][j];
      if (Number.isNaN(other)) continue;
      count++;
      if (other > v) rank++;
    }
    const p = nationalPosition(rank, count);
    if (p <= STRENGTH_AT_MOST) strengths.push({ label: indicators[j], rank });
    else if (p > WEAKNESS_ABOVE) weaknesses.push({ label: indicators[j], rank });
  }
  strengths.sort((a, b) => a.rank - b.rank);
  weaknesses.sort((a, b) => b.rank - a.rank);
  return { strengths: strengths.slice(0, Math.max(0, top)), weaknesses: weaknesses.slice(0, Math.max(0, bottom)) };
}
