import { basename, extname } from 'node:path';
import type { NeighborFile, SeriesFile } from '../../core/analyses/types.js';
import { BUILT_IN_WEIGHTS } from '../../core/analyses/weights.js';
import { parseGal } from '../../core/diagnose/gal.js';
import { NqpfError, NqpfErrors, throwAll } from '../../core/errors/nqpf-error.js';
import { resolveSpec } from '../../core/spec/resolve.js';
import { run } from '../../core/pipeline/run.js';
import { loadInputs, loadSpecFile } from './load.js';
import type { ResolvedAnalysis } from '../../core/spec/schema.js';
import { decodeText } from '../decode.js';
import { readCsv } from '../table.js';
import { readInput, resolveSpecPath, sha256File } from './files.js';

/**
 * Read the neighbour files the analyses name (`params.weights` other than 'auto' / 'china-contiguity'), with paths
 * relative to the spec as the framework and data are: a GAL file (.gal; GeoDa/PySAL format) or a CSV edge list
 * (.csv with columns from, to and optionally weight; ids are region codes). Returns them parsed, keyed by the path as
 * the spec writes it (→ Inputs.analysisFiles), with content hashes (→ Inputs.hashes). Problems in every file are
 * gathered; GAL problems carry the file name (their message names the line).
 */
export function loadAnalysisInputs(analyses: ResolvedAnalysis[], specDir: string): { files: Record<string, NeighborFile>; hashes: Record<string, string> } {
  const files: Record<string, NeighborFile> = {};
  const hashes: Record<string, string> = {};
  const errors: NqpfError[] = [];
  analyses.forEach((analysis, index) => {
    const second = (analysis.params.with as { spec?: unknown; node?: unknown } | undefined) ?? {};
    if (analysis.op === 'coupling' && typeof second.spec === 'string' && !(second.spec in files)) {
      try {
        const built = buildSecondSpec(second.spec, typeof second.node === 'string' ? second.node : undefined, specDir, `/analyses/${index}/params/with`);
        files[second.spec] = built.series;
        Object.assign(hashes, built.hashes);
      } catch (e) {
        if (e instanceof NqpfError) errors.push(e);
        else if (e instanceof NqpfErrors) errors.push(...e.errors);
        else throw e;
      }
    }
    const weights = analysis.params.weights;
    const path = typeof weights === 'object' && weights !== null && typeof (weights as { coordinates?: unknown }).coordinates === 'string' ? (weights as { coordinates: string }).coordinates : weights;
    if (typeof path !== 'string' || BUILT_IN_WEIGHTS.includes(path) || path in files) return;
    const pointer = `/analyses/${index}/params/weights`;
    try {
      const bytes = readInput(resolveSpecPath(path, specDir, pointer), path);
      files[path] = typeof weights === 'string' ? parseNeighborFile(bytes, path, pointer) : parseCoordinates(bytes, path);
      hashes[basename(path)] = sha256File(bytes);
    } catch (e) {
      if (e instanceof NqpfError) errors.push(e);
      else throw e;
    }
  });
  throwAll(errors);
  return { files, hashes };
}

/**
 * Build a second spec (its own analyses left out) for a coupling with this one, and return one node's scores
 * (default its index) as a series keyed by region code and year.
 */
function buildSecondSpec(path: string, node: string | undefined, specDir: string, pointer: string): { series: SeriesFile; hashes: Record<string, string> } {
  const loaded = loadSpecFile(resolveSpecPath(path, specDir, `${pointer}/spec`));
  const { analyses: _ignored, ...document } = loaded.document as Record<string, unknown>;
  const spec = resolveSpec(document);
  const { inputs } = loadInputs(spec.framework, spec.data, loaded.dir);
  const { results } = run(document, inputs);
  const code = node ?? results.framework.nodes.find((n) => n.parent === null)!.code;
  if (!results.scores[code]) throw new NqpfError('ANALYSIS_SECOND_SPEC_NODE', { path, node: code, known: Object.keys(results.scores).join(', ') }, { pointer: `${pointer}/node` });
  const named = results.framework.nodes.find((n) => n.code === code)!;
  return {
    series: { format: 'series', node: code, name: named.name, regions: results.regions.map((r) => r.code), years: results.years, values: Array.from(results.scores[code]) },
    hashes: Object.fromEntries(Object.entries(inputs.hashes ?? {}).map(([k, v]) => [`${basename(path)}:${k}`, v])),
  };
}

/** A CSV of planar coordinates: a region column (region/code) and x, y (or lon, lat — project them first for accuracy). */
function parseCoordinates(bytes: Uint8Array, path: string): NeighborFile {
  const table = readCsv(bytes, path);
  const column = (...names: string[]) => table.header.findIndex((h) => names.includes(h.toLowerCase()));
  const [id, x, y] = [column('region', 'code', 'id'), column('x', 'lon', 'lng', 'longitude'), column('y', 'lat', 'latitude')];
  if (id < 0 || x < 0 || y < 0) throw new NqpfError('ANALYSIS_COORDINATES_COLUMNS', { found: table.header.join(', ') }, { file: path });
  const ids: string[] = [];
  const points: [number, number][] = [];
  table.rows.forEach((cells, i) => {
    const where = (col: number) => ({ file: path, row: table.rowNumbers[i], column: table.header[col] });
    const number = (col: number) => {
      const value = Number(String(cells[col] ?? '').trim());
      if (String(cells[col] ?? '').trim() === '' || !Number.isFinite(value)) throw new NqpfError('NON_NUMERIC', { value: String(cells[col] ?? '') }, where(col));
      return value;
    };
    ids.push(String(cells[id] ?? '').trim());
    points.push([number(x), number(y)]);
  });
  return { format: 'coordinates', ids, points };
}

function parseNeighborFile(bytes: Uint8Array, path: string, pointer: string): NeighborFile {
  const ext = extname(path).toLowerCase();
  if (ext === '.gal') {
    try {
      return { format: 'gal', ...parseGal(decodeText(bytes, path, 'auto').text) };
    } catch (e) {
      throw e instanceof NqpfError ? new NqpfError(e.code, e.params, { file: path }) : e;
    }
  }
  if (ext !== '.csv') throw new NqpfError('ANALYSIS_WEIGHTS_FILE_TYPE', { ext: ext || path }, { pointer });
  const table = readCsv(bytes, path);
  const column = (name: string) => table.header.findIndex((h) => h.toLowerCase() === name);
  const [from, to, weight] = [column('from'), column('to'), column('weight')];
  if (from < 0 || to < 0) throw new NqpfError('ANALYSIS_EDGE_LIST_COLUMNS', { found: table.header.join(', ') }, { file: path });
  return {
    format: 'edges',
    rows: table.rows.map((cells, i) => {
      const text = (c: unknown) => (c === null || c === undefined ? '' : String(c).trim());
      const edge: { from: string; to: string; weight?: number } = { from: text(cells[from]), to: text(cells[to]) };
      if (weight >= 0 && text(cells[weight]) !== '') {
        const value = Number(text(cells[weight]));
        if (!(value >= 0 && value < Infinity)) {
          throw new NqpfError('ANALYSIS_EDGE_LIST_WEIGHT', { value: text(cells[weight]) }, { file: path, row: table.rowNumbers[i], column: 'weight' });
        }
        edge.weight = value;
      }
      return edge;
    }),
  };
}
