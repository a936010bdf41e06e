import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { claimOutput, writeOutput } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';

/** `nqpf report SPEC --out DIR`: build, then write DIR/report.html — a folder of its own, by `run`'s rule. */
export function registerReport(program: Command, lang: Lang): void {
  program
    .command('report')
    .description('build the index a spec describes and write one self-contained report.html')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'output folder for report.html (written atomically)')
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .action(async (specPath: string, opts: { out: string; force?: boolean }) => {
      const claim = claimOutput(opts.out, { force: opts.force, command: 'report' });
      const { build } = buildFromFile(specPath);
      const { reportWithMap } = await import('../../io/report/china-map.node.js');
      await writeOutput(claim, (out) => out.file('report.html', reportWithMap(build, { lang })));
      process.stdout.write(`${lang === 'zh' ? '报告已写入' : 'report written to'} ${opts.out}/report.html\n`);
    });
}
