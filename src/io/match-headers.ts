import { NqpfError } from '../core/errors/nqpf-error.js';
import { matchColumns } from '../core/framework/match-columns.js';
import type { FrameworkNode, Panel } from '../core/model/types.js';
import type { Table } from './table.js';

/**
 * Rename a table's headers to the framework's indicator codes (core/framework/match-columns.ts: by the
 * spec's `columns:` map, the code, or the zh/en name with units and full-width forms folded). A header
 * renamed to a code another header already holds is left as it is (the exact code wins). The map's own
 * entries are checked once over every file (columnsMapErrors): a name may be a header or an indicator row.
 */
export function renameToIndicators(table: Table, indicators: readonly FrameworkNode[], columns: Readonly<Record<string, string>> = {}): Table {
  const { rename } = matchColumns(table.header, indicators, columns);
  const held = new Set(table.header);
  const header = table.header.map((h) => {
    const code = rename.get(h);
    return code !== undefined && !held.has(code) ? code : h;
  });
  return { ...table, header, shownHeader: table.header };
}

/**
 * The spec's `columns:` entries checked against the names the data uses (`names`: every file's headers and the
 * indicators its rows name): an entry naming neither is COLUMNS_MAP_NO_COLUMN, one mapping to a code the
 * framework lacks COLUMNS_MAP_NO_INDICATOR, both at /data/columns/<name>.
 */
export function columnsMapErrors(columns: Readonly<Record<string, string>> = {}, names: ReadonlySet<string>, indicators: readonly FrameworkNode[]): NqpfError[] {
  const codes = new Set(indicators.map((n) => n.code));
  const errors: NqpfError[] = [];
  for (const [name, code] of Object.entries(columns)) {
    const pointer = `/data/columns/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (!names.has(name)) errors.push(new NqpfError('COLUMNS_MAP_NO_COLUMN', { header: name, known: [...names].join(', ') }, { pointer }));
    else if (!codes.has(code)) errors.push(new NqpfError('COLUMNS_MAP_NO_INDICATOR', { header: name, code }, { pointer }));
  }
  return errors;
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
