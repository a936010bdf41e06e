/**
 * 分位数（选择法） / Quantiles without sorting: R `quantile(type = 7)` at several p of unsorted data, exactly the
 * values a sort would give (h = (n − 1)p; Q = x₍⌊h⌋₎ + (h − ⌊h⌋)(x₍⌊h⌋+1₎ − x₍⌊h⌋₎)), in one pass per p.
 *
 * Method (after Floyd & Rivest 1975): a fixed sample of SAMPLE values, sorted, gives for each p a bracket
 * [low, high] that very likely holds both of its order statistics; a pass counts the values below the bracket
 * and gathers those inside, and the order statistics are selected among the few gathered. A p whose bracket
 * misses (an unlucky sample) and small inputs are Hoare-selected over all values (then reordered in place).
 * Edge cases: p ascending in [0, 1]; no NaN allowed (callers drop missing values); empty input gives NaN.
 *
 * @example quantilesBySelection(Float64Array.of(4, 1, 3, 2), [0.25, 0.5]) // => [1.75, 2.5]
 */
export function quantilesBySelection(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) return ps.map(() => NaN);
  if (n < 8 * SAMPLE) return ps.map(ascendingSelection(values));
  for (let i = 0; i < SAMPLE; i++) sample[i] = values[Math.floor((i * n) / SAMPLE)];
  sample.sort();
  if (scratch.length < n) scratch = new Float64Array(n);
  const inside = scratch;
  return ps.map((p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const hi = Math.min(lo + 1, n - 1);
    // sample positions of lo and hi, widened by GAP on each side
    const low = sample[Math.max(0, Math.floor((lo * SAMPLE) / n) - GAP)];
    const high = sample[Math.min(SAMPLE - 1, Math.ceil(((hi + 1) * SAMPLE) / n) + GAP)];
    const { below, m } = bracket(values, low, high, inside);
    if (lo < below || hi >= below + m) return ascendingSelection(values)(p);
    return quantileAt(inside, m, lo - below, h - lo, lo + 1 < n);
  });
}

/** How many values lie below `low`, and those in [low, high] gathered into `inside` (m of them). */
function bracket(values: Float64Array, low: number, high: number, inside: Float64Array): { below: number; m: number } {
  let below = 0;
  let m = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v < low) below++;
    else if (v <= high) inside[m++] = v;
  }
  return { below, m };
}

/**
 * Sample size, and the bracket's half-width in sample positions: about 3 standard deviations of where the
 * sample puts an order statistic (√(SAMPLE · p(1 − p)) ≤ 11), so a bracket holds about 13 % of the values.
 */
const SAMPLE = 512;
const GAP = 32;
const sample = new Float64Array(SAMPLE);
let scratch = new Float64Array(0);

/**
 * x₍k₎ + f(x₍k+1₎ − x₍k₎) of the first m values (reordered), k 0-based; without a next (`hasNext` false), x₍k₎.
 * Hoare selection leaves every later value at or above x₍k₎, so x₍k+1₎ is their minimum.
 */
function quantileAt(values: Float64Array, m: number, k: number, f: number, hasNext: boolean, from = 0): number {
  const a = select(values, from, m - 1, k);
  if (!hasNext) return a;
  let b = Infinity;
  for (let i = k + 1; i < m; i++) if (values[i] < b) b = values[i];
  return a + f * (b - a);
}

/** Quantiles at ascending p over all values: each selection starts at the previous order statistic. */
function ascendingSelection(values: Float64Array): (p: number) => number {
  const n = values.length;
  let from = 0;
  return (p) => {
    const h = (n - 1) * p;
    const lo = Math.floor(h);
    const q = quantileAt(values, n, lo, h - lo, lo + 1 < n, from);
    from = lo;
    return q;
  };
}

/** The k-th smallest of values[left, right] (k counted from 0 over the whole array), partially ordering them around it. */
function select(values: Float64Array, left: number, right: number, k: number): number {
  while (right > left) {
    const pivot = values[(left + right) >>> 1];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i++;
      while (values[j] > pivot) j--;
      if (i <= j) {
        const t = values[i];
        values[i] = values[j];
        values[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return values[k];
}
