import { skewness, kurtosis } from '../treat/moments.js';
import { countPresent, mean, median, minMax, sampleSd } from '../stats/summary.js';

export interface StatsThresholds {
  skew: number;
  kurtosis: number;
  availability: number;
  nonZero: number;
  unique: number;
}

/** COINr `get_stats` defaults: t_skew 2, t_kurt 3.5, t_avail 0.65, t_zero 0.5, t_unq 0.5. */
export const defaultStatsThresholds: StatsThresholds = { skew: 2, kurtosis: 3.5, availability: 0.65, nonZero: 0.5, unique: 0.5 };

export interface IndicatorStats {
  min: number;
  max: number;
  mean: number;
  median: number;
  sd: number;
  skew: number;
  kurtosis: number;
  available: number;
  nonZero: number;
  unique: number;
  /** Count of the most frequent value. */
  same: number;
  fractionAvailable: number;
  fractionNonZero: number;
  fractionUnique: number;
  fractionSame: number;
  flagAvailability: 'ok' | 'LOW';
  flagNonZero: 'ok' | 'LOW';
  flagUnique: 'ok' | 'LOW';
  flagSkewKurtosis: 'ok' | 'OUT';
}

/**
 * 指标统计与标记 / Indicator statistics and flags, as COINr `get_stats`: summary statistics over present values
 * (sd with n − 1, skew and kurtosis as COINr `skew`/`kurt`), counts of available, non-zero, unique values and of
 * the most frequent value, their fractions (of available values; availability of all rows) and flags: LOW
 * availability (< t_avail), LOW non-zero or unique share (of all rows, < t_zero, t_unq), OUT when |skew| > 2
 * and kurtosis > 3.5.
 *
 * @example indicatorStats([1, 2, 2, NaN]).same // => 2
 */
export function indicatorStats(values: ArrayLike<number>, t: StatsThresholds = defaultStatsThresholds): IndicatorStats {
  const n = values.length;
  const present = Array.from(values).filter((v) => !Number.isNaN(v));
  const available = countPresent(values);
  const counts = new Map<number, number>();
  for (const v of present) counts.set(v, (counts.get(v) ?? 0) + 1);
  const nonZero = present.filter((v) => v !== 0).length;
  const same = Math.max(0, ...counts.values());
  const [min, max] = minMax(values);
  const skew = skewness(values);
  const kurt = kurtosis(values);
  return {
    min,
    max,
    mean: mean(values),
    median: median(values),
    sd: sampleSd(values),
    skew,
    kurtosis: kurt,
    available,
    nonZero,
    unique: counts.size,
    same,
    fractionAvailable: available / n,
    fractionNonZero: nonZero / available,
    fractionUnique: counts.size / available,
    fractionSame: same / available,
    flagAvailability: available / n >= t.availability ? 'ok' : 'LOW',
    flagNonZero: nonZero / n >= t.nonZero ? 'ok' : 'LOW',
    flagUnique: counts.size / n >= t.unique ? 'ok' : 'LOW',
    flagSkewKurtosis: Math.abs(skew) > t.skew && kurt > t.kurtosis ? 'OUT' : 'ok',
  };
}
