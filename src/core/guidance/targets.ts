import { NqpfError } from '../errors/nqpf-error.js';
import { indicatorsOf } from '../framework/tree.js';
import type { Panel } from '../model/types.js';
import type { Build } from '../pipeline/run.js';
import { regionIndexOf } from './locate.js';

/** One row of a planners' targets file (`targets.csv`: indicator, region or *, year, value), with its file row. */
export interface TargetRow {
  indicator: string;
  region: string;
  year: number;
  value: number;
  row: number;
}

export interface TargetDistance {
  indicator: string;
  region: string;
  year: number;
  target: number;
  /** The latest year with a value, and that value (as read, before any imputation). */
  latestYear: number | null;
  latest: number;
  /** target − latest, in the indicator's units. */
  distance: number;
  /** (target / latest)^(1 / years left) − 1; NaN when either is not positive or no year is left. */
  annualGrowthNeeded: number;
  /** The projection's value in the target year, when the spec projects that far. */
  projected: number;
}

/** Check the targets' indicators and regions, each problem at its file row and column. */
export function checkTargets(build: Build, rows: readonly TargetRow[], file: string, errors: NqpfError[]): void {
  const codes = indicatorsOf(build.results.framework).map((n) => n.code);
  for (const row of rows) {
    if (!codes.includes(row.indicator)) errors.push(new NqpfError('GUIDANCE_UNKNOWN_INDICATOR', { indicator: row.indicator, known: codes.join(', ') }, { file, row: row.row, column: 'indicator' }));
    if (row.region !== '*' && regionIndexOf(build.inputs.panel.regions, row.region) < 0) {
      errors.push(new NqpfError('GUIDANCE_UNKNOWN_REGION', { region: row.region, known: `*, ${build.inputs.panel.regions.slice(0, 3).map((r) => r.name.zh).join(', ')}` }, { file, row: row.row, column: 'region' }));
    }
  }
}

/**
 * 目标差距 / Distance to a planner's target: for each target and region (`*` = every region), the latest value,
 * the distance to the target and the compound annual growth needed to reach it in time.
 *
 * @example a latest R&D intensity of 2.0 in 2023 and a target of 2.5 in 2027: distance 0.5, growth (1.25)^(1/4) − 1 ≈ 5.74% a year
 */
export function targetDistances(build: Build, rows: readonly TargetRow[], projected?: Panel): TargetDistance[] {
  const panel = build.inputs.panel;
  const n = panel.regions.length;
  return rows.flatMap((row) => {
    const regions = row.region === '*' ? panel.regions.map((_, r) => r) : [regionIndexOf(panel.regions, row.region)];
    return regions.map((r): TargetDistance => {
      const column = panel.columns[row.indicator];
      let t = panel.years.length - 1;
      while (t >= 0 && Number.isNaN(column[t * n + r])) t--;
      const latest = t >= 0 ? column[t * n + r] : NaN;
      const latestYear = t >= 0 ? panel.years[t] : null;
      const yearsLeft = latestYear === null ? 0 : row.year - latestYear;
      const growth = latest > 0 && row.value > 0 && yearsLeft > 0 ? (row.value / latest) ** (1 / yearsLeft) - 1 : NaN;
      const p = projected ? projected.years.indexOf(row.year) : -1;
      return {
        indicator: row.indicator,
        region: panel.regions[r].code,
        year: row.year,
        target: row.value,
        latestYear,
        latest,
        distance: row.value - latest,
        annualGrowthNeeded: growth,
        projected: p >= 0 && projected ? projected.columns[row.indicator][p * n + r] : NaN,
      };
    });
  });
}
