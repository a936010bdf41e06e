import { NqpfError } from '../errors/nqpf-error.js';

/** A seeded uniform source: `next()` in [0, 1) with 53 random bits, `integer(n)` in 0..n−1. */
export interface RandomSource {
  next(): number;
  integer(n: number): number;
}

// One MurmurHash3 (x86_32) mixing round: folds a 32-bit word into the running hash.
function mixWord(hash: number, word: number): number {
  let k = Math.imul(word | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  let h = hash ^ k;
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

function finalizeHash(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) | 0;
}

function mixInteger(hash: number, value: number): number {
  // lower and upper 32 bits of a safe integer (two's complement for negatives via ToUint32 / floor)
  return mixWord(mixWord(hash, value >>> 0), Math.floor(value / 4294967296) | 0);
}

/**
 * 种子随机数发生器 / Seeded pseudo-random number generator.
 *
 * xoshiro128** (Blackman & Vigna 2018, https://prng.di.unimi.it/xoshiro128starstar.c) whose 128-bit state is
 * filled by splitmix32 from a MurmurHash3 hash of `(seed, ...streams)`. Every random step derives its own source
 * from (seed, step id, draw index), so results never depend on call order or on the number of worker threads.
 *
 * Edge cases: `seed` and numeric stream ids must be safe integers (else `RANDOM_SEED_INVALID`); string ids are
 * hashed code unit by code unit, tagged so that `1` and `"1"` give different streams.
 *
 * @example
 * const a = createRandom(42, 'moran', 7).next();
 * const b = createRandom(42, 'moran', 7).next();
 * a === b; // => true
 * a >= 0 && a < 1; // => true
 */
export function createRandom(seed: number, ...streams: (number | string)[]): RandomSource {
  if (!Number.isSafeInteger(seed)) throw new NqpfError('RANDOM_SEED_INVALID', { value: seed });
  let h = mixInteger(0x6e717066, seed);
  for (const id of streams) {
    if (typeof id === 'string') {
      h = mixWord(mixWord(h, 2), id.length);
      for (let i = 0; i < id.length; i++) h = mixWord(h, id.charCodeAt(i));
    } else {
      if (!Number.isSafeInteger(id)) throw new NqpfError('RANDOM_SEED_INVALID', { value: id });
      h = mixInteger(mixWord(h, 1), id);
    }
  }
  let sm = finalizeHash(h ^ streams.length);
  const splitmix32 = (): number => {
    sm = (sm + 0x9e3779b9) | 0;
    let t = sm ^ (sm >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return t ^ (t >>> 15);
  };
  let s0 = splitmix32();
  let s1 = splitmix32();
  let s2 = splitmix32();
  let s3 = splitmix32();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the all-zero state is a fixed point
  const nextWord = (): number => {
    const m = Math.imul(s1, 5);
    const result = Math.imul((m << 7) | (m >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = (s3 << 11) | (s3 >>> 21);
    return result;
  };
  const next = (): number => ((nextWord() >>> 5) * 67108864 + (nextWord() >>> 6)) / 9007199254740992;
  return { next, integer: (n: number) => Math.floor(next() * n) };
}
