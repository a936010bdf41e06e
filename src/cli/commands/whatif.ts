import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { claimOutput, writeOutput } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';
import { guidanceOf, summarizeGuidance, writeGuidance } from '../guidance.js';
import { resolvedJson } from './run.js';

/**
 * `nqpf whatif SPEC --out DIR`: build, then write only the guidance outputs (scenarios/, paths/, projection.csv,
 * targets.csv) and spec.resolved.json; every block is checked before anything is written.
 */
export function registerWhatif(program: Command, lang: Lang): void {
  program
    .command('whatif')
    .description('what-if scenarios, paths to a target, projections and targets the spec describes')
    .argument('<spec>', 'spec file (YAML or JSON) with scenarios, paths, projection or targets')
    .requiredOption('-o, --out <dir>', 'output folder (written atomically)')
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .option('-q, --quiet', 'print nothing on success')
    .action(async (specPath: string, opts: { out: string; force?: boolean; quiet?: boolean }) => {
      const claim = claimOutput(opts.out, { force: opts.force, command: 'whatif' });
      const { build, specDir } = buildFromFile(specPath);
      const result = await guidanceOf(build, specPath, specDir);
      await writeOutput(claim, (out) => {
        if (result) writeGuidance(out, result);
        out.file('spec.resolved.json', resolvedJson(build));
      });
      if (!opts.quiet) process.stdout.write(`${result ? summarizeGuidance(result, lang) : lang === 'zh' ? '方案中没有 scenarios、paths、projection 或 targets\n' : 'the spec has no scenarios, paths, projection or targets\n'}${lang === 'zh' ? '输出已写入' : 'outputs written to'} ${opts.out}\n`);
    });
}
