import type { Command } from 'commander';
import { NqpfError, type Lang } from '../../core/index.js';
import { runAudit } from '../../core/audit/run-audit.js';
import { auditTables } from '../../core/audit/tables.js';
import { seriesJumps } from '../../core/audit/series-jumps.js';
import { indicatorsOf } from '../../core/framework/tree.js';
import { auditReport } from '../audit-summary.js';
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
  const audit = runAudit(build, { removeLevel: options.level });
  const jumps = seriesJumps(build.trace[0].panel, indicatorsOf(build.results.framework).map((n) => n.code));
  const tables = [
    ...auditTables(audit),
    {
      name: 'series-jumps',
      header: ['region', 'year', 'indicator', 'value', 'detail'],
      headerZh: ['地区', '年份', '指标', '数值', '说明'],
      rows: jumps.map((j) => [j.region, j.year, j.indicator, j.value, j.detail]),
    },
  ];
  const report = auditReport(audit, jumps, options.lang);
  const { workbookBytes } = await import('../../io/node/xlsx-write.js');
  await writeOutput(claim, async (out) => {
    for (const table of tables) out.table(table);
    out.file('report.md', report);
    out.file('audit.xlsx', await workbookBytes(tables, options.lang));
    out.file('spec.resolved.json', resolvedJson(build));
  });
  if (!options.quiet) process.stdout.write(`${report}\n${options.lang === 'zh' ? '审计结果已写入' : 'audit written to'} ${options.out}\n`);
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
