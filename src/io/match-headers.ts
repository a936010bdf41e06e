import { NqpfError } from '../core/errors/nqpf-error.js';
import { matchColumns } from '../core/framework/match-columns.js';
import type { FrameworkNode, Panel } from '../core/model/types.js';
import type { Table } from './table.js';

/**
 * Rename a table's headers to the framework's indicator codes (core/framework/match-columns.ts: by the
 * spec's `columns:` map, the code, or the zh/en name with units and full-width forms folded). A header
 * renamed to a code another header already holds is left as it is (the exact code wins). A `columns:`
 * entry naming a column the data lacks, or a code the framework lacks, is an error at /data/columns.
 */
export function renameToIndicators(table: Table, indicators: readonly FrameworkNode[], columns: Readonly<Record<string, string>> = {}): { table: Table; errors: NqpfError[] } {
  const errors: NqpfError[] = [];
  const codes = new Set(indicators.map((n) => n.code));
  for (const [header, code] of Object.entries(columns)) {
    const pointer = `/data/columns/${header.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!table.header.includes(header)) errors.push(new NqpfError('COLUMNS_MAP_NO_COLUMN', { header, known: table.header.join(', ') }, { pointer }));
    else if (!codes.has(code)) errors.push(new NqpfError('COLUMNS_MAP_NO_INDICATOR', { header, code }, { pointer }));
  }
  const { rename } = matchColumns(table.header, indicators, columns);
  const held = new Set(table.header);
  const header = table.header.map((h) => {
    const code = rename.get(h);
    return code !== undefined && !held.has(code) ? code : h;
  });
  return { table: { ...table, header, shownHeader: table.header }, errors };
}

/** Long-form data names indicators in a column: rename the panel's columns the same way. */
export function renamePanelColumns(panel: Panel, indicators: readonly FrameworkNode[] | undefined, columns: Readonly<Record<string, string>> = {}): Panel {
  if (!indicators) return panel;
  const keys = Object.keys(panel.columns);
  const { rename } = matchColumns(keys, indicators, columns);
  if (rename.size === 0) return panel;
  const held = new Set(keys);
  const name = (k: string) => (rename.has(k) && !held.has(rename.get(k)!) ? rename.get(k)! : k);
  return {
    ...panel,
    columns: Object.fromEntries(keys.map((k) => [name(k), panel.columns[k]])),
    observed: Object.fromEntries(keys.map((k) => [name(k), panel.observed[k]])),
  };
}
