import { basename, dirname, extname, resolve } from 'node:path';
import { NqpfError } from '../../core/errors/nqpf-error.js';
import type { Framework, Panel } from '../../core/model/types.js';
import type { Inputs } from '../../core/pipeline/run.js';
import type { Note } from '../../core/pipeline/types.js';
import type { DataRef, FrameworkRef } from '../../core/spec/schema.js';
import { readCoinrMeta } from '../coinr-meta.js';
import { decodeText } from '../decode.js';
import { readFrameworkFile } from '../framework-file.js';
import { readPanel } from '../read-panel.js';
import { readCsv, type Table } from '../table.js';
import { readXlsx } from '../xlsx-read.js';
import { parseYamlOrJson } from '../yaml.js';
import { readInput, resolveSpecPath, sha256File } from './files.js';
import { matchRegistry } from '../match-regions.js';

export interface LoadedSpec {
  document: unknown;
  file: string;
  dir: string;
}

export function loadSpecFile(path: string): LoadedSpec {
  const bytes = readInput(path, path);
  const { text } = decodeText(bytes, path, 'utf-8');
  return { document: parseYamlOrJson(text, path), file: path, dir: dirname(resolve(path)) };
}

/** Read the framework and data a spec names (paths relative to the spec), with content hashes. */
export function loadInputs(framework: FrameworkRef, data: DataRef, specDir: string): { inputs: Inputs; notes: Note[] } {
  const notes: Note[] = [];
  const fw = typeof framework === 'string' ? { path: framework } : framework;
  const dt = typeof data === 'string' ? { path: data } : data;
  const fwPath = resolveSpecPath(fw.path, specDir, typeof framework === 'string' ? '/framework' : '/framework/path');
  const dtPath = resolveSpecPath(dt.path, specDir, typeof data === 'string' ? '/data' : '/data/path');
  const fwBytes = readInput(fwPath, fw.path);
  const dtBytes = readInput(dtPath, dt.path);
  const fwFormat = fw.format ?? (/\.(csv|xlsx)$/i.test(fwPath) ? 'coinr' : 'nqpf');
  const parsedFramework: Framework =
    fwFormat === 'coinr'
      ? readCoinrMeta(readTable(fwBytes, fw.path, fwPath))
      : readFrameworkFile(decodeText(fwBytes, fw.path, 'auto').text, fw.path);
  const table = readTable(dtBytes, dt.path, dtPath, dt.sheet, dt.encoding);
  let panel: Panel = readPanel(table, dt, notes);
  if (dt.regions && dt.regions !== 'none') panel = matchRegistry(panel, dt.regions, dt.path);
  return {
    inputs: {
      framework: parsedFramework,
      panel,
      frameworkFile: fw.path,
      hashes: { [basename(fw.path)]: sha256File(fwBytes), [basename(dt.path)]: sha256File(dtBytes) },
    },
    notes,
  };
}

function readTable(bytes: Uint8Array, shownAs: string, path: string, sheet?: string, encoding?: DataRef extends infer D ? (D extends { encoding?: infer E } ? E : never) : never): Table {
  const ext = extname(path).toLowerCase();
  if (ext === '.xlsx' || ext === '.xls' || ext === '.xlsm') return readXlsx(bytes, shownAs, sheet);
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return readCsv(bytes, shownAs, encoding ?? 'auto');
  throw new NqpfError('SPEC_PARSE', { format: ext || 'file', detail: 'expected .csv, .tsv, .txt or .xlsx' }, { file: shownAs });
}
