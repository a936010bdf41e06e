/**
 * Natural logarithm from IEEE basic operations only (+ − × ÷ and exact scaling by powers of two), so Node and
 * every browser give the same bits: V8's Math.log differs in the last bit between engine versions (Node 20's
 * V8 11.3 and Chromium 156 disagree on ~2 % of arguments), which broke the web app's byte-for-byte agreement
 * with the CLI once the JRC log transform entered the main spec. Method of fdlibm's e_log.c: x = m·2^k with
 * m ∈ [√½, √2), ln m = 2 atanh(s), s = (m − 1)/(m + 1), summed as an odd series; k·ln 2 split in two parts.
 * Accurate to about one ulp.
 */
const LN2_HI = 6.93147180369123816490e-1;
const LN2_LO = 1.90821492927058770002e-10;

export function portableLog(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  let m = x;
  let k = 0;
  while (m >= 2) {
    m /= 2;
    k++;
  }
  while (m < 1) {
    m *= 2;
    k--;
  }
  if (m > Math.SQRT2) {
    m /= 2;
    k++;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const s2 = s * s;
  // 2 atanh(s) = 2s (1 + s²/3 + s⁴/5 + …); |s| ≤ 0.1716, so 14 terms reach 1e-21 relative.
  let series = 0;
  for (let j = 27; j >= 3; j -= 2) series = (series + 1 / j) * s2;
  const lnm = 2 * s + 2 * s * series;
  return k * LN2_HI + (lnm + k * LN2_LO);
}
