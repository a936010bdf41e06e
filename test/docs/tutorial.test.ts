/**
 * docs/tutorial.md cannot go stale: its code blocks are run in order, in a fresh folder, through the CLI
 * (in-process, as test/helpers/cli.ts), on the tutorial project of docs/tutorial/ (six indicators for the 31
 * provinces 2018–2022, taken from the bundled data). The tutorial's fenced blocks mean:
 * - ```sh            — every line is an `nqpf …` command; each must exit 0 (continuation lines end in `\`);
 * - ```sh no-run     — a command that does not end (the web app): checked with `--help` only;
 * - ```text          — what the preceding ```sh block prints: each line must match a printed line (runs of
 *                      spaces are one space; `…` stands for any text);
 * - ```yaml PATH     — a file the reader writes: written to PATH;
 * - ```csv PATH      — the first rows of the reader's data table (the last line may be `…`): they must equal the
 *                      start of docs/tutorial/provinces.csv, which is copied to PATH.
 * The Chinese half (before `## English`) and the English half are both run; their commands and files must be the
 * same apart from `--lang zh` and YAML comments, so the two halves cannot drift apart either.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO } from '../helpers/build.js';
import { runCli } from '../helpers/cli.js';

const tutorial = readFileSync(resolve(REPO, 'docs/tutorial.md'), 'utf8');
const fixture = resolve(REPO, 'docs/tutorial/provinces.csv');

interface Block {
  kind: string;
  arg: string;
  body: string;
}

function blocksOf(markdown: string): Block[] {
  return [...markdown.matchAll(/^```(\w+)(?:[ \t]+([^\n]*))?\n([\s\S]*?)^```$/gm)].map((m) => ({ kind: m[1], arg: (m[2] ?? '').trim(), body: m[3] }));
}

const split = tutorial.indexOf('\n## English');
const halves = { zh: blocksOf(tutorial.slice(0, split)), en: blocksOf(tutorial.slice(split)) };

/** The commands of a ```sh block: continuation lines joined, comments and blank lines dropped. */
function commandsOf(body: string): string[] {
  return body
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

/** Shell words of one command line: whitespace-separated, with '…' and "…" quoting (no other shell syntax). */
function wordsOf(line: string): string[] {
  const words: string[] = [];
  for (const m of line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)) words.push(m[1] ?? m[2] ?? m[3]);
  return words;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** A ```text line as a pattern over one printed line: `…` is any text. */
function linePattern(line: string): RegExp {
  return new RegExp(`^${squash(line).split('…').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

const dirs: string[] = [];
afterAll(() => {
  process.chdir(REPO);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** Run one half of the tutorial in a fresh folder; returns that folder. */
async function runTutorial(blocks: Block[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'nqpf-tutorial-'));
  dirs.push(dir);
  let printed = '';
  for (const [k, block] of blocks.entries()) {
    const where = `block ${k + 1} (${block.kind}${block.arg ? ` ${block.arg}` : ''})`;
    if (block.kind === 'sh') {
      printed = '';
      for (const command of commandsOf(block.body)) {
        const [program, ...args] = wordsOf(command);
        expect(program, `${where}: ${command}`).toBe('nqpf');
        process.chdir(dir);
        const { code, stdout, stderr } = await runCli(block.arg === 'no-run' ? [...args, '--help'] : args);
        process.chdir(REPO);
        expect(code, `${where}: ${command}\n${stderr}`).toBe(0);
        printed += stdout;
      }
    } else if (block.kind === 'text') {
      const lines = printed.split('\n').map(squash);
      for (const line of block.body.split('\n').filter((l) => l.trim() !== '')) {
        const pattern = linePattern(line);
        expect(lines.some((l) => pattern.test(l)), `${where}: "${line}" is not in what the command printed:\n${printed}`).toBe(true);
      }
    } else if (block.kind === 'yaml' && block.arg) {
      mkdirSync(dirname(join(dir, block.arg)), { recursive: true });
      writeFileSync(join(dir, block.arg), block.body);
    } else if (block.kind === 'csv' && block.arg) {
      const shown = block.body.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '…');
      expect(readFileSync(fixture, 'utf8').split('\n').slice(0, shown.length), `${where}: the rows shown are the fixture's first rows`).toEqual(shown);
      mkdirSync(dirname(join(dir, block.arg)), { recursive: true });
      copyFileSync(fixture, join(dir, block.arg));
    }
  }
  return dir;
}

/** The rows of a CSV the CLI wrote (BOM, header), as records; no quoted commas in these tables. */
function csvRecords(path: string): Record<string, string>[] {
  const [header, ...rows] = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split('\n').map((l) => l.split(','));
  return rows.map((row) => Object.fromEntries(header.map((h, j) => [h, row[j]])));
}

/** Step 10 ("read the results") quotes numbers from the output files: they must be what the files say. */
function readingTheResults(project: string): void {
  const at = (file: string) => csvRecords(join(project, file));
  const year2022 = (rows: Record<string, string>[]) => rows.find((r) => r.year === '2022')!;
  const gini = year2022(at('results-full/analyses/disparity-summary.csv'));
  expect(Number(gini.gini).toFixed(3)).toBe('0.174');
  expect(Math.round(Number(gini.net_between_share) * 100)).toBe(71);
  const moran = at('results-full/analyses/moran.csv');
  expect(moran.map((r) => r.year)).toEqual(['2018', '2019', '2020', '2021', '2022']);
  for (const r of moran) expect(Number(r.i) > 0 && Number(r.p_permutation) < 0.05, r.year).toBe(true);
  expect(Number(year2022(moran).i).toFixed(3)).toBe('0.450');
  expect(Number(year2022(moran).p_permutation)).toBe(0.001);
  const [absolute, conditional] = at('results-full/analyses/convergence-beta.csv');
  expect([absolute.type, Number(absolute.beta).toFixed(3)]).toEqual(['absolute', '-0.094']);
  expect([conditional.type, Number(conditional.beta).toFixed(3)]).toEqual(['conditional', '-0.223']);
  for (const beta of [absolute, conditional]) expect(Number(beta.p)).toBeLessThan(0.001);
  const indices = at('robustness/sensitivity-indices.csv');
  const total = Object.fromEntries(indices.map((r) => [r.factor, Number(Number(r.total).toFixed(2))]));
  expect(total).toEqual({ 'weight/method': 0.74, 'normalize/method': 0.4, 'weight/params/noise': 0.27 });
  const noise = indices.find((r) => r.factor === 'weight/params/noise')!;
  expect(Math.abs(Number(noise.first_order))).toBeLessThan(0.1);
}

describe('docs/tutorial.md', () => {
  it('tutorial: the Chinese and English halves have the same commands and files (apart from --lang zh and comments)', () => {
    const shape = (blocks: Block[]) =>
      blocks
        .filter((b) => b.kind !== 'text')
        .map((b) =>
          b.kind === 'sh' ? ['sh', b.arg, commandsOf(b.body).map((c) => c.replace(/^nqpf --lang zh /, 'nqpf '))] : b.kind === 'yaml' ? ['yaml', b.arg, parse(b.body)] : [b.kind, b.arg, b.body],
        );
    expect(halves.zh.length).toBeGreaterThan(10);
    expect(shape(halves.en)).toEqual(shape(halves.zh));
    // The Chinese half speaks Chinese: every command asks for it.
    for (const block of halves.zh.filter((b) => b.kind === 'sh')) for (const c of commandsOf(block.body)) expect(c).toMatch(/^nqpf --lang zh /);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`tutorial (${lang}): every command runs on the tutorial project and prints what the tutorial shows`, async () => {
      const dir = await runTutorial(halves[lang]);
      // The files the tutorial tells the reader to open.
      for (const file of ['my-index/results/report.html', 'my-index/results/scores.csv', 'my-index/diff/report.html', 'my-index/results-full/report.html', 'my-index/results-full/analyses/moran.csv', 'my-index/robustness/sensitivity-indices.csv', 'my-index/robustness/report.html']) {
        expect(existsSync(join(dir, file)), file).toBe(true);
      }
      if (lang === 'zh') readingTheResults(join(dir, 'my-index'));
    }, 600_000);
  }
});
