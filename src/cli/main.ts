import { Command, CommanderError } from 'commander';
import { prepareSolvers, specNeedsSolvers, type Lang } from '../core/index.js';
import { removeActiveTemps } from '../io/node/files.js';
import { loadSpecFile } from '../io/node/load.js';
import { commands } from './commands/index.js';
import { renderError } from './render-error.js';

/** The CLI facade: parse argv, call core and io, print. Returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const lang: Lang = argv.includes('zh') && argv[argv.indexOf('zh') - 1] === '--lang' ? 'zh' : 'en';
  const onInterrupt = () => {
    removeActiveTemps();
    process.stderr.write(`\nnqpf: ${lang === 'zh' ? '已中断，未写出任何结果' : 'interrupted; no output was written'}\n`);
    process.exit(130);
  };
  process.once('SIGINT', onInterrupt);
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
    process.removeListener('SIGINT', onInterrupt);
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
