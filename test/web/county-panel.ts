import { panelFramework, panelLines } from '../../bench/scale-data.mjs';

/**
 * The bench's synthetic county panel (bench/scale-data.mjs: `units` counties in 31 provinces × `years` ×
 * `indicators`, seeded, the same bytes on every machine) in memory, for the web app's tests to drop as files.
 */
export function countyPanel(units = 2850, years = 20, indicators = 100): { csv: string; framework: string } {
  return { csv: `${[...panelLines('county', units, years, indicators)].join('\n')}\n`, framework: panelFramework('county', indicators) };
}
