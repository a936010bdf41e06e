/** Shapes of the bundled region registries (DESIGN.md §3, "Region registry"). */
import type { LocalizedName } from '../model/types.js';

/** NBS four-region classification (国家统计局 2011: 东部/中部/西部/东北). */
export type Region4 = 'east' | 'central' | 'west' | 'northeast';

/** Anything `matchRegion` can search: a code, zh/en names, an optional short name and aliases. */
export interface RegistryEntry {
  code: string;
  name: LocalizedName;
  /** Short name as yearbooks and the echarts map use it, e.g. 内蒙古. */
  short?: string;
  /** Other spellings that should match, e.g. "Xizang", "Nei Mongol", an ISO2 code. */
  aliases?: readonly string[];
}

export interface ChinaProvince extends RegistryEntry {
  /** GB/T 2260 administrative division code (adcode), e.g. "110000". */
  code: string;
  /** Full official name (zh, e.g. 北京市) and English name (e.g. Beijing). */
  name: LocalizedName;
  short: string;
  region4: Region4;
}

export interface CountryEntry extends RegistryEntry {
  /** World Bank code: ISO 3166-1 alpha-3, except XKX (Kosovo) and CHI (Channel Islands). */
  code: string;
  /** ISO 3166-1 alpha-2, when one exists. */
  iso2?: string;
}
