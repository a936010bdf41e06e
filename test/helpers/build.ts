import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { resolveSpec, run, type Build } from '../../src/core/index.js';
import { loadInputs } from '../../src/io/node/load.js';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Build a spec document whose paths are relative to `dir` (default: the repository root). */
export function buildSpec(document: Record<string, unknown>, dir = REPO): Build {
  const spec = resolveSpec(document);
  const { inputs, notes } = loadInputs(spec.framework, spec.data, dir);
  const build = run(document, inputs);
  return { ...build, loadNotes: [...notes, ...build.loadNotes] };
}

/** A CSV file of the repository as objects (header row → keys). */
export function readCsvObjects(path: string): Record<string, string>[] {
  const text = readFileSync(resolve(REPO, path), 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Score and rank of a node for a region in a year (the build's first year if omitted). */
export function scoreOf(build: Build, node: string, region: string, year?: number): { score: number; rank: number } {
  const { regions, years, scores, ranks } = build.results;
  const r = regions.findIndex((x) => x.code === region);
  const t = year === undefined ? 0 : years.indexOf(year);
  const i = t * regions.length + r;
  return { score: scores[node][i], rank: ranks[node][i] };
}
