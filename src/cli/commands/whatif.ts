import type { Command } from 'commander';
import { canonicalJson, type Lang } from '../../core/index.js';
import { writeFolderAtomic } from '../../io/node/files.js';
import { buildFromFile } from '../build-spec.js';
import { guidanceFiles, guidanceOf, summarizeGuidance } from '../guidance.js';

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
    .option('-f, --force', 'replace an existing output folder whole')
    .option('-q, --quiet', 'print nothing on success')
    .action(async (specPath: string, opts: { out: string; force?: boolean; quiet?: boolean }) => {
      const { build, specDir } = buildFromFile(specPath);
      const result = await guidanceOf(build, specPath, specDir);
      const files = new Map<string, string>(result ? guidanceFiles(result) : []);
      files.set('spec.resolved.json', `${JSON.stringify(JSON.parse(canonicalJson({ ...build.spec, engineVersion: build.engineVersion, specHash: build.specHash, inputHashes: build.inputHashes })), null, 2)}\n`);
      writeFolderAtomic(opts.out, files, opts.force ?? false);
      if (!opts.quiet) process.stdout.write(`${result ? summarizeGuidance(result, lang) : lang === 'zh' ? '方案中没有 scenarios、paths、projection 或 targets\n' : 'the spec has no scenarios, paths, projection or targets\n'}${lang === 'zh' ? '输出已写入' : 'outputs written to'} ${opts.out}\n`);
    });
}
