import type { Command } from 'commander';
import { allMethods, type Lang } from '../../core/index.js';

/** `nqpf methods`: every method of every op, from the registry, in the user's language. */
export function registerMethods(program: Command, lang: Lang): void {
  program
    .command('methods')
    .description('list every method of every step, from the registry')
    .action(() => {
      let op = '';
      for (const m of allMethods()) {
        if (m.op !== op) process.stdout.write(`\n${(op = m.op)}\n`);
        process.stdout.write(`  ${m.method.padEnd(18)} ${m.title[lang]} — ${m.summary[lang]}\n`);
      }
    });
}
