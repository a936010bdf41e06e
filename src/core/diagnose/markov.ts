import { NqpfError } from '../errors/nqpf-error.js';
import { quantileSorted } from '../stats/quantile-sorted.js';
import { classify } from './typology.js';
import { type SpatialWeights, spatialLag } from './spatial-weights.js';

export interface MarkovOptions {
  /** Number of quantile classes k (default 5). Ignored when `cutoffs` is given. */
  classes?: number;
  /** Fixed inner cut-offs (k − 1, ascending); classes are right-closed: x ≤ cutoffs[0] is class 0. */
  cutoffs?: number[];
  /** Quantiles over all years pooled (true) or per year (false). */
  pooled?: boolean;
  /** Put 1 on the diagonal of rows with no transitions (giddy `fill_empty_classes`); default false: rows of 0. */
  fillEmpty?: boolean;
}

/** Inner quantile cut-offs j/k, j = 1..k−1, R type 7, duplicates merged (mapclassify `Quantiles`). */
function quantileCutoffs(values: ArrayLike<number>, k: number): number[] {
  const sorted = Float64Array.from(Array.from(values).filter((v) => !Number.isNaN(v))).sort();
  return [...new Set(Array.from({ length: k - 1 }, (_, j) => quantileSorted(sorted, (j + 1) / k)))];
}

/**
 * 类别划分 / Discretise a year-major panel into classes: fixed cut-offs, pooled quantiles or per-year quantiles.
 * Returns the class of each cell (−1 for missing) and the cut-offs used (one list, or one per year).
 */
export function discretizePanel(
  values: ArrayLike<number>,
  regionCount: number,
  yearCount: number,
  options: MarkovOptions,
  pooledDefault: boolean,
): { k: number; classIds: Int32Array; cutoffs: number[] | number[][] } {
  if (values.length !== regionCount * yearCount || yearCount < 2) {
    throw new NqpfError('MARKOV_SHAPE', { values: values.length, regions: regionCount, years: yearCount });
  }
  const classIds = new Int32Array(values.length);
  if (options.cutoffs) {
    classIds.set(classify(values, options.cutoffs));
    return { k: options.cutoffs.length + 1, classIds, cutoffs: options.cutoffs.slice() };
  }
  const k = options.classes ?? 5;
  if (!Number.isInteger(k) || k < 2) throw new NqpfError('TYPOLOGY_BAD_CLASSES', { k, distinct: regionCount });
  if (options.pooled ?? pooledDefault) {
    const cutoffs = quantileCutoffs(values, k);
    classIds.set(classify(values, cutoffs));
    return { k, classIds, cutoffs };
  }
  const perYear: number[][] = [];
  for (let t = 0; t < yearCount; t++) {
    const year = Array.prototype.slice.call(values, t * regionCount, (t + 1) * regionCount) as number[];
    const cutoffs = quantileCutoffs(year, k);
    perYear.push(cutoffs);
    classIds.set(classify(year, cutoffs), t * regionCount);
  }
  return { k, classIds, cutoffs: perYear };
}

/** Row-normalise transition counts; empty rows stay 0 or, with `fillEmpty`, get 1 on the diagonal. */
export function transitionProbabilities(counts: number[][], fillEmpty = false): number[][] {
  return counts.map((row, i) => {
    const sum = row.reduce((a, b) => a + b, 0);
    if (sum > 0) return row.map((c) => c / sum);
    return row.map((_, j) => (fillEmpty && i === j ? 1 : 0));
  });
}

export interface MarkovResult {
  k: number;
  cutoffs: number[] | number[][];
  counts: number[][];
  probabilities: number[][];
}

/**
 * 传统马尔可夫链 / Classic Markov transition matrix of yearly classes.
 *
 * Rey S. J. (2001), Spatial analysis of regional income inequality, Geographical Analysis 33; PySAL giddy `Markov`:
 * counts n_ij of a region in class i in year t and class j in year t + 1, pooled over regions and consecutive
 * years; p_ij = n_ij / Σ_j n_ij. Default classes: quintiles per year (mapclassify `Quantiles` of each year, right-
 * closed); `pooled: true` takes quantiles over all years, `cutoffs` fixes them (e.g. relative to the mean).
 *
 * Edge cases: shape mismatch or fewer than 2 years → `MARKOV_SHAPE`; a transition with a missing end is skipped;
 * empty rows are 0 (or filled, see `fillEmpty`).
 *
 * @example
 * markovChain([1, 2, 2, 1], 2, 2, { classes: 2 }).counts; // => [[0, 1], [1, 0]]
 */
export function markovChain(
  values: ArrayLike<number>,
  regionCount: number,
  yearCount: number,
  options: MarkovOptions = {},
): MarkovResult {
  const { k, classIds, cutoffs } = discretizePanel(values, regionCount, yearCount, options, false);
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let t = 0; t + 1 < yearCount; t++) {
    for (let r = 0; r < regionCount; r++) {
      const a = classIds[t * regionCount + r];
      const b = classIds[(t + 1) * regionCount + r];
      if (a >= 0 && b >= 0) counts[a][b]++;
    }
  }
  return { k, cutoffs, counts, probabilities: transitionProbabilities(counts, options.fillEmpty) };
}

export interface SpatialMarkovResult extends MarkovResult {
  lagCutoffs: number[] | number[][];
  /** counts[l][i][j] and probabilities[l][i][j], conditioned on the spatial-lag class l in year t. */
  conditionalCounts: number[][][];
  conditionalProbabilities: number[][][];
}

/**
 * 空间马尔可夫链 / Spatial Markov chain: transition matrices conditioned on the class of the spatial lag.
 *
 * Rey (2001); PySAL giddy `Spatial_Markov`: the lag Wy is computed each year with the weights given (pass
 * row-standardised W, as giddy's examples), discretised like y but separately (`lag` options: own classes or
 * cut-offs); a transition i → j of region r between t and t + 1 counts in the matrix of r's lag class in year t.
 * Defaults follow giddy: quintiles pooled over all years (`fixed = True`) for both y and its lag.
 *
 * Edge cases: as `markovChain`; a weights object for a different number of units → `MARKOV_SHAPE`. Islands have
 * lag 0 and fall in the lowest lag class — drop them first if that is not wanted.
 *
 * @example
 * spatialMarkov(panel, 48, 81, w, { cutoffs: [0.8, 0.9, 1, 1.2], lag: { cutoffs: [0.8, 0.9, 1, 1.2] } });
 */
export function spatialMarkov(
  values: ArrayLike<number>,
  regionCount: number,
  yearCount: number,
  w: SpatialWeights,
  options: MarkovOptions & { lag?: MarkovOptions } = {},
): SpatialMarkovResult {
  if (w.n !== regionCount) throw new NqpfError('MARKOV_SHAPE', { values: values.length, regions: regionCount, years: yearCount });
  const own = discretizePanel(values, regionCount, yearCount, options, true);
  const lagValues = new Float64Array(values.length);
  for (let t = 0; t < yearCount; t++) {
    const year = Array.prototype.slice.call(values, t * regionCount, (t + 1) * regionCount) as number[];
    lagValues.set(spatialLag(w, year), t * regionCount);
  }
  const lagOptions = options.lag ?? { classes: options.classes, pooled: options.pooled };
  const lag = discretizePanel(lagValues, regionCount, yearCount, lagOptions, true);
  const k = own.k;
  const conditionalCounts = Array.from({ length: lag.k }, () => Array.from({ length: k }, () => new Array<number>(k).fill(0)));
  const counts = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  for (let t = 0; t + 1 < yearCount; t++) {
    for (let r = 0; r < regionCount; r++) {
      const a = own.classIds[t * regionCount + r];
      const b = own.classIds[(t + 1) * regionCount + r];
      const l = lag.classIds[t * regionCount + r];
      if (a < 0 || b < 0) continue;
      counts[a][b]++;
      if (l >= 0) conditionalCounts[l][a][b]++;
    }
  }
  return {
    k,
    cutoffs: own.cutoffs,
    lagCutoffs: lag.cutoffs,
    counts,
    probabilities: transitionProbabilities(counts, options.fillEmpty),
    conditionalCounts,
    conditionalProbabilities: conditionalCounts.map((m) => transitionProbabilities(m, options.fillEmpty)),
  };
}
