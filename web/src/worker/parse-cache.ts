import type { Panel } from '../../../src/core/model/types.js';
import { readPanel, type PanelOptions } from '../../../src/io/read-panel.js';
import type { Table } from '../../../src/io/table.js';
import { readTableBytes } from '../../../src/io/browser/load.js';

/**
 * Tables and panels the worker has already parsed, by the file's bytes (the same Uint8Array) and the read's
 * options: a dropped 40 MB county panel is parsed once for the import (registry, own framework) and once more
 * for the quality panel's raw view — not again for every look at it. Entries go with their bytes (WeakMap).
 */
export class ParseCache {
  private tables = new WeakMap<Uint8Array, Map<string, Table>>();
  private panels = new WeakMap<Table, Map<string, Panel>>();

  table(bytes: Uint8Array, path: string, sheet?: string, encoding?: Parameters<typeof readTableBytes>[3]): Table {
    const key = JSON.stringify([path, sheet ?? null, encoding ?? null]);
    let byKey = this.tables.get(bytes);
    if (!byKey) this.tables.set(bytes, (byKey = new Map()));
    let table = byKey.get(key);
    if (!table) byKey.set(key, (table = readTableBytes(bytes, path, sheet, encoding)));
    return table;
  }

  /** readPanel without notes (the build's own read keeps them): for detection and the quality report. */
  panel(table: Table, options: PanelOptions): Panel {
    const key = JSON.stringify(options);
    let byKey = this.panels.get(table);
    if (!byKey) this.panels.set(table, (byKey = new Map()));
    let panel = byKey.get(key);
    if (!panel) byKey.set(key, (panel = readPanel(table, options, [])));
    return panel;
  }
}
