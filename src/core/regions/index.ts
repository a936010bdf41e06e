/** Bundled region registries: China's provinces (codes, names, four regions, contiguity) and WDI economies. */
export type { ChinaProvince, CountryEntry, Region4, RegistryEntry } from './types.js';
export { CHINA_PROVINCES, REGION4_LABELS, REGION4_ORDER, chinaProvinceRegions } from './china-provinces.js';
export { CHINA_CONTIGUITY, CHINA_CONTIGUITY_ISLAND_LINKS } from './china-contiguity.js';
export { COUNTRIES } from './countries.js';
export { matchRegion, normalizeRegionName, editDistance } from './match.js';
export type { MatchError, MatchResult } from './match.js';
