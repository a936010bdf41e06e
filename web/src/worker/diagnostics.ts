/**
 * The spec's analyses over a build, run one at a time with a pause between them (so a newer request can
 * cancel), and shaped into the DiagnosticsView the page draws. The kernels are src/core's analyses; the
 * Moran scatter and LISA map of each year re-run the spec's local-moran analysis for that year (same id,
 * so the spec's own year gives the CLI's numbers).
 */
import { findAnalysis, type AnalysisResult, type AnalysisTable, type Build, type ResolvedAnalysis } from '../../../src/core/index.js';
import type { LocalizedName } from '../../../src/core/model/types.js';
import type { DiagnosticsView, LisaRow, Problem, Progress, TypologyRow } from './protocol.js';

type Analysis = ResolvedAnalysis;

export interface DiagnosticsRun {
  build: Build;
  analyses: Analysis[];
  problemsOf: (e: unknown) => Problem[];
  onProgress: (progress: Progress) => void;
  /** Resolves false when the run has been superseded (cancelled). */
  checkpoint: () => Promise<boolean>;
}

/** Run every analysis (and local Moran for each year); null when cancelled. */
export async function computeDiagnostics({ build, analyses, problemsOf, onProgress, checkpoint }: DiagnosticsRun): Promise<DiagnosticsView | null> {
  const started = performance.now();
  const { years } = build.results;
  const local = analyses.findIndex((a) => a.op === 'local-moran');
  const total = analyses.length + (local >= 0 ? years.length - 1 : 0);
  let done = 0;
  const results: AnalysisResult[] = [];
  const problems: Problem[] = [];
  const runOne = (analysis: Analysis, index: number, params: Record<string, unknown>): AnalysisTable[] | null => {
    const pointer = `/analyses/${index}`;
    try {
      const definition = findAnalysis(analysis.op, analysis.method ?? '');
      if (!definition) return null;
      return definition.run(build, params, { seed: build.spec.seed, id: analysis.id, pointer, files: build.inputs.analysisFiles ?? {} });
    } catch (e) {
      problems.push(...problemsOf(e).map((p) => ({ ...p, zh: `${analysis.id}: ${p.zh}`, en: `${analysis.id}: ${p.en}` })));
      return null;
    }
  };
  for (const [index, analysis] of analyses.entries()) {
    if (!(await checkpoint())) return null;
    const tables = runOne(analysis, index, analysis.params);
    if (tables) results.push({ id: analysis.id, op: analysis.op, method: analysis.method ?? '', params: analysis.params, tables });
    onProgress({ done: ++done, total, step: analysis.id });
  }
  let lisa: DiagnosticsView['lisa'] = null;
  const spec = results.find((r) => r.op === 'local-moran');
  if (local >= 0 && spec) {
    const analysis = analyses[local];
    const specYear = Number(spec.tables[0].rows[0]?.[3]);
    const byYear: Record<number, LisaRow[]> = { [specYear]: lisaRows(spec.tables[0]) };
    for (const year of years) {
      if (year === specYear) continue;
      if (!(await checkpoint())) return null;
      const tables = runOne(analysis, local, { ...analysis.params, year });
      if (tables) byYear[year] = lisaRows(tables[0]);
      onProgress({ done: ++done, total, step: `${analysis.id}/${year}` });
    }
    lisa = { significance: Number(analysis.params.significance), permutations: Number(analysis.params.permutations), years: byYear };
  }
  const find = (op: string, method?: string) => results.find((r) => r.op === op && (method === undefined || r.method === method));
  return {
    specHash: build.specHash,
    computeMs: performance.now() - started,
    dagum: dagumOf(find('disparity', 'dagum-gini')),
    density: densityOf(find('kernel-density')),
    moran: moranOf(find('moran')),
    lisa,
    coupling: couplingOf(find('coupling'), build),
    typology: typologyOf(find('typology')),
    problems,
  };
}

/** A table's column by header name. */
function column(table: AnalysisTable, name: string): (string | number | null)[] {
  const j = table.header.indexOf(name);
  return j < 0 ? table.rows.map(() => null) : table.rows.map((row) => row[j]);
}

const num = (v: unknown): number => (typeof v === 'number' ? v : NaN);
const text = (v: unknown): string => (typeof v === 'string' ? v : '');
const codes = (v: unknown): string[] => text(v).split(';').filter(Boolean);
const tableOf = (result: AnalysisResult | undefined, name: string): AnalysisTable | undefined => result?.tables.find((t) => t.name === name);

function dagumOf(result: AnalysisResult | undefined): DiagnosticsView['dagum'] {
  const table = tableOf(result, 'summary');
  if (!table) return null;
  return {
    years: column(table, 'year').map(num),
    gini: column(table, 'gini').map(num),
    within: column(table, 'within').map(num),
    netBetween: column(table, 'net_between').map(num),
    transvariation: column(table, 'transvariation').map(num),
  };
}

function densityOf(result: AnalysisResult | undefined): DiagnosticsView['density'] {
  const table = tableOf(result, '');
  if (!table) return null;
  const year = column(table, 'year').map(num);
  const x = column(table, 'x').map(num);
  const y = column(table, 'density').map(num);
  const years = [...new Set(year)];
  const at = new Map(years.map((v, k) => [v, k]));
  const out = { years, x: years.map((): number[] => []), y: years.map((): number[] => []) };
  year.forEach((v, i) => {
    const k = at.get(v)!;
    out.x[k].push(x[i]);
    out.y[k].push(y[i]);
  });
  return out;
}

function moranOf(result: AnalysisResult | undefined): DiagnosticsView['moran'] {
  const table = tableOf(result, '');
  if (!table) return null;
  const p = column(table, 'p_permutation');
  return column(table, 'year').map((year, k) => ({ year: num(year), i: num(column(table, 'i')[k]), p: typeof p[k] === 'number' ? (p[k] as number) : null }));
}

function lisaRows(table: AnalysisTable): LisaRow[] {
  const [region, z, lag, quadrant, p, cluster] = ['region', 'z', 'lag', 'quadrant', 'p_permutation', 'cluster'].map((name) => column(table, name));
  return region.map((code, i) => ({ region: text(code), z: num(z[i]), lag: num(lag[i]), quadrant: text(quadrant[i]), p: typeof p[i] === 'number' ? (p[i] as number) : null, cluster: text(cluster[i]) }));
}

function couplingOf(result: AnalysisResult | undefined, build: Build): DiagnosticsView['coupling'] {
  const table = tableOf(result, '');
  if (!table) return null;
  const { regions, years } = build.results;
  const n = regions.length;
  const regionAt = new Map(regions.map((r, i) => [r.code, i]));
  const yearAt = new Map(years.map((y, t) => [y, t]));
  const d = new Array<number>(n * years.length).fill(NaN);
  const band = new Array<LocalizedName>(n * years.length).fill({ zh: '', en: '' });
  const [region, year, value, zh, en] = ['region', 'year', 'd', 'band_zh', 'band_en'].map((name) => column(table, name));
  region.forEach((code, i) => {
    const r = regionAt.get(text(code));
    const t = yearAt.get(num(year[i]));
    if (r === undefined || t === undefined) return;
    d[t * n + r] = num(value[i]);
    band[t * n + r] = { zh: text(zh[i]), en: text(en[i]) };
  });
  return { d, band };
}

function typologyOf(result: AnalysisResult | undefined): DiagnosticsView['typology'] {
  const table = tableOf(result, 'regions');
  if (!table) return null;
  const col = (name: string) => column(table, name);
  const [region, year, typeZh, typeEn, profileZh, profileEn, bandZh, bandEn, quadrant, leading, lagging, strengths, weaknesses, similar] = [
    'region', 'year', 'type_zh', 'type_en', 'profile_zh', 'profile_en', 'band_zh', 'band_en', 'quadrant', 'leading', 'lagging', 'strengths', 'weaknesses', 'similar',
  ].map(col);
  const regions: Record<string, TypologyRow> = {};
  region.forEach((code, i) => {
    regions[text(code)] = {
      type: { zh: text(typeZh[i]), en: text(typeEn[i]) },
      profile: { zh: text(profileZh[i]), en: text(profileEn[i]) },
      band: { zh: text(bandZh[i]), en: text(bandEn[i]) },
      quadrant: text(quadrant[i]) || null,
      leading: codes(leading[i]),
      lagging: codes(lagging[i]),
      strengths: codes(strengths[i]),
      weaknesses: codes(weaknesses[i]),
      similar: codes(similar[i]),
    };
  });
  return { year: num(year[0]), regions };
}
