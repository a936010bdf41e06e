// Start-up (issue 14): `nqpf --help` lists the commands from src/cli/commands/index.ts without loading them;
// each entry must agree with the command it stands for (name, arguments, description).
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands/index.js';
import { runCli } from '../helpers/cli.js';

describe('command entries', () => {
  it.each(COMMANDS.map((c) => [c.name, c] as const))('%s: the entry agrees with the command it loads', async (_, entry) => {
    const program = new Command();
    (await entry.load())(program, 'en');
    const [command] = program.commands;
    expect(command.name()).toBe(entry.name);
    expect(command.description()).toBe(entry.description);
    expect(command.registeredArguments.map((a) => (a.required ? `<${a.name()}>` : `[${a.name()}]`))).toEqual(entry.args);
  });

  it('nqpf --help lists every command; nqpf help run shows run with its options', async () => {
    const help = await runCli(['--help']);
    for (const entry of COMMANDS) expect(help.stdout).toContain(`  ${entry.name}`);
    const run = await runCli(['help', 'run']);
    expect(run.stdout).toContain('--force');
  });
});
