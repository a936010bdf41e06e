/**
 * The engine worker's state: the files it holds (bundled examples and dropped files), the last build
 * and the last data-quality report. Every request is answered from src/core's run/regenerate; the
 * worker holds no maths of its own.
 */
import { stringify } from 'yaml';
import { z } from 'zod';
import { allMethods, canonicalJson, isNqpfError, NqpfError, regenerate, resolveSpec, run, withChecks, type Build, type Inputs } from '../../../src/core/index.js';
import type { Framework } from '../../../src/core/model/types.js';
import type { DataRef } from '../../../src/core/spec/schema.js';
import { toCsv } from '../../../src/io/csv-write.js';
import { outputTables, scoresTable } from '../../../src/io/output-tables.js';
import { parseYamlOrJson } from '../../../src/io/yaml.js';
import type { PanelOptions } from '../../../src/io/read-panel.js';
import { readCoinrMeta } from '../../../src/io/coinr-meta.js';
import { decodeText } from '../../../src/io/decode.js';
import { readFrameworkFile } from '../../../src/io/framework-file.js';
import { baseName, loadInputsFrom, readTableBytes } from '../../../src/io/browser/load.js';
import { workbookBlob } from '../../../src/io/browser/xlsx-write.js';
import { reportHtml } from '../../../src/io/report/report-html.js';
import type { ExampleInfo, FrameworkInfo, MethodInfo, Problem, Progress, QualityReport, Reply, Request, SpecDocument } from './protocol.js';
import { computeDiagnostics } from './diagnostics.js';
import { computeRobustness } from './robustness.js';
import { guidanceView } from './guidance.js';
import { readTargets } from '../../../src/io/targets-file.js';
import type { TargetRow } from '../../../src/core/guidance/targets.js';
import { qualityReport, detectRegistry } from './quality.js';
import { renderNote, resultView } from './view.js';
import { frameworkRefOf } from '../spec-edit.js';
import { BUNDLED_FILES, EXAMPLES } from './bundled.js';
import { ParseCache } from './parse-cache.js';
import { draftFrameworkYaml, draftPath, frameworkYaml, isMadeHere, movedFramework, nextVersionPath } from './framework-draft.js';
import { matchColumns } from '../../../src/core/framework/match-columns.js';
import type { Panel } from '../../../src/core/model/types.js';
import type { Table } from '../../../src/io/table.js';

/** Progress of a load, as Progress.step: the stage that is starting (the page names it; done/total count the stages). */
export const LOAD_STAGES = ['parse', 'panel', 'framework', 'read', 'run', 'quality', 'view'] as const;
export type LoadStage = (typeof LOAD_STAGES)[number];
type OnProgress = (progress: Progress) => void;
const stage = (onProgress: OnProgress, step: LoadStage) => onProgress({ done: LOAD_STAGES.indexOf(step), total: LOAD_STAGES.length, step });

const encoder = new TextEncoder();

export class Session {
  private files = new Map<string, Uint8Array>();
  private build: Build | null = null;
  /** False after a live build (a slider move): its result checks are left for later (`complete`). */
  private checked = true;
  private inputsKey = '';
  /** Tables and raw panels parsed for an import, kept until the first build of it has used them. */
  private parsed = new ParseCache();
  /** Bumped by every diagnostics request; a running one stops at its next pause when it is no longer the latest. */
  private diagnosticsRun = 0;
  /** The latest robustness run, and the latest one asked to stop (it then summarises the runs that finished). */
  private robustnessRun = 0;
  private robustnessStopped = 0;

  constructor() {
    for (const [path, text] of Object.entries(BUNDLED_FILES)) this.files.set(path, encoder.encode(text));
  }

  handle(request: Request, onProgress: OnProgress = () => {}): Reply {
    try {
      switch (request.type) {
        case 'init':
          return { type: 'init', methods: methodCatalogue(), examples: EXAMPLES as ExampleInfo[], frameworks: bundledFrameworks() };
        case 'build':
          return this.runBuild(request.spec, onProgress);
        case 'checks': {
          const { build } = this.buildFor(request.spec);
          return { type: 'checks', specHash: build.specHash, warnings: build.checks.map(renderNote) };
        }
        case 'import':
          return this.importFiles(request.files, request.spec, onProgress);
        case 'move-indicator':
          return this.moveIndicator(request.spec, request.code, request.parent);
        case 'store':
          for (const file of request.files) this.files.set(file.name, new Uint8Array(file.bytes));
          return { type: 'store' };
        case 'use-framework':
          return { type: 'import', spec: this.withoutForeignWeights({ ...request.spec, framework: { path: request.path, missing: 'drop' } }), quality: null, files: [] };
        case 'parse-spec':
          return { type: 'parse-spec', spec: parseSpecText(request.text, request.name) };
        case 'export':
          return this.exportFile(request.what, request.spec);
        case 'report':
          return this.report(request.spec, request.lang, request.analyses, request.chinaMap);
        case 'diagnostics':
          throw new Error('diagnostics are asynchronous (handleAsync)');
        case 'cancel-diagnostics':
          this.diagnosticsRun++;
          return { type: 'diagnostics', diagnostics: null };
        case 'robustness':
          throw new Error('robustness is asynchronous (handleAsync)');
        case 'cancel-robustness':
          this.robustnessStopped = this.robustnessRun;
          return { type: 'robustness', robustness: null };
        case 'guidance':
          return { type: 'guidance', guidance: guidanceView(this.buildFor(request.spec).build, request.region, problemsOf, () => this.targetRows(request.spec)) };
      }
    } catch (e) {
      return { type: 'error', problems: problemsOf(e) };
    }
  }

  /** Async part of export (XLSX is written through a Blob) and the diagnostics (progress, cancellable). */
  async handleAsync(request: Request, onProgress: (progress: Progress) => void = () => {}): Promise<Reply> {
    if (request.type === 'diagnostics') return this.diagnostics(request.spec, onProgress);
    if (request.type === 'robustness') return this.robustness(request.spec, onProgress);
    if (request.type !== 'export' || request.what !== 'xlsx') return this.handle(request, onProgress);
    try {
      const build = this.buildFor(request.spec).build;
      // The results (scores, panel, weights, notes); the per-step audit sheets stay with the CLI's results.xlsx.
      const blob = await workbookBlob(outputTables(build).filter((t) => ['scores', 'panel', 'weights', 'notes'].includes(t.name)), request.lang);
      return { type: 'export', name: 'results.xlsx', mime: blob.type, bytes: new Uint8Array(await blob.arrayBuffer()) };
    } catch (e) {
      return { type: 'error', problems: problemsOf(e) };
    }
  }

  /**
   * The spec's analyses over its build, one at a time with a macrotask pause between them: a newer
   * diagnostics request cancels this one (reply null). Meant for a second worker, so builds never wait.
   */
  private async diagnostics(document: SpecDocument, onProgress: (progress: Progress) => void): Promise<Reply> {
    const run = ++this.diagnosticsRun;
    const checkpoint = () => new Promise<boolean>((done) => setTimeout(() => done(run === this.diagnosticsRun), 0));
    try {
      const analyses = resolveSpec(document).analyses;
      if (analyses.length === 0 || !(await checkpoint())) return { type: 'diagnostics', diagnostics: null };
      const { build } = this.buildFor(document);
      const diagnostics = await computeDiagnostics({ build, analyses, problemsOf, onProgress, checkpoint });
      return { type: 'diagnostics', diagnostics };
    } catch (e) {
      return { type: 'error', problems: problemsOf(e) };
    }
  }

  /**
   * The spec's uncertainty block over its build (the nominal build of the steps, as the CLI's), in chunks
   * with a macrotask pause between them: a cancel stops it with the finished runs, a newer run drops it.
   */
  private async robustness(document: SpecDocument, onProgress: (progress: Progress) => void): Promise<Reply> {
    const run = ++this.robustnessRun;
    const checkpoint = () =>
      new Promise<'go' | 'stop' | 'drop'>((done) => setTimeout(() => done(run !== this.robustnessRun ? 'drop' : this.robustnessStopped === run ? 'stop' : 'go'), 0));
    try {
      const { uncertainty } = resolveSpec(document);
      const { build } = this.buildFor(document);
      const robustness = await computeRobustness({ build: { ...build, spec: { ...build.spec, uncertainty } }, onProgress, checkpoint });
      return { type: 'robustness', robustness };
    } catch (e) {
      return { type: 'error', problems: problemsOf(e) };
    }
  }

  /** The spec's planners' targets (`targets:`, a dropped or bundled targets.csv), read; undefined without one. */
  private targetRows(spec: SpecDocument): TargetRow[] | undefined {
    if (typeof spec.targets !== 'string') return undefined;
    const path = spec.targets;
    const bytes = this.lookup(path);
    if (!bytes) throw new NqpfError('TARGETS_NOT_LOADED', { path }, { pointer: '/targets' });
    return readTargets(this.parsed.table(bytes, path));
  }

  private lookup = (path: string): Uint8Array | undefined => {
    const key = normalizePath(path);
    const exact = this.files.get(key);
    if (exact) return exact;
    const base = baseName(key);
    const matches = [...this.files.keys()].filter((k) => baseName(k) === base);
    return matches.length === 1 ? this.files.get(matches[0]) : undefined;
  };

  /**
   * A build for the views (a slider move, an edit): regenerated from the first changed step with the result
   * checks left out — at county scale the dominance guard takes seconds, and the page asks for the warnings
   * (a `checks` request to the second worker) once the slider rests. The view's `warnings` are then null.
   */
  private runBuild(spec: SpecDocument, onProgress: OnProgress): Reply {
    const started = performance.now();
    const { build, quality, previous } = this.buildFor(spec, onProgress, true);
    if (!previous) stage(onProgress, 'view');
    const rerun = previous ? build.steps.findIndex((s, k) => s !== previous.steps[k]) : 0;
    const view = resultView(build, started, rerun < 0 ? null : build.steps[rerun]?.id ?? null, this.checked);
    return { type: 'build', view, quality };
  }

  /**
   * Build a spec: regenerate from the first changed step when the inputs are the same, else run. A live build
   * (`runBuild`) leaves the result checks out; every other use (export, report, guidance, checks) gets them.
   */
  private buildFor(document: SpecDocument, onProgress: OnProgress = () => {}, live = false): { build: Build; quality: QualityReport | null; previous: Build | null } {
    // The live views need the steps only: a spec's analyses (Moran permutations …) stay in the document
    // and its export, and are not re-run on every slider move.
    const { analyses: _analyses, uncertainty: _uncertainty, ...spec } = document;
    const key = canonicalJson([spec.framework ?? null, spec.data ?? null]);
    const previous = this.build;
    if (previous && key === this.inputsKey) {
      let build = regenerate(previous, spec, { checks: !live });
      // An unchanged spec keeps the earlier build's steps (and its checks, left out if that build was live).
      if (!live && !this.checked && build.steps === previous.steps) build = withChecks(build);
      this.build = build;
      this.checked = !live;
      return { build, quality: null, previous };
    }
    const resolved = resolveSpec(spec);
    stage(onProgress, 'read');
    const { inputs, notes } = loadInputsFrom(resolved.framework, resolved.data, this.lookup);
    stage(onProgress, 'run');
    const built = run(spec, inputs);
    const build = { ...built, loadNotes: [...notes, ...built.loadNotes] };
    this.build = build;
    this.checked = true;
    this.inputsKey = key;
    stage(onProgress, 'quality');
    const quality = this.quality(resolved.data, build, inputs);
    // The import's parsed table is not needed again (a county panel's cells as strings are hundreds of MB).
    this.parsed = new ParseCache();
    return { build, quality, previous: null };
  }

  private quality(data: DataRef, build: Build, inputs: Inputs): QualityReport {
    const ref = typeof data === 'string' ? { path: data } : data;
    const table = this.parsed.table(this.lookup(ref.path)!, ref.path, ref.sheet, ref.encoding);
    // The file as written: region names as they stand (not joined to the registry again), for the quality panel.
    const raw = this.rawPanel(table, ref);
    const dropped = build.loadNotes.filter((n) => n.code === 'NODE_DROPPED' && n.indicator).map((n) => n.indicator!);
    const report = qualityReport(raw, baseName(ref.path), ref.path.toLowerCase().endsWith('.xlsx') ? 'XLSX' : 'CSV', table.rows.length, dropped);
    return { ...report, regions: inputs.panel.regions.length };
  }

  private readFramework(ref: { path: string; format?: 'nqpf' | 'coinr' }): Framework {
    const bytes = this.lookup(ref.path);
    if (!bytes) return readFrameworkFile('', ref.path);
    const coinr = ref.format === 'coinr' || /\.(csv|xlsx)$/i.test(ref.path);
    return coinr ? readCoinrMeta(readTableBytes(bytes, ref.path)) : readFrameworkFile(decodeText(bytes, ref.path, 'auto').text, ref.path);
  }

  /**
   * Dropped files: a spec is returned as is; frameworks (nqpf YAML or COINr iMeta) and data tables are
   * stored and the current spec is pointed at them. Data whose columns share nothing with the current
   * framework gets a flat framework of its own (every numeric column an indicator, weight 1, direction +1).
   */
  private importFiles(files: { name: string; bytes: ArrayBuffer }[], current: SpecDocument, onProgress: OnProgress): Reply {
    let spec: SpecDocument = { ...current };
    let dataName: string | null = null;
    let panel: Panel | null = null;
    let frameworkSet = false;
    const before = new Set(this.files.keys());
    // A spec among the files says how its data is read (clean, columns, region …): its tables are stored
    // as they are and read by the build with the spec's options, never with the defaults here.
    const specs = files.map((file) => this.specIn(file));
    const specFile = specs.find((x) => x !== null) ?? null;
    for (const [k, file] of files.entries()) {
      const bytes = new Uint8Array(file.bytes);
      const name = file.name;
      if (/\.(ya?ml|json)$/i.test(name)) {
        if (specs[k]) continue;
        // A framework: held, and the current spec pointed at it (a dropped spec names its own).
        readFrameworkFile(decodeText(bytes, name, 'auto').text, name);
        this.files.set(name, bytes);
        if (!specFile) spec = { ...spec, framework: { path: name, missing: 'drop' } };
        frameworkSet = true;
        continue;
      }
      this.files.set(name, bytes);
      if (specFile) continue;
      stage(onProgress, 'parse');
      const table = this.parsed.table(bytes, name);
      const header = table.header.map((h) => h.toLowerCase());
      if (['indicator', 'region', 'year', 'value'].every((c) => header.includes(c)) && header.length === 4) {
        // A planners' targets file (issue 15: indicator, region or *, year, value): the spec names it.
        readTargets(table);
        spec = { ...spec, targets: name };
        continue;
      }
      if (header.includes('icode') && header.includes('level') && header.includes('parent')) {
        readCoinrMeta(table);
        spec = { ...spec, framework: { format: 'coinr', path: name, missing: 'drop' } };
        frameworkSet = true;
      } else {
        // The same table again (e.g. after importing its spec): the spec's reading options (clean …) stay.
        const currentData = typeof current.data === 'string' ? { path: current.data } : (current.data as { path?: string } | undefined);
        const kept = currentData?.path && baseName(normalizePath(currentData.path)) === name ? { ...currentData } : {};
        const ref = { ...kept, path: name, ...(header.includes('ucode') ? { format: 'coinr' as const } : {}) };
        stage(onProgress, 'panel');
        panel = this.rawPanel(table, ref);
        const { registry, unmatched } = detectRegistry(panel);
        const regions = registry !== 'none' && unmatched.length === 0 ? { regions: registry } : {};
        spec = { ...spec, name: { zh: name, en: name }, data: { ...ref, ...regions } };
        dataName = name;
      }
    }
    const names = files.map((f) => f.name);
    if (specFile) return { type: 'import', spec: specFile, quality: null, files: names, made: [] };
    if (dataName && panel && !frameworkSet) {
      stage(onProgress, 'framework');
      spec = this.withFrameworkFor(spec, dataName, panel);
    }
    const made = [...this.files.keys()].filter((k) => !before.has(k) && !names.includes(k)).map((name) => ({ name, bytes: this.files.get(name)!.slice() }));
    return { type: 'import', spec: this.withoutForeignWeights(spec), quality: null, files: names, made };
  }

  /** A dropped YAML/JSON file that is a spec (it has steps), parsed and checked; null for anything else. */
  private specIn(file: { name: string; bytes: ArrayBuffer }): SpecDocument | null {
    if (!/\.(ya?ml|json)$/i.test(file.name)) return null;
    const text = decodeText(new Uint8Array(file.bytes), file.name, 'auto').text;
    const document = parseYamlOrJson(text, file.name) as Record<string, unknown>;
    return document && Array.isArray(document.steps) ? parseSpecText(text, file.name) : null;
  }

  /** Fixed-weight overrides for nodes the (new) framework lacks are dropped, so a new table does not fail on old weights. */
  private withoutForeignWeights(spec: SpecDocument): SpecDocument {
    const ref = frameworkRefOf(spec);
    const codes = new Set(this.readFramework(ref).nodes.map((n) => n.code));
    const steps = spec.steps.map((step) => {
      const weights = step.op === 'weight' && (step.method ?? 'fixed') === 'fixed' ? (step.params?.weights as Record<string, number> | undefined) : undefined;
      if (!weights) return step;
      const kept = Object.fromEntries(Object.entries(weights).filter(([code]) => codes.has(code)));
      return { ...step, params: { ...step.params, weights: kept } };
    });
    return { ...spec, steps };
  }

  /**
   * The table as written (regions not joined to a registry). When only cells that `clean: true` would fix stand
   * in the way, the columns are learnt from a cleaned read, and the build (without clean) then reports those
   * cells with the "clean these cells" action — the user decides.
   */
  private rawPanel(table: Table, ref: Exclude<DataRef, string>): Panel {
    try {
      return this.parsed.panel(table, rawPanelOptions(ref));
    } catch (e) {
      const cleanable = isNqpfError(e) && ('errors' in e ? e.errors : [e]).every((err) => err.code === 'NON_NUMERIC_CLEANABLE');
      if (ref.clean || !cleanable) throw e;
      return this.parsed.panel(table, rawPanelOptions({ ...ref, clean: true }));
    }
  }

  /**
   * A table whose columns are mostly not indicators of the current framework (by code or name) gets a framework
   * drafted from its headers: units from the brackets, directions proposed from the words (能耗, 排放, PM2.5,
   * 失业 … less is better), every indicator in one pillar — reviewed and regrouped in the framework tree.
   */
  private withFrameworkFor(spec: SpecDocument, dataName: string, panel: Panel): SpecDocument {
    const columns = Object.keys(panel.columns);
    let covered = 0;
    try {
      const indicators = this.readFramework(frameworkRefOf(spec)).nodes.filter((n) => n.level === 1);
      covered = indicators.length - matchColumns(columns, indicators, {}).unmatched.length;
    } catch {
      covered = 0;
    }
    // Most of the table's columns are the framework's indicators: keep it (missing ones are dropped).
    if (covered > 0 && covered >= columns.length / 2) return spec;
    const path = draftPath(dataName);
    this.files.set(path, encoder.encode(draftFrameworkYaml(columns, dataName)));
    return { ...spec, framework: { path, missing: 'drop' } };
  }

  /** An indicator of a framework made here moved to another pillar (or a new one): a new version of the file. */
  private moveIndicator(spec: SpecDocument, code: string, parent: string | null): Reply {
    const ref = frameworkRefOf(spec);
    if (!isMadeHere(ref.path)) throw new Error(`${ref.path} is not a framework made in the app`);
    const framework = this.readFramework(ref);
    const nodes = movedFramework(framework, code, parent, (k) => ({ zh: `维度${k}`, en: `Pillar ${k}` }));
    const path = nextVersionPath(ref.path, (p) => this.files.has(p));
    const bytes = encoder.encode(frameworkYaml(nodes, framework.name));
    this.files.set(path, bytes);
    const codes = new Set(nodes.map((n) => n.code));
    const overrides = Object.fromEntries(Object.entries(ref.overrides ?? {}).filter(([c]) => codes.has(c)));
    const next = { ...spec, framework: { ...ref, path, ...(Object.keys(overrides).length > 0 ? { overrides } : {}) } };
    return { type: 'import', spec: this.withoutForeignWeights(next), quality: null, files: [], made: [{ name: path, bytes: bytes.slice() }] };
  }

  /**
   * report.html of the current build: the steps' build regenerated with the whole spec (same steps, so only
   * the spec, its hash and — when asked — its analyses change), i.e. what `nqpf run` builds from the same spec
   * file, and reportHtml over it as the CLI calls it. Without analyses the report's spec has none.
   */
  private report(spec: SpecDocument, lang: 'zh' | 'en', analyses: boolean, chinaMap: unknown): Reply {
    const { build: steps } = this.buildFor(spec);
    const build = regenerate(steps, analyses ? spec : { ...spec, analyses: [] });
    const text = reportHtml(build, { lang, chinaMap });
    return { type: 'export', name: 'report.html', mime: 'text/html;charset=utf-8', bytes: encoder.encode(text) };
  }

  private exportFile(what: 'spec' | 'csv' | 'xlsx' | 'framework', spec: SpecDocument): Reply {
    if (what === 'spec') {
      const resolved = resolveSpec(spec);
      const text = `# nqpf spec (exported from the nqpf web app); rebuild with: nqpf run <this file> --out results\n${stringify(resolved)}`;
      return { type: 'export', name: 'spec.yaml', mime: 'application/yaml', bytes: encoder.encode(text) };
    }
    if (what === 'framework') {
      const { path } = frameworkRefOf(spec);
      return { type: 'export', name: baseName(path), mime: 'application/yaml', bytes: this.lookup(path) ?? new Uint8Array() };
    }
    // scores.csv keeps the output contract's header (DESIGN.md §5) in both languages; the XLSX is localised.
    const { build } = this.buildFor(spec);
    const table = scoresTable(build);
    return { type: 'export', name: 'scores.csv', mime: 'text/csv', bytes: encoder.encode(toCsv(table.header, table.rows)) };
  }
}

/** How the quality panel and the import read a table: the spec's reading options, regions not joined to a registry. */
function rawPanelOptions(ref: Exclude<DataRef, string>): PanelOptions {
  const { path: _path, sheet: _sheet, encoding: _encoding, header: _header, columns: _columns, ...options } = ref;
  return { ...options, regions: 'none' };
}

export function normalizePath(path: string): string {
  return path.replace(/^nqpf:/, '').replace(/\\/g, '/').replace(/^(\.\.?\/)+/, '');
}

function parseSpecText(text: string, name: string): SpecDocument {
  const document = parseYamlOrJson(text, name);
  resolveSpec(document);
  return document as SpecDocument;
}

function bundledFrameworks(): FrameworkInfo[] {
  return Object.entries(BUNDLED_FILES)
    .filter(([path]) => path.startsWith('frameworks/'))
    .map(([path, text]) => ({ path: `nqpf:${path}`, name: readFrameworkFile(text, path).name ?? { zh: baseName(path), en: baseName(path) } }));
}

function methodCatalogue(): MethodInfo[] {
  return allMethods().map((m) => ({
    op: m.op,
    method: m.method,
    title: m.title,
    summary: m.summary,
    schema: z.toJSONSchema(m.params, { io: 'input', unrepresentable: 'any' }) as MethodInfo['schema'],
  }));
}

export function problemsOf(e: unknown): Problem[] {
  if (isNqpfError(e)) {
    const errors = 'errors' in e ? e.errors : [e];
    return errors.map((err) => ({ code: err.code, zh: err.format('zh'), en: err.format('en') }));
  }
  const message = e instanceof Error ? e.message : String(e);
  return [{ code: 'INTERNAL', zh: `内部错误：${message}`, en: `internal error: ${message}` }];
}
