import { buildFramework, type RawFrameworkNode } from '../../../src/core/framework/build-framework.js';
import type { NeighborFile } from '../../../src/core/analyses/types.js';
import { run, type Build, type Framework, type Panel } from '../../../src/core/index.js';

/**
 * A small in-memory build for analysis tests. `columns` are year-major (region r, year index t at t·n + r).
 * Default steps: arithmetic aggregation only, so every score is a weighted mean of the raw values and a node
 * with one child carries that child's values unchanged — the analysis then sees exactly the numbers given.
 */
export function buildOf(options: {
  nodes: RawFrameworkNode[];
  regions: string[];
  groups?: Record<string, string[]>;
  years?: number[];
  columns: Record<string, number[]>;
  steps?: unknown[];
  analyses: unknown[];
  files?: Record<string, NeighborFile>;
  seed?: number;
}): Build {
  const framework: Framework = buildFramework(options.nodes, 'test.yaml');
  const years = options.years ?? [2020];
  const panel: Panel = {
    regions: options.regions.map((code, r) => ({
      code,
      name: { zh: `地区${code}`, en: `Region ${code}` },
      groups: Object.fromEntries(Object.entries(options.groups ?? {}).map(([key, labels]) => [key, labels[r]])),
    })),
    years,
    columns: Object.fromEntries(Object.entries(options.columns).map(([k, v]) => [k, Float64Array.from(v)])),
    observed: Object.fromEntries(Object.entries(options.columns).map(([k, v]) => [k, new Uint8Array(v.length).fill(1)])),
  };
  const spec = {
    framework: 'test.yaml',
    data: 'test.csv',
    ...(options.seed === undefined ? {} : { seed: options.seed }),
    steps: options.steps ?? [{ op: 'aggregate', method: 'arithmetic' }],
    analyses: options.analyses,
  };
  return run(spec, { framework, panel, analysisFiles: options.files ?? {} });
}

/** One indicator `y` under the index `I`: the index equals y. */
export const oneIndicator: RawFrameworkNode[] = [{ code: 'I', name: 'Index' }, { code: 'y', parent: 'I' }];

/** The table `name` of analysis `id` as objects keyed by the English header. */
export function tableOf(build: Build, id: string, name = ''): Record<string, string | number | null>[] {
  const table = build.analyses?.find((a) => a.id === id)?.tables.find((t) => t.name === name);
  if (!table) throw new Error(`no table ${id}/${name}`);
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, j) => [h, row[j]])));
}
