import type { Command } from 'commander';
import { canonicalJson, formatMessage, type Build, type GuidanceResult, type Lang } from '../../core/index.js';
import { outputTables } from '../../io/output-tables.js';
import { defaultOutFolder } from '../../io/node/files.js';
import { claimOutput, writeOutput, type OutputWriter } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';
import { guidanceOf, summarizeGuidance, writeGuidance } from '../guidance.js';
import { summarize } from '../summary.js';

export interface RunOptions {
  out: string;
  force?: boolean;
  lang: Lang;
  quiet?: boolean;
  /** Write steps/*.csv; default: when the panel has at most STEPS_DEFAULT_CELLS cells. */
  steps?: boolean;
}

/**
 * steps/*.csv hold every step's full output in long form — at county scale hundreds of MB that repeat
 * scores.csv's inputs. Above this many panel cells (units × years × indicators) they are opt-in (`--steps`).
 */
export const STEPS_DEFAULT_CELLS = 1_000_000;

/** `nqpf run SPEC --out DIR`: build, then write every output file (DESIGN.md §5) through the one output writer. */
export async function runCommand(specPath: string, options: RunOptions): Promise<void> {
  const claim = claimOutput(options.out, { force: options.force, command: 'run' });
  const { build, specDir } = buildFromFile(specPath);
  const guidance = await guidanceOf(build, specPath, specDir);
  const cells = panelCells(build);
  const steps = options.steps ?? cells <= STEPS_DEFAULT_CELLS;
  await writeOutput(claim, (out) => writeRunOutputs(out, build, options.lang, { steps, guidance }));
  if (!options.quiet) {
    if (!steps && options.steps === undefined) process.stderr.write(`nqpf: ${formatMessage('STEPS_SKIPPED', { cells, limit: STEPS_DEFAULT_CELLS }, options.lang)}\n`);
    process.stdout.write(summarize(build, options.lang, options.out) + (guidance ? summarizeGuidance(guidance, options.lang) : ''));
  }
  // The dominance guard (issue 13) speaks even with --quiet: a result driven by one indicator is a warning.
  for (const note of build.checks) process.stderr.write(`nqpf: ${options.lang === 'zh' ? '警告' : 'warning'}: ${formatMessage(note.code, { ...note }, options.lang)}\n`);
}

function panelCells(build: Build): number {
  const { panel } = build.trace[0];
  return panel.regions.length * panel.years.length * Object.keys(panel.columns).length;
}

/**
 * Every output of a build: the tables as CSV (steps/ unless `steps: false`), spec.resolved.json, results.xlsx,
 * report.html, and the guidance tables when the spec has scenarios, paths, a projection or targets.
 */
export async function writeRunOutputs(out: OutputWriter, build: Build, lang: Lang, options: { steps?: boolean; guidance?: GuidanceResult | null } = {}): Promise<void> {
  const guidance = options.guidance ?? null;
  const tables = outputTables(build);
  for (const table of tables) if (options.steps !== false || !table.name.startsWith('steps/')) out.table(table);
  out.file('spec.resolved.json', resolvedJson(build));
  // The workbook holds the result tables; each step's full output stays in steps/*.csv.
  // The workbook writer and ECharts load on first use, so the CLI starts without them.
  const [{ workbookBytes }, { reportWithMap }] = await Promise.all([import('../../io/node/xlsx-write.js'), import('../../io/report/china-map.node.js')]);
  out.file('results.xlsx', await workbookBytes(tables.filter((t) => !t.name.startsWith('steps/')), lang, build));
  out.file('report.html', reportWithMap(build, { lang, guidance }));
  if (guidance) writeGuidance(out, guidance);
}

/** The spec as run, with the engine version and the hashes of its inputs (canonical key order). */
export function resolvedJson(build: Build): string {
  const record = { ...build.spec, engineVersion: build.engineVersion, specHash: build.specHash, inputHashes: build.inputHashes };
  return `${JSON.stringify(JSON.parse(canonicalJson(record)), null, 2)}\n`;
}

export function registerRun(program: Command, lang: Lang): void {
  program
    .command('run')
    .description('build the index a spec describes and write the output files')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (written atomically); default results/<spec name> in the project root or beside the spec')
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .option('-q, --quiet', 'print nothing on success')
    .option('--steps', `also write steps/*.csv, every step's full output (default: for panels up to ${STEPS_DEFAULT_CELLS.toLocaleString('en')} cells)`)
    .option('--no-steps', 'do not write steps/*.csv')
    .action(async (spec: string, opts: { out?: string; force?: boolean; quiet?: boolean; steps?: boolean }) => {
      await runCommand(spec, { ...opts, out: opts.out ?? defaultOutFolder(spec), lang });
    });
}
