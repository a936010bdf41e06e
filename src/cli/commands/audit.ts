import type { Command } from 'commander';
import { NqpfError, type Lang } from '../../core/index.js';
import { runAudit } from '../../core/audit/run-audit.js';
import { auditTables } from '../../core/audit/tables.js';
import { claimOutput, writeOutput } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';
import { resolvedJson } from './run.js';

export interface AuditCommandOptions {
  out: string;
  level?: number;
  force?: boolean;
  quiet?: boolean;
  lang: Lang;
}

/** `nqpf audit SPEC --out DIR`: the statistical audit of the build a spec describes, written atomically. */
export async function auditCommand(specPath: string, options: AuditCommandOptions): Promise<void> {
  const claim = claimOutput(options.out, { force: options.force, command: 'audit' });
  const { build } = buildFromFile(specPath);
  const tables = auditTables(runAudit(build, { removeLevel: options.level }));
  const { workbookBytes } = await import('../../io/node/xlsx-write.js');
  await writeOutput(claim, async (out) => {
    for (const table of tables) out.table(table);
    out.file('audit.xlsx', await workbookBytes(tables, options.lang));
    out.file('spec.resolved.json', resolvedJson(build));
  });
  if (!options.quiet) process.stdout.write(`${options.lang === 'zh' ? '审计结果已写入' : 'audit written to'} ${options.out}\n`);
}

export function registerAudit(program: Command, lang: Lang): void {
  program
    .command('audit')
    .description('statistical audit: indicator stats, correlations, Cronbach alpha, PCA, importance, remove-one rank changes')
    .argument('<spec>', 'spec file (YAML or JSON)')
    .requiredOption('-o, --out <dir>', 'output folder (written atomically)')
    .option('-l, --level <n>', "level removed one node at a time (default: the index's children)", (v) => Number.parseInt(v, 10))
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .option('-q, --quiet', 'print nothing on success')
    .action(async (spec: string, opts: Omit<AuditCommandOptions, 'lang'>) => {
      if (opts.level !== undefined && !(Number.isInteger(opts.level) && opts.level > 0)) throw new NqpfError('UNCERTAINTY_OPTION', { option: '--level', value: opts.level });
      await auditCommand(spec, { ...opts, lang });
    });
}
