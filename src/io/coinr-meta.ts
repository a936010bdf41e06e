import { buildFramework, type RawFrameworkNode } from '../core/framework/build-framework.js';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { Framework } from '../core/model/types.js';
import { columnIndex, type Table } from './table.js';

/**
 * A COINr `iMeta` table → Framework. Rows of Type Indicator and Aggregate are nodes (Level, iCode, iName,
 * Direction, Weight, Parent, Unit, Target, Denominator); Group, Denominator and Other rows describe data
 * columns and are skipped. Numbers are checked with file:row:column locations.
 */
export function readCoinrMeta(table: Table): Framework {
  const col = (name: string) => columnIndex(table, [name]);
  const required = ['iCode', 'Level', 'Parent'];
  const missing = required.filter((n) => col(n) < 0);
  if (missing.length > 0) throw new NqpfError('MISSING_COLUMN', { name: missing.join(', '), known: table.header.join(', ') }, { file: table.file, row: 1 });
  const errors: NqpfError[] = [];
  const nodes: RawFrameworkNode[] = [];
  table.rows.forEach((cells, i) => {
    const row = table.rowNumbers[i];
    const get = (name: string) => {
      const j = col(name);
      return j < 0 || cells[j] === null ? '' : String(cells[j]).trim();
    };
    const type = get('Type');
    if (type !== '' && type !== 'Indicator' && type !== 'Aggregate') return;
    const num = (name: string, fallback?: number): number | undefined => {
      const text = get(name);
      if (text === '') return fallback;
      const value = Number(text);
      if (!Number.isFinite(value)) errors.push(new NqpfError('NON_NUMERIC', { value: text }, { file: table.file, row, column: name }));
      return value;
    };
    const target = num('Target');
    const denominator = get('Denominator');
    nodes.push({
      code: get('iCode'),
      name: get('iName') || get('iCode'),
      parent: get('Parent') || null,
      level: num('Level'),
      direction: num('Direction', 1),
      weight: num('Weight', 1),
      ...(get('Unit') ? { unit: get('Unit') } : {}),
      ...(target !== undefined && Number.isFinite(target) ? { target } : {}),
      ...(denominator ? { denominator } : {}),
      location: { row },
    });
  });
  throwAll(errors);
  return buildFramework(nodes, table.file);
}
