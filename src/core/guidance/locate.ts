import { NqpfError } from '../errors/nqpf-error.js';
import type { Panel, Region } from '../model/types.js';

/** Index of a region named by code, zh or en name (as a spec names regions elsewhere); -1 when none. */
export function regionIndexOf(regions: readonly Region[], name: string | number): number {
  const key = String(name).trim();
  const lower = key.toLowerCase();
  return regions.findIndex((r) => r.code === key || r.name.zh === key || r.name.en.toLowerCase() === lower);
}

/** The region's index, or a GUIDANCE_UNKNOWN_REGION error pushed at `pointer`. */
export function findRegion(regions: readonly Region[], name: string | number, pointer: string, errors: NqpfError[]): number {
  const index = regionIndexOf(regions, name);
  if (index < 0) errors.push(new NqpfError('GUIDANCE_UNKNOWN_REGION', { region: String(name), known: regions.slice(0, 3).map((r) => (r.name.zh === r.code ? r.code : `${r.code} ${r.name.zh}`)).join(', ') }, { pointer }));
  return index;
}

/** The year's index in the panel (default: the latest year), or an error pushed at `pointer`. */
export function findYear(panel: Panel, year: number | undefined, pointer: string, errors: NqpfError[]): number {
  if (year === undefined) return panel.years.length - 1;
  const index = panel.years.indexOf(year);
  if (index < 0) errors.push(new NqpfError('GUIDANCE_UNKNOWN_YEAR', { year, years: panel.years.join(', ') }, { pointer }));
  return index;
}

/** Whether `code` is an indicator of the build; else an error pushed at `pointer`. */
export function checkIndicator(indicators: readonly string[], code: string, pointer: string, errors: NqpfError[]): boolean {
  if (indicators.includes(code)) return true;
  errors.push(new NqpfError('GUIDANCE_UNKNOWN_INDICATOR', { indicator: code, known: indicators.join(', ') }, { pointer }));
  return false;
}
