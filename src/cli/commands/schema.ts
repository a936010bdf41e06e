import type { Command } from 'commander';
import { specJsonSchema } from '../../core/index.js';

/** `nqpf schema`: the spec's JSON Schema, for editors. */
export function registerSchema(program: Command): void {
  program
    .command('schema')
    .description('print the JSON Schema of the spec (for editors)')
    .action(() => {
      process.stdout.write(`${JSON.stringify(specJsonSchema(), null, 2)}\n`);
    });
}
