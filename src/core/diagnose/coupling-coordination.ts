import { NqpfError } from '../errors/nqpf-error.js';

/** One of the ten coordination bands of D (upper bounds 0.1, 0.2, …, 1; the lowest band includes 0). */
export interface CoordinationBand {
  index: number;
  zh: string;
  en: string;
}

const BANDS: [string, string][] = [
  ['极度失调', 'extreme imbalance'],
  ['严重失调', 'serious imbalance'],
  ['中度失调', 'moderate imbalance'],
  ['轻度失调', 'mild imbalance'],
  ['濒临失调', 'on the verge of imbalance'],
  ['勉强协调', 'barely coordinated'],
  ['初级协调', 'primary coordination'],
  ['中级协调', 'intermediate coordination'],
  ['良好协调', 'good coordination'],
  ['优质协调', 'high-quality coordination'],
];
const UPPER = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9];

/**
 * 耦合协调等级 / Coordination band of a coupling coordination degree D.
 *
 * Ten equal bands (METHODS; the ten-class scale of 廖重斌 1999 as used in the literature): [0, 0.1] 极度失调 …
 * (0.9, 1] 优质协调. Bounds compare against decimal literals, so D = 0.3 falls in (0.2, 0.3].
 *
 * @example
 * coordinationBand(0.6514); // => { index: 6, zh: '初级协调', en: 'primary coordination' }
 */
export function coordinationBand(d: number): CoordinationBand {
  let index = 0;
  while (index < UPPER.length && d > UPPER[index]) index++;
  return { index, zh: BANDS[index][0], en: BANDS[index][1] };
}

export interface CouplingCoordinationOptions {
  /** Contribution weights α_i of the subsystems, summing to 1. Default: equal, 1/k. */
  alpha?: ArrayLike<number>;
  /** Which coupling degree enters D: 'classic' (default) or 'corrected' (王淑佳 et al. 2021). */
  coupling?: 'classic' | 'corrected';
}

export interface CouplingCoordinationResult {
  /** Classic coupling degree C. */
  c: number;
  /** Corrected coupling degree C′ (王淑佳 et al. 2021). */
  cCorrected: number;
  /** Comprehensive coordination index T = Σ α_i U_i. */
  t: number;
  /** Coupling coordination degree D = √(C·T), with the C chosen by `coupling`. */
  d: number;
  band: CoordinationBand;
}

/**
 * 耦合协调度 / Coupling coordination degree of k subsystem scores U_1..U_k in [0, 1].
 *
 * Classic: C = k·[Π U_i / (Σ U_i)^k]^{1/k}; T = Σ α_i U_i; D = √(C·T) (METHODS; the normative form of 王淑佳,
 * 孔伟, 任亮 et al. 2021, 国内耦合协调度模型的误区及修正, 自然资源学报 36(3): 793–810, which also lists the
 * missing-k and α misuses guarded here). Corrected (same paper, as restated in METHODS and the nqpf brief; the
 * full text was not reachable to re-check): C′ = √{[1 − Σ_{i>j} √((U_i − U_j)²) / Σ_{m=1}^{k−1} m] ·
 * [Π (U_i / max U)]^{1/(k−1)}}.
 *
 * Edge cases: k < 2 → `CCD_TOO_FEW_SUBSYSTEMS`; U outside [0, 1] or NaN → `CCD_U_OUT_OF_RANGE` (names the
 * subsystem); α of the wrong length, negative, or not summing to 1 (±1e-9) → `CCD_ALPHA_INVALID`. All U = 0 gives
 * C = C′ = 0 (no development, no coupling), never NaN.
 *
 * @example
 * const r = couplingCoordination([0.3, 0.6]);
 * [r.c, r.t, r.d].map((v) => +v.toFixed(4)); // => [0.9428, 0.45, 0.6514]
 * r.band.zh; // => '初级协调'
 */
export function couplingCoordination(
  u: ArrayLike<number>,
  options: CouplingCoordinationOptions = {},
): CouplingCoordinationResult {
  const k = u.length;
  if (k < 2) throw new NqpfError('CCD_TOO_FEW_SUBSYSTEMS', { count: k });
  for (let i = 0; i < k; i++) {
    if (!(u[i] >= 0 && u[i] <= 1)) throw new NqpfError('CCD_U_OUT_OF_RANGE', { value: u[i], node: i });
  }
  const alpha = options.alpha ?? new Array<number>(k).fill(1 / k);
  let alphaSum = 0;
  for (let i = 0; i < alpha.length; i++) {
    if (!(alpha[i] >= 0)) throw new NqpfError('CCD_ALPHA_INVALID', { sum: alpha[i], count: alpha.length, k });
    alphaSum += alpha[i];
  }
  if (alpha.length !== k || Math.abs(alphaSum - 1) > 1e-9) {
    throw new NqpfError('CCD_ALPHA_INVALID', { sum: alphaSum, count: alpha.length, k });
  }
  let sum = 0;
  let logProduct = 0;
  let max = 0;
  let t = 0;
  for (let i = 0; i < k; i++) {
    sum += u[i];
    logProduct += Math.log(u[i]);
    max = Math.max(max, u[i]);
    t += alpha[i] * u[i];
  }
  // k·[ΠU/(ΣU)^k]^{1/k} = k·exp(mean ln U)/ΣU, computed in logs so k = 10 subsystems do not underflow
  const c = sum > 0 ? (k * Math.exp(logProduct / k)) / sum : 0;
  let spread = 0;
  for (let i = 1; i < k; i++) for (let j = 0; j < i; j++) spread += Math.abs(u[i] - u[j]);
  const pairsNorm = (k * (k - 1)) / 2; // Σ_{m=1}^{k−1} m
  const balance = max > 0 ? Math.exp((logProduct - k * Math.log(max)) / (k - 1)) : 0;
  const cCorrected = Math.sqrt(Math.max(0, 1 - spread / pairsNorm) * balance);
  const d = Math.sqrt((options.coupling === 'corrected' ? cCorrected : c) * t);
  return { c, cCorrected, t, d, band: coordinationBand(d) };
}
