import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { REPO } from '../helpers/build.js';

/** A folder with COINr's two ASEM tables and the spec of issue 2 beside them. */
function asemFolder(steps: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nqpf-cli-'));
  copyFileSync(join(REPO, 'data/coinr-asem/iMeta.csv'), join(dir, 'iMeta.csv'));
  copyFileSync(join(REPO, 'data/coinr-asem/iData.csv'), join(dir, 'iData.csv'));
  writeFileSync(join(dir, 'spec.yaml'), `framework: { format: coinr, path: iMeta.csv }\ndata: { format: coinr, path: iData.csv }\nsteps:\n${steps}`);
  return dir;
}

const minMaxArithmetic = '  - { op: normalize, method: min-max, params: { range: [0, 100] } }\n  - { op: aggregate, method: arithmetic }\n';

function folderBytes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else out[rel] = readFileSync(join(dir, rel)).toString('base64');
    }
  };
  walk('');
  return out;
}

describe('nqpf run', () => {
  it('run: the spec of issue 2 runs as written and writes every output file of DESIGN.md §5', async () => {
    const dir = asemFolder(minMaxArithmetic);
    const before = readFileSync(join(dir, 'iData.csv'));
    const result = await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'out')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Sustainable Connectivity 2018 — ranking\n\s+1\s+Germany\s+75\.23/);
    const files = Object.keys(folderBytes(join(dir, 'out'))).sort();
    expect(files).toEqual(['notes.csv', 'nqpf-manifest.json', 'panel.csv', 'report.html', 'results.xlsx', 'scores.csv', 'spec.resolved.json', 'steps/aggregate.csv', 'steps/normalize.csv', 'weights.csv']);
    const scores = readFileSync(join(dir, 'out/scores.csv'), 'utf8');
    expect(scores.startsWith('\uFEFFregion,name_zh,name_en,year,node,level,score,rank\n')).toBe(true);
    expect(scores).toContain('\nDEU,Germany,Germany,2018,Index,4,75.2');
    // panel.csv: one row per region × year, plain identifiers as headers (Stata import delimited, R read.csv).
    const panel = readFileSync(join(dir, 'out/panel.csv'), 'utf8').split('\n');
    expect(panel[0]).toBe('\uFEFFregion,name_zh,name_en,year,group,Index,Index_rank,Conn,Conn_rank,Sust,Sust_rank');
    expect(panel.filter(Boolean)).toHaveLength(1 + 51);
    expect(panel.find((line) => line.startsWith('DEU,'))).toMatch(/^DEU,Germany,Germany,2018,[^,]*,75\.2\d*,1,/);
    expect(readFileSync(join(dir, 'iData.csv')).equals(before)).toBe(true);
  });

  it('run: the same spec gives byte-identical outputs, results.xlsx included', async () => {
    const dir = asemFolder(minMaxArithmetic);
    await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'a'), '-q']);
    await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'b'), '-q']);
    expect(folderBytes(join(dir, 'a'))).toEqual(folderBytes(join(dir, 'b')));
  });

  it.each([
    ['z-score', '  - { op: normalize, method: z-score, params: { mean: 0, sd: 1 } }\n  - { op: aggregate, method: arithmetic }\n'],
    ['rank', '  - { op: normalize, method: rank }\n  - { op: aggregate, method: arithmetic }\n'],
    ['geometric on min-max [1, 100]', '  - { op: normalize, method: min-max, params: { range: [1, 100] } }\n  - { op: aggregate, method: geometric }\n'],
  ])('run: the %s variant of issue 2 runs as written', async (_, steps) => {
    const dir = asemFolder(steps);
    const result = await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'out'), '-q']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it("run: an existing output folder is refused without --force; --force replaces nqpf's own output, never a user's file", async () => {
    const dir = asemFolder(minMaxArithmetic);
    const out = join(dir, 'out');
    await runCli(['run', join(dir, 'spec.yaml'), '--out', out, '-q']);
    const manifest = JSON.parse(readFileSync(join(out, 'nqpf-manifest.json'), 'utf8'));
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(['notes.csv', 'panel.csv', 'report.html', 'results.xlsx', 'scores.csv', 'spec.resolved.json', 'steps/aggregate.csv', 'steps/normalize.csv', 'weights.csv']);
    const refused = await runCli(['run', join(dir, 'spec.yaml'), '--out', out, '-q']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`nqpf: error: output folder "${out}" exists and is not empty; use --force to replace the earlier nqpf output in it\n`);
    const forced = await runCli(['run', join(dir, 'spec.yaml'), '--out', out, '-q', '--force']);
    expect(forced.code).toBe(0);
    writeFileSync(join(out, 'mine.txt'), 'keep me');
    const before = folderBytes(out);
    const kept = await runCli(['run', join(dir, 'spec.yaml'), '--out', out, '-q', '--force']);
    expect(kept.code).toBe(1);
    expect(kept.stderr).toContain(`holds "mine.txt", which nqpf did not write`);
    expect(folderBytes(out)).toEqual(before);
    expect(readdirSync(dir).filter((f) => f.includes('nqpf-'))).toEqual([]);
  });

  it.each(['report', 'diff'])("%s --out onto a folder with the user's own files: refused, with and without --force, untouched", async (command) => {
    const dir = asemFolder(minMaxArithmetic);
    const out = join(dir, 'mine');
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), 'my report');
    writeFileSync(join(out, 'diff.csv'), 'my diff');
    const specs = command === 'diff' ? [join(dir, 'spec.yaml'), join(dir, 'spec.yaml')] : [join(dir, 'spec.yaml')];
    for (const force of [[], ['--force']]) {
      const result = await runCli([command, ...specs, '--out', out, ...force]);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(force.length ? /which nqpf did not write/ : /exists and is not empty/);
    }
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toBe('my report');
    expect(readFileSync(join(out, 'diff.csv'), 'utf8')).toBe('my diff');
    expect(readdirSync(dir).filter((f) => f.includes('nqpf-'))).toEqual([]);
  });

  it('run: an existing folder is refused before any work: a spec error is not even reached', async () => {
    const dir = asemFolder('  - { op: normalize, method: minmax }\n');
    mkdirSync(join(dir, 'out'));
    writeFileSync(join(dir, 'out', 'x.txt'), '');
    const result = await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'out')]);
    expect(result.stderr).toMatch(/exists and is not empty/);
  });

  it('run: a failed build leaves no temporary folder and no parent folders it made', async () => {
    const dir = asemFolder('  - { op: normalize, method: minmax }\n');
    const result = await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'a/b/out')]);
    expect(result.code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['iData.csv', 'iMeta.csv', 'spec.yaml']);
  });

  it('run: a non-numeric cell is a located error, exit 1, no stack trace, no output written', async () => {
    const dir = asemFolder(minMaxArithmetic);
    const text = readFileSync(join(dir, 'iData.csv'), 'utf8').split('\n');
    const cells = text[16].split(',');
    cells[11] = '"1,234"'; // LPI, the first indicator column
    text[16] = cells.join(',');
    writeFileSync(join(dir, 'iData.csv'), text.join('\n'));
    const result = await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'nqpf: error: iData.csv:17:LPI: non-numeric value "1,234"; set clean: true under data in the spec to read it as 1234 (thousands separators, full-width digits, footnote marks, dashes; each cell is logged in notes.csv)\n',
    );
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('run: messages come in Chinese with --lang zh', async () => {
    const dir = asemFolder('  - { op: normalize, method: minmax }\n');
    const result = await runCli(['--lang', 'zh', 'validate', join(dir, 'spec.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr.startsWith(`nqpf: 错误: ${join(dir, 'spec.yaml')}:/steps/0/method: 步骤 normalize 没有方法 "minmax"；可用：min-max, z-score, `)).toBe(true);
  });
});

describe('nqpf validate / methods / schema', () => {
  it('validate: a good spec prints ok and a summary of what was read, and writes nothing', async () => {
    const dir = asemFolder(minMaxArithmetic);
    const result = await runCli(['validate', join(dir, 'spec.yaml')]);
    // ASEM (COINr): 51 countries, 2018, 49 indicators, 63 empty cells of 2499.
    const summary = ['  regions     51', '  years       2018', '  indicators  49 of 49', '  blanks      63 (2.5%)', '  cleaned     0', '  jumps       0'];
    expect(result).toEqual({ code: 0, stdout: `ok: ${join(dir, 'spec.yaml')}\n${summary.join('\n')}\n`, stderr: '' });
    expect(readdirSync(dir).sort()).toEqual(['iData.csv', 'iMeta.csv', 'spec.yaml']);
  });

  it('validate: lists every problem of the spec at once', async () => {
    const dir = asemFolder('  - { op: normalize, method: min-max, params: { range: [100, 0] } }\n  - { op: aggregate, method: mean }\n  - { op: weight, colour: red }\n');
    const result = await runCli(['validate', join(dir, 'spec.yaml')]);
    expect(result.code).toBe(1);
    const at = `${join(dir, 'spec.yaml')}:`;
    expect(result.stderr.trim().split('\n')).toEqual([
      `nqpf: error: ${at}/steps/0/params/range: range must be [low, high] with low < high`,
      `nqpf: error: ${at}/steps/1/method: op aggregate has no method "mean"; known: ` + result.stderr.split('known: ')[1].split('\n')[0],
      `nqpf: error: ${at}/steps/2: unknown key "colour"`,
    ]);
  });

  it('methods: lists the registry in both languages', async () => {
    const en = await runCli(['methods']);
    expect(en.stdout).toContain('  entropy            Entropy — weights by the divergence');
    const zh = await runCli(['--lang', 'zh', 'methods']);
    expect(zh.stdout).toContain('  entropy            熵值法 — ');
  });

  it('schema: prints a JSON Schema that names the spec keys', async () => {
    const result = await runCli(['schema']);
    const schema = JSON.parse(result.stdout);
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['framework', 'data', 'seed', 'steps', 'analyses', 'uncertainty']));
  });
});

describe('nqpf init', () => {
  it('init: writes a starter spec that runs as written', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'nqpf-init-')), 'project');
    const created = await runCli(['init', dir]);
    expect(created.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['framework.yaml', 'nqpf-project.yaml', 'spec.yaml']);
    // Without --out: results/<spec name> in the project root.
    const result = await runCli(['run', join(dir, 'spec.yaml'), '-q']);
    expect(result.stderr).toBe('');
    expect(readFileSync(join(dir, 'results/spec/scores.csv'), 'utf8')).toMatch(/\n110000,北京,Beijing,2023,NQPF,3,/);
  });

  it('init --framework: a data template (region, year, one column per indicator, named with its unit) the spec reads back by name', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'nqpf-init-')), 'project');
    expect((await runCli(['--lang', 'zh', 'init', dir, '--framework', 'nqpf-three-factors'])).code).toBe(0);
    const template = readFileSync(join(dir, 'data/template.csv'), 'utf8').split('\n');
    expect(template[0]).toMatch(/^\uFEFF地区,年份,R&D人员全时当量\(人年\),/);
    expect(template.filter(Boolean)).toHaveLength(1 + 31 * 5);
    // Empty cells: the headers all matched, so the complaint is about values, not columns.
    const result = await runCli(['validate', join(dir, 'spec.yaml')]);
    expect(result.stderr).not.toMatch(/not in the data/);
  });

  it('init --data: copies the table and drafts the framework from its headers, units parsed, 能耗 proposed less-is-better', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nqpf-init-'));
    const rows = ['地区,年份,R&D经费投入强度(%),单位GDP能耗（吨标准煤/万元）'];
    for (const [i, p] of ['北京', '天津', '河北', '山西'].entries()) for (const y of [2021, 2022]) rows.push(`${p},${y},${2 + i + (y - 2021) / 10},${i === 2 && y === 2022 ? '"1,234"' : 0.5 + i / 10}`);
    writeFileSync(join(root, 'panel.csv'), rows.join('\n'));
    const dir = join(root, 'project');
    expect((await runCli(['init', dir, '--data', join(root, 'panel.csv')])).code).toBe(0);
    const framework = readFileSync(join(dir, 'framework.yaml'), 'utf8');
    expect(framework).toContain('- { code: x01, name: { zh: "R&D经费投入强度", en: "R&D经费投入强度" }, parent: P1, direction: 1, weight: 1, unit: "%" }');
    expect(framework).toContain('- { code: x02, name: { zh: "单位GDP能耗", en: "单位GDP能耗" }, parent: P1, direction: -1, weight: 1, unit: "吨标准煤/万元" }  # review: "能耗" suggests less is better');
    expect(readFileSync(join(dir, 'spec.yaml'), 'utf8')).toContain('data: { path: "data/panel.csv", regions: china-provinces, clean: true }');
    const result = await runCli(['validate', join(dir, 'spec.yaml')]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  indicators  2 of 2\n  blanks      0 (0.0%)\n  cleaned     1\n');
  });
});
