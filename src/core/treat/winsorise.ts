import { checkSkewKurt, skewness } from './moments.js';

export interface Winsorised {
  x: Float64Array;
  /** COINr's `nwin`: the points in the last high plus the last low winsorisation (ties counted together). */
  count: number;
  /** Per value: 'winhi', 'winlo' or ''. */
  treated: string[];
}

/**
 * Iterative winsorisation 缩尾 (COINr `winsorise`, JRC practice): while the JRC rule fails and fewer than
 * `winmax` points are winsorised, on the side of the skew (skew ≥ 0: the top) set every value tied at the
 * extreme to the next value in. Because winsorised points stay tied at the new extreme, the k-th round
 * winsorises k points together: the count is the tie size, as in COINr. Missing values are ignored.
 *
 * @example winsorise([1,2,3,4,5,6,7,8,9,10,30,100], 2, 2, 3.5).x // => 100 → 30, one point (COINr vignette R1)
 */
export function winsorise(values: ArrayLike<number>, winmax: number, skewLimit: number, kurtLimit: number): Winsorised {
  const x = Float64Array.from(values);
  let pass = checkSkewKurt(x, skewLimit, kurtLimit).pass;
  let high: number[] = [];
  let low: number[] = [];
  let count = 0;
  while (!pass && count < winmax) {
    const top = skewness(x) >= 0;
    const extreme = top ? maxOf(x, () => true) : minOf(x, () => true);
    const at = indicesOf(x, extreme);
    const rest = top ? maxOf(x, (i) => x[i] !== extreme) : minOf(x, (i) => x[i] !== extreme);
    for (const i of at) x[i] = rest;
    if (top) high = at;
    else low = at;
    count = high.length + low.length;
    pass = checkSkewKurt(x, skewLimit, kurtLimit).pass;
  }
  const treated = Array.from(x, () => '');
  for (const i of high) treated[i] = 'winhi';
  for (const i of low) treated[i] = 'winlo';
  return { x, count, treated };
}

function indicesOf(x: Float64Array, value: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < x.length; i++) if (x[i] === value) out.push(i);
  return out;
}

function maxOf(x: Float64Array, use: (i: number) => boolean): number {
  let m = -Infinity;
  for (let i = 0; i < x.length; i++) if (use(i) && x[i] > m) m = x[i];
  return m;
}

function minOf(x: Float64Array, use: (i: number) => boolean): number {
  let m = Infinity;
  for (let i = 0; i < x.length; i++) if (use(i) && x[i] < m) m = x[i];
  return m;
}
