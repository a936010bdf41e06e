import type { Command } from 'commander';
import { canonicalJson, type Build, type Lang } from '../../core/index.js';
import { outputTables } from '../../io/output-tables.js';
import { claimOutput, writeOutput, type OutputWriter } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';
import { summarize } from '../summary.js';

export interface RunOptions {
  out: string;
  force?: boolean;
  lang: Lang;
  quiet?: boolean;
}

/** `nqpf run SPEC --out DIR`: build, then write every output file (DESIGN.md §5) through the one output writer. */
export async function runCommand(specPath: string, options: RunOptions): Promise<void> {
  const claim = claimOutput(options.out, { force: options.force, command: 'run' });
  const { build } = buildFromFile(specPath);
  await writeOutput(claim, (out) => writeRunOutputs(out, build, options.lang));
  if (!options.quiet) process.stdout.write(summarize(build, options.lang, options.out));
}

/** Every output of a build: the tables as CSV, spec.resolved.json, results.xlsx and report.html. */
export async function writeRunOutputs(out: OutputWriter, build: Build, lang: Lang): Promise<void> {
  const tables = outputTables(build);
  for (const table of tables) out.table(table);
  out.file('spec.resolved.json', resolvedJson(build));
  // The workbook holds the result tables; each step's full output stays in steps/*.csv.
  // The workbook writer and ECharts load on first use, so the CLI starts without them.
  const [{ workbookBytes }, { reportWithMap }] = await Promise.all([import('../../io/node/xlsx-write.js'), import('../../io/report/china-map.node.js')]);
  out.file('results.xlsx', await workbookBytes(tables.filter((t) => !t.name.startsWith('steps/')), lang, build));
  out.file('report.html', reportWithMap(build, { lang }));
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
    .requiredOption('-o, --out <dir>', 'output folder (written atomically)')
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .option('-q, --quiet', 'print nothing on success')
    .action(async (spec: string, opts: { out: string; force?: boolean; quiet?: boolean }) => {
      await runCommand(spec, { ...opts, lang });
    });
}
