import type { Command } from 'commander';
import { diffResults, diffSpecs, type Lang } from '../../core/index.js';
import { diffTable, diffText, type BuildDiff } from '../../io/report/diff-report.js';
import { claimOutput, writeOutput, type OutputClaim } from '../../io/node/output-folder.js';
import { buildFromFile } from '../build-spec.js';

/**
 * `nqpf diff A B`: what changed between two specs (by step id and JSON Pointer) and what it did to the
 * results (rank changes per node, largest movers) — COINr compare_coins. With --out, DIR/diff.csv and
 * DIR/report.html (B's report with a comparison section).
 */
export function registerDiff(program: Command, lang: Lang): void {
  program
    .command('diff')
    .description('compare two specs and their results: changed steps, rank changes, largest movers')
    .argument('<a>', 'first spec (YAML or JSON)')
    .argument('<b>', 'second spec (YAML or JSON)')
    .option('-o, --out <dir>', 'also write diff.csv and report.html into this folder (written atomically)')
    .option('-f, --force', "replace nqpf's earlier output in that folder (never a file of your own)")
    .option('--year <year>', 'year to compare (default: the latest year both builds have)')
    .option('--top <n>', 'how many movers to list', '10')
    .action(async (specA: string, specB: string, opts: { out?: string; force?: boolean; year?: string; top: string }) => {
      const claim: OutputClaim | null = opts.out ? claimOutput(opts.out, { force: opts.force, command: 'diff' }) : null;
      // Of A only its spec and results are kept: its steps' tables go before B is built (peak memory at county scale).
      const a = (({ spec, results }) => ({ spec, results }))(buildFromFile(specA).build);
      const b = buildFromFile(specB).build;
      const diff: BuildDiff = {
        specChanges: diffSpecs(a.spec, b.spec),
        results: diffResults(a.results, b.results, { year: opts.year === undefined ? undefined : Number(opts.year), top: Number(opts.top) }),
        regions: [...b.results.regions, ...a.results.regions],
      };
      process.stdout.write(diffText(diff, lang));
      if (claim) {
        const table = diffTable(diff);
        const { reportWithMap } = await import('../../io/report/china-map.node.js');
        await writeOutput(claim, (out) => {
          out.csv('diff.csv', lang === 'zh' ? table.headerZh : table.header, table.rows);
          out.file('report.html', reportWithMap(b, { lang, diff }));
        });
      }
    });
}
