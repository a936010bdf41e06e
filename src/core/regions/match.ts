/**
 * Region name matching (地区名称匹配): find a registry entry from whatever a user's file calls it.
 *
 * Matches, in order: the code (case-insensitive; for 6-digit adcodes also the 2-digit province prefix,
 * "11" → 110000), the full zh name, the short zh name, the English name and the aliases — all after
 * normalisation (Unicode NFKD, diacritics and case dropped, whitespace and punctuation removed). If that
 * fails, administrative suffixes are dropped on both sides and the lookup is repeated
 * (广西壮族自治区 → 广西, "Shanxi Province" → shanxi, "Beijing Shi" → beijing).
 * An unmatched name gets up to five suggestions: registry names within an edit distance of
 * max(1, floor(length / 3)) of the normalised input, or containing it or contained in it, closest first, written in the
 * input's script (a Chinese input gets zh names, anything else en names).
 *
 * @example
 * matchRegion('内蒙古自治区', CHINA_PROVINCES) // => { code: '150000' }
 * matchRegion('Xizang', CHINA_PROVINCES)      // => { code: '540000' }
 * matchRegion('Beijng', CHINA_PROVINCES)      // => { error: 'UNKNOWN_REGION', input: 'Beijng', suggestions: ['Beijing'] }
 */
import type { RegistryEntry } from './types.js';

export type MatchError = 'UNKNOWN_REGION' | 'AMBIGUOUS_REGION';

export type MatchResult =
  | { code: string }
  | { error: MatchError; input: string; suggestions: string[] };

interface RegistryIndex {
  exact: Map<string, string[]>;
  stripped: Map<string, string[]>;
  byCode: Map<string, RegistryEntry>;
}

const indexCache = new WeakMap<readonly RegistryEntry[], RegistryIndex>();

const HAN = /\p{Script=Han}/u;
const ZH_SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|省|市)$/u;
const EN_SUFFIX = /(specialadministrativeregion|autonomousregion|municipality|province|zizhiqu|sheng|shi|sar)$/u;

/** Case-, width-, accent-, whitespace- and punctuation-insensitive form of a name. */
export function normalizeRegionName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function stripSuffix(normalized: string): string {
  const zh = normalized.replace(ZH_SUFFIX, '');
  if (zh !== normalized && zh.length > 0) return zh;
  const en = normalized.replace(EN_SUFFIX, '');
  return en.length > 0 ? en : normalized;
}

function namesOf(entry: RegistryEntry): string[] {
  const names = [entry.code, entry.name.zh, entry.name.en];
  if (entry.short) names.push(entry.short);
  if (entry.aliases) names.push(...entry.aliases);
  return names;
}

function add(map: Map<string, string[]>, key: string, code: string): void {
  if (key === '') return;
  const codes = map.get(key);
  if (!codes) map.set(key, [code]);
  else if (!codes.includes(code)) codes.push(code);
}

function indexOf(registry: readonly RegistryEntry[]): RegistryIndex {
  const cached = indexCache.get(registry);
  if (cached) return cached;
  const index: RegistryIndex = { exact: new Map(), stripped: new Map(), byCode: new Map() };
  for (const entry of registry) {
    index.byCode.set(entry.code, entry);
    for (const name of namesOf(entry)) {
      const key = normalizeRegionName(name);
      add(index.exact, key, entry.code);
      add(index.stripped, stripSuffix(key), entry.code);
    }
  }
  indexCache.set(registry, index);
  return index;
}

/** Levenshtein distance over Unicode code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}

function displayName(entry: RegistryEntry, chinese: boolean): string {
  return chinese ? entry.name.zh : entry.name.en;
}

/** One name inside the other, the shorter at least 2 characters (3 if Latin) and 40% of the longer. */
function isContained(key: string, candidate: string): boolean {
  const [shorter, longer] = key.length <= candidate.length ? [key, candidate] : [candidate, key];
  const minimum = HAN.test(shorter) ? 2 : 4;
  return shorter.length >= minimum && shorter.length >= 0.4 * longer.length && longer.includes(shorter);
}

function suggest(input: string, key: string, registry: readonly RegistryEntry[]): string[] {
  const chinese = HAN.test(input);
  const limit = Math.max(1, Math.floor([...key].length / 3));
  const scored: { name: string; distance: number; order: number }[] = [];
  registry.forEach((entry, order) => {
    let best = Infinity;
    for (const name of namesOf(entry)) {
      const candidate = normalizeRegionName(name);
      if (candidate === '') continue;
      const contains = isContained(key, candidate);
      const distance = contains ? 0 : editDistance(key, candidate);
      if (distance < best) best = distance;
    }
    if (best <= limit) scored.push({ name: displayName(entry, chinese), distance: best, order });
  });
  scored.sort((p, q) => p.distance - q.distance || p.order - q.order);
  return [...new Set(scored.map((s) => s.name))].slice(0, 5);
}

function resolve(codes: string[] | undefined, input: string, index: RegistryIndex): MatchResult | undefined {
  if (!codes) return undefined;
  if (codes.length === 1) return { code: codes[0] };
  const chinese = HAN.test(input);
  return { error: 'AMBIGUOUS_REGION', input, suggestions: codes.map((c) => displayName(index.byCode.get(c)!, chinese)) };
}

/** Match a region name or code against a registry (see the header for the rules). */
export function matchRegion(name: string, registry: readonly RegistryEntry[]): MatchResult {
  const index = indexOf(registry);
  const key = normalizeRegionName(name);
  if (key === '') return { error: 'UNKNOWN_REGION', input: name, suggestions: [] };
  const found =
    resolve(index.exact.get(key), name, index) ??
    (/^\d{2}$/.test(key) ? resolve(index.exact.get(`${key}0000`), name, index) : undefined) ??
    resolve(index.stripped.get(stripSuffix(key)), name, index);
  return found ?? { error: 'UNKNOWN_REGION', input: name, suggestions: suggest(name, key, registry) };
}
