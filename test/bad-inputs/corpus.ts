import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { main } from '../../src/cli/main.js';

export const CASES = join(dirname(fileURLToPath(import.meta.url)), 'cases');

/** One hostile input: its folder (spec, framework, data) and what nqpf must answer, from case.yaml. */
export interface BadInputCase {
  slug: string;
  /** The failure class (a group of the docs table). */
  class: string;
  title: string;
  /** What is wrong with the input, in words. */
  input: string;
  /** Command line; `<out>` is the output folder beside the case folder. Default: run spec.yaml --out <out>. */
  args: string[];
  /** Expected exit code: 1 for every error, 0 where the input is read (a documented treatment). */
  exit: number;
  /** Exactly what the user sees on stderr (errors) or a line of stdout (successes), in en and zh. */
  en: string;
  zh: string;
  /** For a success that logs a treatment: the notes.csv rows it must write. */
  notes?: string;
  /** For a success that warns (e.g. the dominance guard): exactly what it prints on stderr, in en and zh. */
  warnings?: { en: string; zh: string };
  /** Made at test time: a symbolic link out of the folder, a 100 MB file, a folder in the way of --out. */
  setup?: 'symlink' | 'huge' | 'user-folder' | 'nqpf-folder' | 'nqpf-folder-mine' | 'user-report' | 'out-file' | 'parent-file' | 'dangling-link';
}

export function loadCases(): BadInputCase[] {
  return readdirSync(CASES)
    .sort()
    .map((slug) => {
      const doc = parse(readFileSync(join(CASES, slug, 'case.yaml'), 'utf8')) as Omit<BadInputCase, 'slug' | 'args' | 'exit'> & { args?: string[]; exit?: number };
      return { ...doc, slug, args: doc.args ?? ['run', 'spec.yaml', '--out', '<out>'], exit: doc.exit ?? 1 };
    });
}

/** The 100 MB input of the huge-file case: sparse, so making it costs no disk and no time. */
export const HUGE_BYTES = 100 * 1024 * 1024;

export interface CaseRun {
  code: number;
  stdout: string;
  stderr: string;
  /** The case folder copy the CLI ran in, and the output folder path. */
  dir: string;
  out: string;
  /** SHA-256 of every input file before and after the run. */
  before: Record<string, string>;
  after: Record<string, string>;
  cleanup: () => void;
}

/**
 * Copy a case to a temporary folder, apply its setup, run the CLI in-process from inside the copy
 * (so messages show paths as the spec writes them) and capture what it prints.
 */
export async function runCase(c: BadInputCase, lang: 'en' | 'zh'): Promise<CaseRun> {
  const root = mkdtempSync(join(tmpdir(), 'nqpf-bad-'));
  const dir = join(root, 'case');
  const out = join(root, 'out');
  cpSync(join(CASES, c.slug), dir, { recursive: true });
  rmSync(join(dir, 'case.yaml'));
  prepare(c.setup, root, dir, out);
  const before = hashes(dir);
  const args = [...(lang === 'zh' ? ['--lang', 'zh'] : []), ...c.args.map((a) => (a === '<out>' ? '../out' : a))];
  const cwd = process.cwd();
  let stdout = '';
  let stderr = '';
  const writeOut = process.stdout.write;
  const writeErr = process.stderr.write;
  process.stdout.write = ((chunk: string | Uint8Array) => ((stdout += String(chunk)), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => ((stderr += String(chunk)), true)) as typeof process.stderr.write;
  let code: number;
  try {
    process.chdir(dir);
    code = await main(args);
  } finally {
    process.chdir(cwd);
    process.stdout.write = writeOut;
    process.stderr.write = writeErr;
  }
  return { code, stdout, stderr, dir, out, before, after: hashes(dir), cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

function prepare(setup: BadInputCase['setup'], root: string, dir: string, out: string): void {
  if (setup === 'symlink') {
    mkdirSync(join(root, 'outside'));
    writeFileSync(join(root, 'outside', 'secret.csv'), 'region,year,patents,rd,gdp,pop\nBJ,2021,1,2,3,4\n');
    symlinkSync(join(root, 'outside', 'secret.csv'), join(dir, 'data.csv'));
  } else if (setup === 'huge') {
    writeFileSync(join(dir, 'data.csv'), '');
    truncateSync(join(dir, 'data.csv'), HUGE_BYTES);
  } else if (setup === 'user-folder') {
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'my own notes');
  } else if (setup === 'nqpf-folder' || setup === 'nqpf-folder-mine') {
    mkdirSync(out);
    writeFileSync(join(out, 'spec.resolved.json'), '{}\n');
    writeFileSync(join(out, 'old-analysis.csv'), 'from an earlier run\n');
    const files = ['old-analysis.csv', 'spec.resolved.json'].map((path) => ({ path }));
    writeFileSync(join(out, 'nqpf-manifest.json'), JSON.stringify({ writtenBy: 'nqpf', command: 'run', files }));
    if (setup === 'nqpf-folder-mine') writeFileSync(join(out, 'mine.txt'), 'my own notes');
  } else if (setup === 'user-report') {
    mkdirSync(out);
    writeFileSync(join(out, 'report.html'), 'my own report');
  } else if (setup === 'out-file') {
    writeFileSync(out, 'a file, not a folder');
  } else if (setup === 'parent-file') {
    writeFileSync(join(root, 'afile'), 'a file, not a folder');
  } else if (setup === 'dangling-link') {
    symlinkSync(join(root, 'nowhere'), out);
  }
}

/** SHA-256 of each regular file in a folder (a symbolic link by its target path, a 100 MB file by its size). */
export function hashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isSymbolicLink()) out[entry.name] = 'link';
    else if (entry.isFile()) {
      const bytes = statSync(path).size === HUGE_BYTES ? Buffer.from(`size ${HUGE_BYTES}`) : readFileSync(path);
      out[entry.name] = createHash('sha256').update(bytes).digest('hex');
    }
  }
  return out;
}

export function listFolder(path: string): string[] {
  return existsSync(path) ? readdirSync(path, { recursive: true }).map(String).sort() : [];
}
