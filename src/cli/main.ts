import { Command, CommanderError } from 'commander';
import type { Lang } from '../core/errors/messages.js';
import { recoverOutputs } from '../io/node/output-claims.js';
import { COMMANDS } from './commands/index.js';
import { interruptedMessage } from './main-messages.js';
import { renderError } from './render-error.js';

/** The CLI facade: parse argv, call core and io, print. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const lang: Lang = argv.includes('zh') && argv[argv.indexOf('zh') - 1] === '--lang' ? 'zh' : 'en';
  // In-process (tests, `NQPF_IN_PROCESS=1`): a signal is only seen between tasks; bin/nqpf.mjs runs the long
  // commands in a worker under supervise.ts, which stops them at any point.
  const onInterrupt = (signal: NodeJS.Signals) => {
    recoverOutputs();
    process.stderr.write(`\nnqpf: ${interruptedMessage(lang)}\n`);
    process.exit(signal === 'SIGTERM' ? 143 : 130);
  };
  process.once('SIGINT', onInterrupt);
  process.once('SIGTERM', onInterrupt);
  const program = new Command()
    .name('nqpf')
    .description('New quality productive forces (新质生产力) index engine: build, diagnose and compare composite indices')
    .option('--lang <lang>', 'language of messages and headers: zh | en', 'en')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  try {
    await registerCommands(program, argv, lang);
    // The pipeline is synchronous; a spec with an LP method (benefit-of-the-doubt) needs HiGHS loaded first.
    program.hook('preAction', async (_program, action) => {
      const specs = action.args.filter((arg) => /\.(ya?ml|json)$/i.test(arg));
      if (specs.length === 0) return;
      const [{ prepareSolvers, specNeedsSolvers }, { loadSpecFile }] = await Promise.all([import('../core/index.js'), import('../io/node/load.js')]);
      const namesLpMethod = (arg: string): boolean => {
        try {
          return specNeedsSolvers(loadSpecFile(arg).document);
        } catch {
          return false; // unreadable files are left to the command
        }
      };
      if (specs.some(namesLpMethod)) await prepareSolvers();
    });

    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    process.stderr.write(`${renderError(error, lang)}\n`);
    return 1;
  } finally {
    // a command that failed after claiming its output folder leaves no temporary folder behind
    recoverOutputs();
    process.removeListener('SIGINT', onInterrupt);
    process.removeListener('SIGTERM', onInterrupt);
  }
}

/**
 * Register the command being run — only its module is loaded (start-up: `nqpf validate` does not load the
 * report, `nqpf --help` loads no command at all) — or, for help and unknown commands, every command's entry.
 */
async function registerCommands(program: Command, argv: string[], lang: Lang): Promise<void> {
  const positional = argv.filter((arg, k) => !arg.startsWith('-') && argv[k - 1] !== '--lang');
  const wanted = positional[0] === 'help' ? positional[1] : positional[0];
  const chosen = COMMANDS.find((c) => c.name === wanted);
  for (const entry of COMMANDS) {
    if (entry === chosen) (await entry.load())(program, lang);
    else if (!chosen) {
      const stub = program.command(entry.name).description(entry.description);
      for (const arg of entry.args) stub.argument(arg);
    }
  }
}
