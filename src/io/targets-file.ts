import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { TargetRow } from '../core/guidance/targets.js';
import { columnIndex, type Table } from './table.js';

/**
 * A planners' targets table (issue 15: `targets.csv` with indicator, region or *, year, value; zh headers
 * 指标, 地区, 年份, 目标值 accepted) → rows; every bad cell reported at its row and column.
 */
export function readTargets(table: Table): TargetRow[] {
  const at = {
    indicator: columnIndex(table, ['indicator', '指标']),
    region: columnIndex(table, ['region', '地区']),
    year: columnIndex(table, ['year', '年份']),
    value: columnIndex(table, ['value', '目标值', 'target']),
  };
  if (Object.values(at).some((i) => i < 0)) throw new NqpfError('TARGETS_COLUMNS', { found: table.header.join(', ') }, { file: table.file, row: 1 });
  const errors: NqpfError[] = [];
  const rows: TargetRow[] = [];
  table.rows.forEach((cells, k) => {
    const row = table.rowNumbers[k];
    const number = (column: 'year' | 'value'): number => {
      const text = String(cells[at[column]] ?? '').trim();
      const value = text === '' ? NaN : Number(text);
      if (!Number.isFinite(value) || (column === 'year' && !Number.isInteger(value))) {
        errors.push(new NqpfError('TARGETS_NOT_NUMBER', { column, value: text }, { file: table.file, row, column: table.header[at[column]] }));
      }
      return value;
    };
    rows.push({ indicator: String(cells[at.indicator] ?? '').trim(), region: String(cells[at.region] ?? '').trim(), year: number('year'), value: number('value'), row });
  });
  throwAll(errors);
  return rows;
}
