import type { Command } from 'commander';
import { formatMessage, resolveSpec, run, type Lang } from '../../core/index.js';
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
        const { inputs, notes } = loadInputs(spec.framework, spec.data, loaded.dir);
        run(loaded.document, inputs);
        // Say which layout the data was read as when it was not a plain table (EPS DATA / NBS portal).
        for (const note of notes.filter((n) => n.code === 'DATA_LAYOUT')) process.stdout.write(`${formatMessage(note.code, note as unknown as Record<string, unknown>, lang)}\n`);
      });
      process.stdout.write(`${lang === 'zh' ? '通过' : 'ok'}: ${specPath}\n`);
    });
}
