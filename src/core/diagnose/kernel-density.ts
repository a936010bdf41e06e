import { NqpfError } from '../errors/nqpf-error.js';
import { bandwidthNrd, bandwidthNrd0 } from './bandwidth.js';

export interface KernelDensityOptions {
  kernel?: 'gaussian' | 'epanechnikov';
  /** A rule name or a fixed bandwidth (the kernel's standard deviation, as R). Default 'nrd0'. */
  bandwidth?: 'nrd0' | 'nrd' | number;
  /** Number of grid points (default 512, as R). */
  points?: number;
  /** Grid runs from min − cut·bw to max + cut·bw (default 3, as R). */
  cut?: number;
}

export interface KernelDensityResult {
  kernel: 'gaussian' | 'epanechnikov';
  bandwidth: number;
  x: number[];
  y: number[];
}

const INV_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
const SQRT5 = Math.sqrt(5);

/**
 * 核密度估计 / Kernel density estimate on an evenly spaced grid, as R `density()` lays it out.
 *
 * f(x) = (1/n) Σ K_h(x − x_i) (Silverman 1986). The bandwidth is the kernel's standard deviation, as in R: the
 * Gaussian K_h = φ(u/h)/h; the Epanechnikov K_h(u) = 3/(4a)·(1 − (u/a)²) on |u| < a = √5·h (R `density`). The
 * grid is seq(min − cut·h, max + cut·h, length = points), R's defaults. nqpf sums exactly (O(n·points)); R bins
 * and uses an FFT, so R's values agree to about 1e-3 relative, not to the last digit.
 *
 * Edge cases: fewer than 2 values → `KDE_TOO_FEW_VALUES`; non-finite values → `KDE_BAD_VALUE`; a fixed bandwidth
 * ≤ 0 or a rule giving 0 → `KDE_ZERO_BANDWIDTH`; fewer than 2 grid points → `KDE_BAD_GRID`.
 *
 * @example
 * const d = kernelDensity([1, 2, 3, 4, 10]);
 * [d.bandwidth, d.x[0], d.x.length]; // => [0.9735846228506357, -1.9207538685519072, 512]
 */
export function kernelDensity(values: ArrayLike<number>, options: KernelDensityOptions = {}): KernelDensityResult {
  const kernel = options.kernel ?? 'gaussian';
  const rule = options.bandwidth ?? 'nrd0';
  const h = rule === 'nrd0' ? bandwidthNrd0(values) : rule === 'nrd' ? bandwidthNrd(values) : rule;
  if (!(h > 0 && h < Infinity)) throw new NqpfError('KDE_ZERO_BANDWIDTH', { rule: String(rule) });
  const points = options.points ?? 512;
  if (!Number.isInteger(points) || points < 2) throw new NqpfError('KDE_BAD_GRID', { points });
  const n = values.length;
  if (n < 2) throw new NqpfError('KDE_TOO_FEW_VALUES', { count: n });
  const data = Float64Array.from(values);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(data[i])) throw new NqpfError('KDE_BAD_VALUE', { value: data[i], unit: i });
    lo = Math.min(lo, data[i]);
    hi = Math.max(hi, data[i]);
  }
  const cut = options.cut ?? 3;
  const from = lo - cut * h;
  const step = (hi + cut * h - from) / (points - 1);
  const x = new Array<number>(points);
  const y = new Array<number>(points);
  const a = SQRT5 * h;
  for (let g = 0; g < points; g++) {
    const at = from + g * step;
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const u = at - data[i];
      if (kernel === 'gaussian') sum += Math.exp(-0.5 * (u / h) ** 2) * INV_SQRT_2PI / h;
      else if (Math.abs(u) < a) sum += (0.75 * (1 - (u / a) ** 2)) / a;
    }
    x[g] = at;
    y[g] = sum / n;
  }
  return { kernel, bandwidth: h, x, y };
}
