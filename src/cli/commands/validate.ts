import type { Command } from 'commander';
import { formatMessage, isNqpfError, NqpfError, NqpfErrors, resolveSpec, run, type Lang } from '../../core/index.js';
import { dataRefSchema, frameworkRefSchema } from '../../core/spec/schema.js';
import { loadInputs, loadSpecFile } from '../../io/node/load.js';
import { inSpecFile } from '../build-spec.js';
import { validationSummary } from '../validation-summary.js';

/**
 * `nqpf validate SPEC`: parse spec, framework and data and run every step's checks in memory; write
 * nothing. Every problem is reported at once: the spec's, the framework file's and the data file's
 * (a spec error does not hide the files' errors, so long as the spec still names them); the steps run
 * only when all three read cleanly. Success prints a summary of what was read.
 */
export function registerValidate(program: Command, lang: Lang): void {
  program
    .command('validate')
    .description('check spec, framework and data; report every problem; write nothing')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .action((specPath: string) => {
      const summary = inSpecFile(specPath, () => {
        const loaded = loadSpecFile(specPath);
        const errors: NqpfError[] = [];
        const spec = collect(errors, () => resolveSpec(loaded.document));
        const document = loaded.document as { framework?: unknown; data?: unknown };
        const framework = spec?.framework ?? frameworkRefSchema.safeParse(document.framework).data;
        const data = spec?.data ?? dataRefSchema.safeParse(document.data).data;
        const loadedInputs = framework && data ? collect(errors, () => loadInputs(framework, data, loaded.dir)) : undefined;
        if (errors.length > 0 || !loadedInputs) throw errors.length === 1 ? errors[0] : new NqpfErrors(errors);
        const build = run(loaded.document, loadedInputs.inputs);
        // Say which layout the data was read as when it was not a plain table (EPS DATA / NBS portal).
        const layouts = loadedInputs.notes.filter((n) => n.code === 'DATA_LAYOUT').map((n) => `${formatMessage(n.code, n as unknown as Record<string, unknown>, lang)}\n`);
        return layouts.join('') + validationSummary(loadedInputs.inputs, [...loadedInputs.notes, ...build.loadNotes], lang);
      });
      process.stdout.write(`${lang === 'zh' ? '通过' : 'ok'}: ${specPath}\n${summary}`);
    });
}

function collect<T>(errors: NqpfError[], read: () => T): T | undefined {
  try {
    return read();
  } catch (e) {
    if (!isNqpfError(e)) throw e;
    errors.push(...(e instanceof NqpfErrors ? e.errors : [e]));
    return undefined;
  }
}
