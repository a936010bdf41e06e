import type { Command } from 'commander';
import { resolveSpec, run, type Lang } from '../../core/index.js';
import { loadInputs, loadSpecFile } from '../../io/node/load.js';
import { inSpecFile } from '../build-spec.js';

/** `nqpf validate SPEC`: parse spec, framework and data and run every step's checks in memory; write nothing. */
export function registerValidate(program: Command, lang: Lang): void {
  program
    .command('validate')
    .description('check spec, framework and data; report every problem; write nothing')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .action((specPath: string) => {
      inSpecFile(specPath, () => {
        const loaded = loadSpecFile(specPath);
        const spec = resolveSpec(loaded.document);
        const { inputs } = loadInputs(spec.framework, spec.data, loaded.dir);
        run(loaded.document, inputs);
      });
      process.stdout.write(`${lang === 'zh' ? '通过' : 'ok'}: ${specPath}\n`);
    });
}
