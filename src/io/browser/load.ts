import { NqpfError, throwAll } from '../../core/errors/nqpf-error.js';
import { indicatorsOf } from '../../core/framework/tree.js';
import type { Framework } from '../../core/model/types.js';
import type { Inputs } from '../../core/pipeline/run.js';
import type { Note } from '../../core/pipeline/types.js';
import type { DataRef, FrameworkRef } from '../../core/spec/schema.js';
import { sha256 } from '../../core/spec/hash.js';
import { readCoinrMeta } from '../coinr-meta.js';
import { decodeText } from '../decode.js';
import { readFrameworkFile } from '../framework-file.js';
import { columnsMapErrors, renamePanelColumns, renameToIndicators } from '../match-headers.js';
import { mergePanels } from '../merge-panels.js';
import { readPanel } from '../read-panel.js';
import { readCsv, type Table } from '../table.js';
import { readXlsx } from '../xlsx-read.js';

/** Files the browser holds in memory (bundled examples, dropped files), found by the path a spec writes. */
export type FileLookup = (path: string) => Uint8Array | undefined;

/**
 * The browser twin of io/node/load.ts: read the framework and data a spec names from in-memory files,
 * with the same content hashes (SHA-256 of the bytes), so a spec exported from the app rebuilds the same
 * ranking with the CLI. A path that is not held is FILE_NOT_FOUND at the spec's pointer.
 */
export function loadInputsFrom(framework: FrameworkRef, data: DataRef, lookup: FileLookup): { inputs: Inputs; notes: Note[] } {
  const notes: Note[] = [];
  const fw = typeof framework === 'string' ? { path: framework } : framework;
  const dt = typeof data === 'string' ? { path: data } : data;
  const fwBytes = need(lookup, fw.path, typeof framework === 'string' ? '/framework' : '/framework/path');
  const dtBytes = need(lookup, dt.path, typeof data === 'string' ? '/data' : '/data/path');
  const fwFormat = fw.format ?? (/\.(csv|xlsx)$/i.test(fw.path) ? 'coinr' : 'nqpf');
  const parsedFramework: Framework =
    fwFormat === 'coinr'
      ? readCoinrMeta(readTableBytes(fwBytes, fw.path))
      : readFrameworkFile(decodeText(fwBytes, fw.path, 'auto').text, fw.path);
  const indicators = indicatorsOf(parsedFramework);
  const also = (typeof data === 'string' ? [] : (data.also ?? [])).map((path, k) => ({ path, bytes: need(lookup, path, `/data/also/${k}`) }));
  // Each file's headers matched to the framework, then its rows' indicator names; `columns` checked over all files.
  const options = { ...dt, numeric: indicators.map((n) => n.code) };
  const names = new Set<string>();
  const readOne = (bytes: Uint8Array, path: string) => {
    const read = readTableBytes(bytes, path, dt.sheet, dt.encoding, dt.header);
    if (!read.layout) read.header.forEach((h) => names.add(h));
    const table = renameToIndicators(read, indicators, dt.columns);
    const panel = readPanel(table, options, notes);
    Object.keys(panel.columns).forEach((name) => table.header.includes(name) || names.add(name));
    return { panel: renamePanelColumns(panel, indicators, dt.columns), file: path };
  };
  const files = [readOne(dtBytes, dt.path), ...also.map((f) => readOne(f.bytes, f.path))];
  throwAll(columnsMapErrors(dt.columns, names, indicators));
  const panel = mergePanels(files);
  return {
    inputs: {
      framework: parsedFramework,
      panel,
      frameworkFile: fw.path,
      hashes: { [baseName(fw.path)]: sha256(fwBytes), [baseName(dt.path)]: sha256(dtBytes), ...Object.fromEntries(also.map((f) => [baseName(f.path), sha256(f.bytes)])) },
    },
    notes,
  };
}

/** CSV/TSV/TXT or XLSX bytes → Table, chosen by the file name's extension. */
export function readTableBytes(bytes: Uint8Array, path: string, sheet?: string, encoding?: 'auto' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be', header?: number): Table {
  const ext = /\.[^./\\]+$/.exec(path.toLowerCase())?.[0] ?? '';
  if (ext === '.xlsx' || ext === '.xls' || ext === '.xlsm') return readXlsx(bytes, path, sheet, header);
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes, path, encoding ?? 'auto', header);
  throw new NqpfError('SPEC_PARSE', { format: ext || 'file', detail: 'expected .csv, .tsv, .txt or .xlsx' }, { file: path });
}

export function baseName(path: string): string {
  return path.replace(/^nqpf:/, '').split(/[/\\]/).pop() ?? path;
}

function need(lookup: FileLookup, path: string, pointer: string): Uint8Array {
  const bytes = lookup(path);
  if (!bytes) throw new NqpfError('FILE_NOT_FOUND', { path }, { pointer });
  return bytes;
}
