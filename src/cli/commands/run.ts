import type { Command } from 'commander';
import { canonicalJson, type Build, type Lang } from '../../core/index.js';
import { toCsv } from '../../io/csv-write.js';
import { outputTables } from '../../io/output-tables.js';
import { defaultOutFolder, writeFolderAtomic } from '../../io/node/files.js';
import { buildFromFile } from '../build-spec.js';
import { summarize } from '../summary.js';

export interface RunOptions {
  out: string;
  force?: boolean;
  lang: Lang;
  quiet?: boolean;
}

/** `nqpf run SPEC --out DIR`: build, then write every output file at once (DESIGN.md §5). */
export async function runCommand(specPath: string, options: RunOptions): Promise<void> {
  const { build } = buildFromFile(specPath);
  const files = await outputFiles(build, options.lang);
  writeFolderAtomic(options.out, files, options.force ?? false);
  if (!options.quiet) process.stdout.write(summarize(build, options.lang, options.out));
}

export async function outputFiles(build: Build, lang: Lang): Promise<Map<string, Uint8Array | string>> {
  const tables = outputTables(build);
  const files = new Map<string, Uint8Array | string>();
  for (const table of tables) files.set(`${table.name}.csv`, toCsv(table.header, table.rows));
  files.set('spec.resolved.json', `${JSON.stringify(JSON.parse(canonicalJson(resolvedRecord(build))), null, 2)}\n`);
  // The workbook holds the result tables; each step's full output stays in steps/*.csv.
  // The workbook writer and ECharts load on first use, so the CLI starts without them.
  const [{ workbookBytes }, { reportWithMap }] = await Promise.all([import('../../io/node/xlsx-write.js'), import('../../io/report/china-map.node.js')]);
  files.set('results.xlsx', await workbookBytes(tables.filter((t) => !t.name.startsWith('steps/')), lang, build));
  files.set('report.html', reportWithMap(build, { lang }));
  return files;
}

function resolvedRecord(build: Build): unknown {
  return { ...build.spec, engineVersion: build.engineVersion, specHash: build.specHash, inputHashes: build.inputHashes };
}

export function registerRun(program: Command, lang: Lang): void {
  program
    .command('run')
    .description('build the index a spec describes and write the output files')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .option('-o, --out <dir>', 'output folder (written atomically); default results/<spec name> in the project root or beside the spec')
    .option('-f, --force', 'replace an existing output folder whole')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (spec: string, opts: { out?: string; force?: boolean; quiet?: boolean }) => {
      await runCommand(spec, { ...opts, out: opts.out ?? defaultOutFolder(spec), lang });
    });
}
