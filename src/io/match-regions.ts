import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { Panel, Region } from '../core/model/types.js';
import { CHINA_PROVINCES, COUNTRIES, matchRegion, type RegistryEntry } from '../core/regions/index.js';

/**
 * Join a panel's regions to a bundled registry by code or by any known name (full, short, English,
 * common variants): regions get the registry's code, zh/en names and groups (`region4` for China's
 * provinces). An unknown name is UNKNOWN_REGION with the closest known names; two spellings of the
 * same region are DUPLICATE_REGION. All problems are gathered, each at the region's first row when `rows` has it.
 */
export function matchRegistry(panel: Panel, registry: 'china-provinces' | 'countries', file: string, rows?: ReadonlyMap<string, number>, aliases: Readonly<Record<string, string>> = {}): Panel {
  const entries: readonly RegistryEntry[] = registry === 'china-provinces' ? CHINA_PROVINCES : COUNTRIES;
  const errors: NqpfError[] = [];
  const seen = new Map<string, string>();
  const regions: Region[] = panel.regions.map((region) => {
    // The spec's `data.aliases` names a spelling the registry lacks: { "河北剩": 河北 }.
    const alias = Object.hasOwn(aliases, region.code) ? aliases[region.code] : undefined;
    const match = matchRegion(alias ?? region.code, entries);
    const byName = 'code' in match ? match : matchRegion(region.name.zh, entries);
    if (!('code' in byName)) {
      const example = byName.suggestions[0] ?? (registry === 'countries' ? 'CHN' : '130000');
      errors.push(new NqpfError(byName.error, { name: region.code, suggestions: byName.suggestions.join(', ') || '—', example }, { file, row: rows?.get(region.code), column: 'region' }));
      return region;
    }
    const entry = entries.find((e) => e.code === byName.code)!;
    const first = seen.get(entry.code);
    if (first !== undefined) errors.push(new NqpfError('DUPLICATE_REGION', { first, second: region.code, code: entry.code, name: entry.name.en }, { file, row: rows?.get(region.code), column: 'region' }));
    seen.set(entry.code, region.code);
    const groups = 'region4' in entry ? { ...region.groups, region4: String(entry.region4) } : region.groups;
    return { code: entry.code, name: { zh: entry.short ?? entry.name.zh, en: entry.name.en }, groups };
  });
  throwAll(errors);
  return { ...panel, regions };
}
