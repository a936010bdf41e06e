import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CASES, listFolder, loadCases, runCase, type BadInputCase } from './bad-inputs/corpus.js';
import { DOCS_PATH, renderDocs } from './bad-inputs/docs-table.js';

// The hostile-input corpus (issue 9): each case runs through the real CLI, in-process, in English and
// Chinese. The expected text in each case.yaml is what a user must see; the oracle for the successes
// (GBK, UTF-16, XLSX, cleaning) is the same ranking the plain UTF-8 CSV gives.
const cases = loadCases();

describe('bad-inputs corpus', () => {
  it('corpus: at least 40 cases, each folder with its case.yaml and a spec', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    for (const c of cases) expect(existsSync(join(CASES, c.slug, c.args.find((a) => /\.ya?ml$/.test(a)) ?? 'spec.yaml')), c.slug).toBe(true);
  });

  it('docs/bad-inputs.md: lists every case with the messages the corpus checks', () => {
    expect(readFileSync(DOCS_PATH, 'utf8')).toBe(renderDocs(cases));
  });
});

describe.each(cases.map((c) => [c.slug, c] as const))('%s', (_, c: BadInputCase) => {
  it.each(['en', 'zh'] as const)(`nqpf ${c.args.join(' ')} (%s): ${c.exit === 1 ? 'the located error, exit 1, nothing written, input untouched' : 'read, exit 0'}`, async (lang) => {
    const result = await runCase(c, lang);
    try {
      expect(result.after, 'input files unchanged').toEqual(result.before);
      expect(result.stderr).not.toMatch(/^\s+at |internal error/m);
      expect(listFolder(dirname(result.out)).filter((f) => f.includes('nqpf-tmp')), 'no temporary folder left').toEqual([]);
      if (c.exit === 1) expectRefused(c, lang, result);
      else expectRead(c, lang, result);
    } finally {
      result.cleanup();
    }
  });
});

function expectRefused(c: BadInputCase, lang: 'en' | 'zh', result: Awaited<ReturnType<typeof runCase>>): void {
  expect(result.stderr).toBe(c[lang]);
  expect(result.stdout).toBe('');
  expect(result.code).toBe(1);
  if (c.setup === 'user-folder') {
    expect(readdirSync(result.out)).toEqual(['mine.txt']);
    expect(readFileSync(join(result.out, 'mine.txt'), 'utf8')).toBe('my own notes');
  } else if (c.setup === 'nqpf-folder-mine') {
    expect(readdirSync(result.out).sort()).toEqual(['mine.txt', 'nqpf-manifest.json', 'old-analysis.csv', 'spec.resolved.json']);
  } else if (c.setup === 'user-report') {
    expect(readFileSync(join(result.out, 'report.html'), 'utf8')).toBe('my own report');
    expect(readdirSync(result.out)).toEqual(['report.html']);
  } else if (c.setup === 'out-file') {
    expect(readFileSync(result.out, 'utf8')).toBe('a file, not a folder');
  } else if (c.setup === 'parent-file') {
    expect(readdirSync(dirname(result.out)).sort()).toEqual(['afile', 'case']);
  } else if (c.setup === 'dangling-link') {
    expect(lstatSync(result.out).isSymbolicLink()).toBe(true);
  } else {
    expect(existsSync(result.out), 'no output folder').toBe(false);
  }
}

function expectRead(c: BadInputCase, lang: 'en' | 'zh', result: Awaited<ReturnType<typeof runCase>>): void {
  expect(result.stderr).toBe(c.warnings?.[lang] ?? '');
  expect(result.code).toBe(0);
  expect(result.stdout.startsWith(c[lang])).toBe(true);
  const written = listFolder(result.out);
  expect(written).toContain('scores.csv');
  expect(written).not.toContain('old-analysis.csv'); // --force replaced an earlier output whole
  const notes = readFileSync(join(result.out, 'notes.csv'), 'utf8').replace(/^\uFEFF/, '').split('\n').slice(1).filter(Boolean);
  expect(notes).toEqual(c.notes ? c.notes.trim().split('\n') : []);
}
