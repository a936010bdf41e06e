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
import { renamePanelColumns, renameToIndicators } from '../match-headers.js';
import { mergePanels, renamePanel } from '../merge-panels.js';
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
  // Each file: its headers matched to the framework (code, name or `columns`), then read as a panel.
  // With several files, `rename` applies to the merged panel (a name need only be in one of them).
  const each = also.length > 0 ? { ...options, rename: undefined } : options;
  const files = [{ path: dt.path, bytes: dtBytes }, ...also].map((f) => {
    const table = f.bytes === undefined ? undefined : gather(errors, () => readTable(f.bytes!, f.path, f.path, dt.sheet, dt.encoding, dt.header));
    const matched = table && indicators ? renameToIndicators(table, indicators, dt.columns) : undefined;
    if (matched) errors.push(...matched.errors);
    const read = matched ?? (table ? { table } : undefined);
    const panel = read === undefined ? undefined : gather(errors, () => renamePanelColumns(readPanel(read.table, each, notes), indicators, dt.columns));
    return { file: f.path, table: read?.table, panel };
  });
  const panel = files.every((f) => f.panel !== undefined)
    ? gather(errors, () => {
        const merged = mergePanels(files.map((f) => ({ panel: f.panel!, file: f.file })));
        return also.length > 0 ? renamePanel(merged, dt.rename, dt.path) : merged;
      })
    : undefined;
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
