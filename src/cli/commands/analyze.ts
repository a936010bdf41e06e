import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { toCsv } from '../../io/csv-write.js';
import { outputTables } from '../../io/output-tables.js';
import { writeFolderAtomic } from '../../io/node/files.js';
import { buildFromFile } from '../build-spec.js';

/** `nqpf analyze SPEC --out DIR`: build, then write only the analysis tables (DIR/analyses/*.csv), atomically. */
export function registerAnalyze(program: Command, lang: Lang): void {
  program
    .command('analyze')
    .description("build the index a spec describes and write only its analyses' tables (analyses/*.csv)")
    .argument('<spec>', 'spec file (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'output folder (written atomically)')
    .option('-f, --force', 'replace an existing output folder whole')
    .action(async (specPath: string, opts: { out: string; force?: boolean }) => {
      const { build } = await buildFromFile(specPath);
      const tables = outputTables(build).filter((t) => t.name.startsWith('analyses/'));
      writeFolderAtomic(opts.out, new Map(tables.map((t) => [`${t.name}.csv`, toCsv(t.header, t.rows)])), opts.force ?? false);
      process.stdout.write(`${lang === 'zh' ? `${tables.length} 个分析表已写入` : `${tables.length} analysis tables written to`} ${opts.out}/analyses\n`);
    });
}
