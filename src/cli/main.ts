import { Command, CommanderError } from 'commander';
import { prepareSolvers, specNeedsSolvers, type Lang } from '../core/index.js';
import { recoverOutputs } from '../io/node/output-folder.js';
import { loadSpecFile } from '../io/node/load.js';
import { commands } from './commands/index.js';
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

  for (const register of commands) register(program, lang);
  // The pipeline is synchronous; a spec with an LP method (benefit-of-the-doubt) needs HiGHS loaded first.
  program.hook('preAction', async (_program, action) => {
    if (action.args.some(namesLpMethod)) await prepareSolvers();
  });

  try {
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

/** Whether a command argument is a spec file naming an LP method; unreadable files are left to the command. */
function namesLpMethod(arg: string): boolean {
  if (!/\.(ya?ml|json)$/i.test(arg)) return false;
  try {
    return specNeedsSolvers(loadSpecFile(arg).document);
  } catch {
    return false;
  }
}
