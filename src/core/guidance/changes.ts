import { NqpfError } from '../errors/nqpf-error.js';
import type { Panel } from '../model/types.js';
import type { Change } from './schema.js';
import { regionIndexOf } from './locate.js';

/**
 * 情景改动 / A what-if change's new value for one cell: `add` and `multiply` act on the current value, `set`
 * replaces it, `to` moves it to a benchmark of the same year over every region with a value — `best`
 * (the highest, or the lowest for a less-is-better indicator), `mean`, `median`, or another region's value.
 * Returns the value, or an error: a missing cell cannot be added to or multiplied; a benchmark region must exist.
 *
 * @example changedValue({ add: 0.3 }, 1.2, [1, 1.2, 2], 1, panel, 0) // => 1.5
 */
export function changedValue(change: Change, current: number, yearValues: readonly number[], direction: 1 | -1, panel: Panel, yearIndex: number): number | { code: string; params: Record<string, unknown> } {
  if ('set' in change) return change.set;
  if ('add' in change || 'multiply' in change) {
    if (Number.isNaN(current)) return { code: 'GUIDANCE_MISSING_VALUE', params: {} };
    return 'add' in change ? current + change.add : current * change.multiply;
  }
  const present = yearValues.filter((v) => !Number.isNaN(v));
  const to = String(change.to);
  if (to === 'best') return direction === 1 ? Math.max(...present) : Math.min(...present);
  if (to === 'mean') return present.reduce((s, v) => s + v, 0) / present.length;
  if (to === 'median') {
    const sorted = [...present].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  const peer = regionIndexOf(panel.regions, to);
  if (peer < 0) return { code: 'GUIDANCE_UNKNOWN_REGION', params: { region: to, known: 'best, mean, median, ' + panel.regions.slice(0, 3).map((r) => r.name.zh).join(', ') } };
  const value = yearValues[peer];
  return Number.isNaN(value) ? { code: 'GUIDANCE_MISSING_VALUE', params: { region: panel.regions[peer].code } } : value;
}

/** How a change reads in a message: `add 0.3`, `to best`. */
export function describeChange(change: Change): string {
  const [key, value] = Object.entries(change)[0];
  return `${key} ${value}`;
}

/** One edited cell of the data: the indicator, the flat cell index of the panel, the new value. */
export interface CellEdit {
  indicator: string;
  cell: number;
  value: number;
}

/** A copy of the panel with the edits applied (edited cells count as observed); the input is not touched. */
export function editPanel(panel: Panel, edits: readonly CellEdit[]): Panel {
  const columns = { ...panel.columns };
  const observed = { ...panel.observed };
  for (const code of new Set(edits.map((e) => e.indicator))) {
    columns[code] = Float64Array.from(panel.columns[code]);
    observed[code] = Uint8Array.from(panel.observed[code] ?? new Uint8Array(columns[code].length));
  }
  for (const edit of edits) {
    columns[edit.indicator][edit.cell] = edit.value;
    observed[edit.indicator][edit.cell] = 1;
  }
  return { ...panel, columns, observed };
}

export function guidanceError(code: string, params: Record<string, unknown>, pointer: string): NqpfError {
  return new NqpfError(code, params, { pointer });
}
