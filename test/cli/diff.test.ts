import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, readCsvObjects } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';

/** COINr's ASEM tables and two specs beside them: min-max (A) and z-score (B), both arithmetic. */
function asemPair(): string {
  const dir = mkdtempSync(join(tmpdir(), 'nqpf-diff-'));
  copyFileSync(join(REPO, 'data/coinr-asem/iMeta.csv'), join(dir, 'iMeta.csv'));
  copyFileSync(join(REPO, 'data/coinr-asem/iData.csv'), join(dir, 'iData.csv'));
  const head = 'framework: { format: coinr, path: iMeta.csv }\ndata: { format: coinr, path: iData.csv }\nsteps:\n';
  writeFileSync(join(dir, 'a.yaml'), `${head}  - { op: normalize, method: min-max, params: { range: [0, 100] } }\n  - { op: aggregate, method: arithmetic }\n`);
  writeFileSync(join(dir, 'b.yaml'), `${head}  - { op: normalize, method: z-score, params: { mean: 0, sd: 1 } }\n  - { op: aggregate, method: arithmetic }\n`);
  return dir;
}

describe('nqpf diff', () => {
  it('diff: prints the changed step by id and pointer, rank changes per node and the largest movers', async () => {
    const dir = asemPair();
    const result = await runCli(['diff', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--top', '3']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('step normalize /method: "min-max" → "z-score"');
    expect(result.stdout).toContain('step normalize /params/range: removed [0,100]');
    expect(result.stdout).toContain('step normalize /params/mean: added 0');
    expect(result.stdout).toMatch(/Rank changes: year 2018/);
    expect(result.stdout).toMatch(/\n {2}Index\s+\d+\s+\d+\.\d\d\s+\d+\n/);
    // Oracle: COINr 1.1.14 ranks (test/reference/coinr/{minmax,zscore}-arith.csv): the largest index mover.
    const rank = (file: string) => new Map(readCsvObjects(`test/reference/coinr/${file}.csv`).filter((r) => r.iCode === 'Index').map((r) => [r.uCode, Number(r.rank)]));
    const a = rank('minmax-arith');
    const b = rank('zscore-arith');
    const largest = Math.max(...[...a].map(([code, r]) => Math.abs(r - b.get(code)!)));
    const movers = result.stdout.slice(result.stdout.indexOf('Largest movers (Index)')).split('\n').slice(1, 4);
    expect(movers).toHaveLength(3);
    expect(movers[0]).toMatch(new RegExp(`[+−]${largest}$`));
  });

  it('diff --out: writes diff.csv (every node × region) and a report with the comparison section', async () => {
    const dir = asemPair();
    const out = join(dir, 'cmp');
    const result = await runCli(['diff', join(dir, 'a.yaml'), join(dir, 'b.yaml'), '--out', out]);
    expect(result.code).toBe(0);
    const csv = readFileSync(join(out, 'diff.csv'), 'utf8');
    expect(csv.startsWith('\uFEFFnode,region,year,rank_a,rank_b,rank_change,score_a,score_b\n')).toBe(true);
    expect(csv.trim().split('\n')).toHaveLength(1 + 60 * 51);
    const page = readFileSync(join(out, 'report.html'), 'utf8');
    expect(page).toContain('<section id="diff">');
    expect(page).toContain('<code>step normalize /method: &quot;min-max&quot; → &quot;z-score&quot;</code>');
  });

  it('diff: the same spec twice has no spec changes and no movers', async () => {
    const dir = asemPair();
    const result = await runCli(['--lang', 'zh', 'diff', join(dir, 'a.yaml'), join(dir, 'a.yaml')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('两份规格相同');
    expect(result.stdout).toMatch(/排名变化最大的地区 \(Index\)\n {2}–\n/);
  });

  it("report: follows run's rule — an existing folder needs --force, which replaces nqpf's report and never a user's file", async () => {
    const dir = asemPair();
    const out = join(dir, 'rep');
    await runCli(['report', join(dir, 'a.yaml'), '--out', out]);
    expect((await runCli(['report', join(dir, 'a.yaml'), '--out', out])).code).toBe(1);
    const result = await runCli(['--lang', 'zh', 'report', join(dir, 'a.yaml'), '--out', out, '--force']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`报告已写入 ${out}/report.html\n`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('<html lang="zh-CN">');
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    expect((await runCli(['report', join(dir, 'a.yaml'), '--out', out, '--force'])).code).toBe(1);
    expect(readFileSync(join(out, 'mine.txt'), 'utf8')).toBe('keep me');
  });
});
