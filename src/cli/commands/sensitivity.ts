import { existsSync, readdirSync } from 'node:fs';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { canonicalJson, NqpfError, resolveSpec, run, type Build, type Lang } from '../../core/index.js';
import { onInterrupt } from '../../io/node/interrupt.js';
import { runValues } from '../../core/uncertainty/design.js';
import { uncertaintyTables } from '../../core/uncertainty/tables.js';
import type { AnalysisType } from '../../core/uncertainty/plan.js';
import { loadInputs, loadSpecFile } from '../../io/node/load.js';
import { inSpecFile } from '../build-spec.js';
import { availableParallelism } from 'node:os';
import { refuseOverMemory } from '../../core/pipeline/memory-estimate.js';
import { MAX_RUNS } from '../../core/spec/schema.js';
import { availableMemory } from '../memory.js';
import { claimOutput, writeOutput, type OutputWriter } from '../../io/node/output-folder.js';
import { resolvedJson } from './run.js';
import { runUncertaintyParallel, type ParallelResult } from '../../io/node/workers/pool.js';

/** Worker threads `--workers` may ask for (each holds a build; more than the cores only adds memory). */
const MAX_WORKERS = 64;

export interface SensitivityOptions {
  out: string;
  workers?: number;
  type?: AnalysisType;
  runs?: number;
  force?: boolean;
  quiet?: boolean;
  lang: Lang;
}

/**
 * `nqpf sensitivity SPEC --out DIR`: the spec's `uncertainty:` block run over worker threads, a progress
 * bar on stderr; writes rank intervals, sensitivity indices and every run's parameters atomically. Ctrl-C
 * stops handing out runs, keeps the finished ones and writes them with a note — into a new folder only: an
 * earlier output (`--force`) is kept whole instead. A second Ctrl-C, or SIGTERM, quits at once.
 */
export async function sensitivityCommand(specPath: string, options: SensitivityOptions): Promise<ParallelResult> {
  const claim = claimOutput(options.out, { force: options.force, command: 'sensitivity' });
  const { loaded, build } = inSpecFile(specPath, () => {
    const loaded = loadSpecFile(specPath);
    const spec = resolveSpec(loaded.document);
    const { inputs, notes } = loadInputs(spec.framework, spec.data, loaded.dir);
    // Each worker thread holds a build of its own, besides the nominal one.
    refuseOverMemory(spec, inputs.panel, inputs.framework, availableMemory(), 1 + (options.workers ?? availableParallelism()));
    const nominal = run(loaded.document, inputs);
    return { loaded, build: { ...nominal, loadNotes: [...notes, ...nominal.loadNotes] } };
  });
  const stop = new AbortController();
  const restore = onInterrupt(() => stop.abort());
  const bar = options.quiet ? null : progressBar(options.lang);
  const started = performance.now();
  let outcome: ParallelResult;
  try {
    outcome = await inSpecFile(specPath, () => runUncertaintyParallel(loaded.document, build, {
      workers: options.workers,
      type: options.type,
      runs: options.runs,
      signal: stop.signal,
      onProgress: (done, total) => {
        if (!bar) return;
        if (bar.getTotal() !== total) bar.start(total, 0, { speed: '0' });
        bar.update(done, { speed: (done / ((performance.now() - started) / 1000)).toFixed(0) });
      },
    }));
  } finally {
    bar?.stop();
    restore();
  }
  const { result } = outcome;
  if (outcome.interrupted && existsSync(claim.target) && readdirSync(claim.target).length > 0) {
    throw new NqpfError('UNCERTAINTY_INTERRUPTED_KEPT', { done: result.completedRows * result.plan.runsPerRow, total: result.plan.totalRuns, path: options.out });
  }
  await writeOutput(claim, (out) => writeOutputs(out, build, outcome, options.lang));
  if (outcome.interrupted) {
    throw new NqpfError('UNCERTAINTY_INTERRUPTED', { done: result.completedRows * result.plan.runsPerRow, total: result.plan.totalRuns, path: options.out });
  }
  if (!options.quiet) {
    const seconds = (performance.now() - started) / 1000;
    const zh = options.lang === 'zh';
    process.stdout.write(
      zh
        ? `${result.plan.totalRuns} 次运行（${outcome.threads} 个线程，${seconds.toFixed(2)} 秒），${result.failures.length} 次失败；结果已写入 ${options.out}\n`
        : `${result.plan.totalRuns} runs (${outcome.threads} threads, ${seconds.toFixed(2)} s), ${result.failures.length} failed; written to ${options.out}\n`,
    );
  }
  return outcome;
}

async function writeOutputs(out: OutputWriter, build: Build, outcome: ParallelResult, lang: Lang): Promise<void> {
  const { result, interrupted } = outcome;
  const { regions, years } = build.results;
  const tables = uncertaintyTables(result, regions, years, build.trace[0].panel.timeless === true, (k) => runValues(result.plan, k));
  for (const table of tables) out.table(table);
  // The workbook holds the summaries; every run's parameters stay in runs.csv (thousands of rows).
  const { workbookBytes } = await import('../../io/node/xlsx-write.js');
  out.file('results.xlsx', await workbookBytes(tables.filter((t) => t.name !== 'runs'), lang));
  out.file('report.html', (await import('../../io/report/uncertainty-html.js')).uncertaintyReportHtml(build, result, { lang, interrupted }));
  const { plan } = result;
  const summary = {
    type: plan.type,
    target: plan.target,
    seed: plan.seed,
    rows: plan.rows,
    runsPerRow: plan.runsPerRow,
    totalRuns: plan.totalRuns,
    completedRuns: result.completedRows * plan.runsPerRow,
    failedRuns: result.failures.length,
    factors: plan.factors.map((f) => ({ name: f.name, step: f.stepId, pointer: f.pointer, values: f.values ?? { uniform: f.uniform } })),
    specHash: build.specHash,
    inputHashes: build.inputHashes,
    engineVersion: build.engineVersion,
    ...(interrupted ? { interrupted: true, note: 'interrupted by the user: only the finished rows of the design are included' } : {}),
  };
  out.file('spec.resolved.json', resolvedJson(build));
  out.file('summary.json', `${JSON.stringify(JSON.parse(canonicalJson(summary)), null, 2)}\n`);
  if (interrupted) {
    out.file(
      'INTERRUPTED.txt',
      `Interrupted: ${summary.completedRuns} of ${plan.totalRuns} runs finished and are included; intervals and indices use those rows only.\n` +
        `已中断：${plan.totalRuns} 次运行中完成了 ${summary.completedRuns} 次，区间与指数仅基于已完成的行。\n`,
    );
  }
}

function progressBar(lang: Lang): cliProgress.SingleBar {
  const label = lang === 'zh' ? '敏感性分析' : 'sensitivity';
  return new cliProgress.SingleBar(
    { format: `${label} |{bar}| {percentage}% | {value}/{total} runs | {speed} runs/s | ETA {eta_formatted}`, stream: process.stderr, hideCursor: true, clearOnComplete: false },
    cliProgress.Presets.shades_classic,
  );
}

export function registerSensitivity(program: Command, lang: Lang): void {
  program
    .command('sensitivity')
    .description("run the spec's uncertainty block: rank intervals, Saltelli sensitivity indices, every run's parameters")
    .argument('<spec>', 'spec file (YAML or JSON) with an uncertainty: block')
    .requiredOption('-o, --out <dir>', 'output folder (written atomically)')
    .option('-w, --workers <n>', 'most threads (default: available cores); worker threads start only for jobs long enough to repay their boot and only on idle cores', (v) => Number.parseInt(v, 10))
    .option('-t, --type <type>', 'uncertainty (N runs) or sensitivity (N(d+2) runs, the default)')
    .option('-n, --runs <n>', 'base sample size N (default: uncertainty.runs)', (v) => Number.parseInt(v, 10))
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .option('-q, --quiet', 'no progress bar, no summary')
    .action(async (spec: string, opts: Omit<SensitivityOptions, 'lang'>) => {
      if (opts.type !== undefined && opts.type !== 'uncertainty' && opts.type !== 'sensitivity') {
        throw new NqpfError('UNCERTAINTY_TYPE', { type: opts.type });
      }
      for (const option of ['workers', 'runs'] as const) {
        const value = opts[option];
        if (value !== undefined && !(Number.isInteger(value) && value > 0)) throw new NqpfError('UNCERTAINTY_OPTION', { option: `--${option}`, value });
        // The flags obey the caps the spec's own uncertainty block has (issue 17: --runs 1000000000).
        const limit = option === 'runs' ? MAX_RUNS : MAX_WORKERS;
        if (value !== undefined && value > limit) throw new NqpfError('OPTION_OVER_CAP', { option: `--${option}`, value, limit });
      }
      await sensitivityCommand(spec, { ...opts, lang });
    });
}
