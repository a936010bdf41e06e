import { portableLog } from '../stats/portable-log.js';
import { minMax } from '../stats/summary.js';
import { skewness } from './moments.js';

export type LogMethod = 'log_CT' | 'log_CT_plus' | 'log_CT_orig' | 'boxcox' | 'log';

/**
 * The JRC log transforms applied when winsorisation fails (COINr treat.R), over present values:
 * - `log_CT`: ln(x − min + 0.01(max − min)) (COIN Tool);
 * - `log_CT_plus`: as log_CT for skew > 0, else −ln(max + 0.01(max − min) − x) (mirrored for negative skew);
 * - `log_CT_orig`: ln(x − min + 1);
 * - `boxcox`: y = x − min + 1, then (y^λ − 1)/λ, or ln y for λ = 0 (COINr `boxcox`, makepos = TRUE);
 * - `log`: plain ln x, which needs x > 0 (checked by the caller).
 *
 * @example logTransform([1, 2, 101], 'log_CT', 1) // => [ln 1, ln 2, ln 101]
 */
export function logTransform(x: ArrayLike<number>, method: LogMethod, lambda: number): Float64Array {
  const held = logParameters(x, method, lambda);
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = logValue(x[i], held);
  return out;
}

/** The constants a log transform reads off its column (min, max, shift a, mirroring): held for new values. */
export interface LogParameters {
  method: LogMethod;
  lambda: number;
  min: number;
  max: number;
  a: number;
  mirrored: boolean;
}

export function logParameters(x: ArrayLike<number>, method: LogMethod, lambda: number): LogParameters {
  const [min, max] = minMax(x);
  return { method, lambda, min, max, a: 0.01 * (max - min), mirrored: method === 'log_CT_plus' && !(skewness(x) > 0) };
}

/** One value through a log transform with held constants (logTransform's own expression, so bit-identical). */
export function logValue(v: number, p: LogParameters): number {
  const { method, min, max, a, lambda } = p;
  if (method === 'log_CT' || (method === 'log_CT_plus' && !p.mirrored)) return portableLog(v - min + a);
  if (method === 'log_CT_plus') return -portableLog(max + a - v);
  if (method === 'log_CT_orig') return portableLog(v - min + 1);
  if (method === 'boxcox') return lambda === 0 ? portableLog(v - min + 1) : ((v - min + 1) ** lambda - 1) / lambda;
  return portableLog(v);
}

/** The label COINr writes in Treated_Points for a transformed value. */
export function logLabel(x: ArrayLike<number>, method: LogMethod): string {
  if (method === 'log_CT_plus') return skewness(x) > 0 ? 'log_CT' : 'log_CT_neg';
  return method;
}
