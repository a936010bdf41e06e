import { basename, dirname, extname, resolve } from 'node:path';
import { NqpfError, NqpfErrors } from '../../core/errors/nqpf-error.js';
import { singleChildNotes } from '../../core/framework/build-framework.js';
import { absentIndicatorErrors } from '../../core/framework/match-columns.js';
import { indicatorsOf } from '../../core/framework/tree.js';
import type { Framework } from '../../core/model/types.js';
import type { Inputs } from '../../core/pipeline/run.js';
import type { Note } from '../../core/pipeline/types.js';
import type { DataRef, FrameworkRef } from '../../core/spec/schema.js';
import { readCoinrMeta } from '../coinr-meta.js';
import { decodeText } from '../decode.js';
import { readFrameworkFile } from '../framework-file.js';
import { columnsMapErrors, renamePanelColumns, renameToIndicators } from '../match-headers.js';
import { mergePanels } from '../merge-panels.js';
import { readPanel } from '../read-panel.js';
import { readCsv, type Table } from '../table.js';
import { readXlsx } from '../xlsx-read.js';
import { parseYamlOrJson } from '../yaml.js';
import { readInput, resolveSpecPath, sha256File } from './files.js';

export interface LoadedSpec {
  document: unknown;
  file: string;
  dir: string;
}

/** Read and parse a spec file (UTF-8, or GBK as Notepad on Chinese Windows saves it). */
export function loadSpecFile(path: string): LoadedSpec {
  const bytes = readInput(path, path);
  const { text } = decodeText(bytes, path, 'auto');
  const document = parseYamlOrJson(text, path);
  if (document === null || document === undefined) throw new NqpfError('EMPTY_FILE', {}, { file: path });
  return { document, file: path, dir: dirname(resolve(path)) };
}

/**
 * Read the framework and data a spec names (paths relative to the spec), with content hashes. Problems
 * in both files are gathered and thrown together; the framework's indicators are read as numeric
 * columns even when no cell looks like a number (so each bad cell is reported, not the column dropped).
 */
export function loadInputs(framework: FrameworkRef, data: DataRef, specDir: string): { inputs: Inputs; notes: Note[] } {
  const notes: Note[] = [];
  const fw = typeof framework === 'string' ? { path: framework } : framework;
  const dt = typeof data === 'string' ? { path: data } : data;
  const errors: NqpfError[] = [];
  const fwPath = gather(errors, () => resolveSpecPath(fw.path, specDir, typeof framework === 'string' ? '/framework' : '/framework/path'));
  const dtPath = gather(errors, () => resolveSpecPath(dt.path, specDir, typeof data === 'string' ? '/data' : '/data/path'));
  const fwBytes = fwPath === undefined ? undefined : gather(errors, () => readInput(fwPath, fw.path));
  const dtBytes = dtPath === undefined ? undefined : gather(errors, () => readInput(dtPath, dt.path));
  const coinr = (fw.format ?? (/\.(csv|xlsx)$/i.test(fw.path) ? 'coinr' : 'nqpf')) === 'coinr';
  const parsedFramework =
    fwBytes === undefined
      ? undefined
      : gather(errors, (): Framework => (coinr ? readCoinrMeta(readTable(fwBytes, fw.path, fw.path)) : readFrameworkFile(decodeText(fwBytes, fw.path, 'auto').text, fw.path)));
  const indicators = parsedFramework ? indicatorsOf(parsedFramework) : undefined;
  const numeric = indicators?.map((n) => n.code);
  const options = { ...dt, ...(numeric ? { numeric } : {}) };
  const also = (typeof data === 'string' ? [] : (data.also ?? [])).map((path, k) => {
    const resolved = gather(errors, () => resolveSpecPath(path, specDir, `/data/also/${k}`));
    return { path, bytes: resolved === undefined ? undefined : gather(errors, () => readInput(resolved, path)) };
  });
  // Each file: its headers matched to the framework (code, name or `columns`), then read as a panel whose
  // indicator names (long or year-column rows) are matched the same way. `columns` is checked over all files.
  const names = new Set<string>();
  const files = [{ path: dt.path, bytes: dtBytes }, ...also].map((f) => {
    const read = f.bytes === undefined ? undefined : gather(errors, () => readTable(f.bytes!, f.path, f.path, dt.sheet, dt.encoding, dt.header));
    const table = read && indicators ? renameToIndicators(read, indicators, dt.columns) : read;
    if (!read?.layout) read?.header.forEach((h) => names.add(h)); // a year-column file's header is made up (region, year, indicator, value)
    const panel = table === undefined ? undefined : gather(errors, () => readPanel(table, options, notes));
    if (panel) Object.keys(panel.columns).forEach((name) => table!.header.includes(name) || names.add(name));
    return { file: f.path, table, panel: panel && renamePanelColumns(panel, indicators, dt.columns) };
  });
  if (indicators && files.every((f) => f.panel !== undefined)) errors.push(...columnsMapErrors(dt.columns, names, indicators));
  const panel = files.every((f) => f.panel !== undefined) ? gather(errors, () => mergePanels(files.map((f) => ({ panel: f.panel!, file: f.file })))) : undefined;
  // Join problems (indicators the data lacks) are reported with the cell problems, not after them.
  // Without a panel (bad cells), the header stands in for wide data — if it holds any indicator at all
  // (long data names its indicators in a column, unknown until read).
  const header = also.length === 0 ? files[0].table?.header : undefined;
  const columns = panel ? Object.keys(panel.columns) : header && indicators?.some((n) => header.includes(n.code)) ? header : undefined;
  if (indicators && columns) {
    errors.push(...absentIndicatorErrors(indicators, columns, fw.missing ?? 'error', { framework: fw.path, data: dt.path }));
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new NqpfErrors(errors);
  // No error was gathered, so every read above returned a value.
  notes.push(...singleChildNotes(parsedFramework!));
  return {
    inputs: {
      framework: parsedFramework!,
      panel: panel!,
      frameworkFile: fw.path,
      hashes: { [basename(fw.path)]: sha256File(fwBytes!), [basename(dt.path)]: sha256File(dtBytes!), ...Object.fromEntries(also.map((f) => [basename(f.path), sha256File(f.bytes!)])) },
    },
    notes,
  };
}

function readTable(bytes: Uint8Array, shownAs: string, path: string, sheet?: string, encoding?: DataRef extends infer D ? (D extends { encoding?: infer E } ? E : never) : never, header?: number): Table {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || ext === '.xlsm') return readXlsx(bytes, shownAs, sheet, header);
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes, shownAs, encoding ?? 'auto', header);
  throw new NqpfError('UNSUPPORTED_FILE_TYPE', { ext: ext || basename(path) }, { file: shownAs });
}

/** Run a reader; keep its NqpfError(s) for reporting together with the other file's, rethrow anything else. */
function gather<T>(errors: NqpfError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (e instanceof NqpfErrors) errors.push(...e.errors);
    else if (e instanceof NqpfError) errors.push(e);
    else throw e;
    return undefined;
  }
}
