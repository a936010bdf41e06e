import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { outputTables } from '../../io/output-tables.js';
import { claimOutput, writeOutput } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';

/** `nqpf analyze SPEC --out DIR`: build, then write only the analysis tables (DIR/analyses/*.csv), atomically. */
export function registerAnalyze(program: Command, lang: Lang): void {
  program
    .command('analyze')
    .description("build the index a spec describes and write only its analyses' tables (analyses/*.csv)")
    .argument('<spec>', 'spec file (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'output folder (written atomically)')
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .action(async (specPath: string, opts: { out: string; force?: boolean }) => {
      const claim = claimOutput(opts.out, { force: opts.force, command: 'analyze' });
      const { build } = buildFromFile(specPath);
      const tables = outputTables(build).filter((t) => t.name.startsWith('analyses/'));
      await writeOutput(claim, (out) => tables.forEach((t) => out.table(t)));
      process.stdout.write(`${lang === 'zh' ? `${tables.length} 个分析表已写入` : `${tables.length} analysis tables written to`} ${opts.out}/analyses\n`);
    });
}
