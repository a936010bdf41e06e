import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { writeFilesAtomic } from '../../io/report/write-file.node.js';
import { buildFromFile } from '../build-spec.js';

/** `nqpf report SPEC --out DIR`: build, then write DIR/report.html (other files in DIR are left alone). */
export function registerReport(program: Command, lang: Lang): void {
  program
    .command('report')
    .description('build the index a spec describes and write one self-contained report.html')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'output folder for report.html')
    .action(async (specPath: string, opts: { out: string }) => {
      const { build } = buildFromFile(specPath);
      const { reportWithMap } = await import('../../io/report/china-map.node.js');
      writeFilesAtomic(opts.out, new Map([['report.html', reportWithMap(build, { lang })]]));
      process.stdout.write(`${lang === 'zh' ? '报告已写入' : 'report written to'} ${opts.out}/report.html\n`);
    });
}
