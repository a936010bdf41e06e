import type { Command } from 'commander';
import type { Lang } from '../../core/errors/messages.js';

/** Each command registers itself on the program. */
export type RegisterCommand = (program: Command, lang: Lang) => void;

/**
 * Every command, in the order of `nqpf --help`, and how to load it. Start-up: `nqpf CMD …` loads only CMD's
 * module (and what it imports); `nqpf --help` loads none — it lists these entries, whose name, arguments and
 * description repeat the command's own (test/cli/startup.test.ts checks they agree). A new command adds its
 * entry here; its module may import anything, since it is loaded only when that command runs.
 */
export interface CommandEntry {
  name: string;
  args: string[];
  description: string;
  load: () => Promise<RegisterCommand>;
}

const SPEC = ['<spec>'];

export const COMMANDS: CommandEntry[] = [
  { name: 'run', args: SPEC, description: 'build the index a spec describes and write the output files', load: async () => (await import('./run.js')).registerRun },
  { name: 'analyze', args: SPEC, description: "build the index a spec describes and write only its analyses' tables (analyses/*.csv)", load: async () => (await import('./analyze.js')).registerAnalyze },
  { name: 'validate', args: SPEC, description: 'check spec, framework and data; report every problem; write nothing', load: async () => (await import('./validate.js')).registerValidate },
  { name: 'methods', args: [], description: 'list every method of every step, from the registry', load: async () => (await import('./methods.js')).registerMethods },
  { name: 'schema', args: [], description: 'print the JSON Schema of the spec (for editors)', load: async () => (await import('./schema.js')).registerSchema },
  { name: 'init', args: ['<dir>'], description: 'create a project folder: spec, editable framework, and a data template or a framework drafted from your data', load: async () => (await import('./init.js')).registerInit },
  { name: 'serve', args: [], description: 'serve the offline web app on 127.0.0.1 (the China example loaded)', load: async () => (await import('./serve.js')).registerServe },
  {
    name: 'sensitivity',
    args: SPEC,
    description: "run the spec's uncertainty block: rank intervals, Saltelli sensitivity indices, every run's parameters",
    load: async () => (await import('./sensitivity.js')).registerSensitivity,
  },
  {
    name: 'audit',
    args: SPEC,
    description: 'statistical audit: indicator stats, correlations, Cronbach alpha, PCA, importance, remove-one rank changes',
    load: async () => (await import('./audit.js')).registerAudit,
  },
  { name: 'report', args: SPEC, description: 'build the index a spec describes and write one self-contained report.html', load: async () => (await import('./report.js')).registerReport },
  { name: 'diff', args: ['<a>', '<b>'], description: 'compare two specs and their results: changed steps, rank changes, largest movers', load: async () => (await import('./diff.js')).registerDiff },
  { name: 'whatif', args: SPEC, description: 'what-if scenarios, paths to a target, projections and targets the spec describes', load: async () => (await import('./whatif.js')).registerWhatif },
];
