// Scale through the CLI (issue 14), not timed: `nqpf run` as a whole process on a generated panel of 3,000 units ×
// 10 years × 30 indicators (bench/scale-data.mjs: seeded, with a firm id and an industry column, no registry),
// then every output file is checked complete and valid — against nqpf-manifest.json (size and SHA-256), and each
// by its own form: the CSVs row for row, the workbook read back (summarised, within Excel's limits, saying so),
// the report whole and summarised.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error the bench is plain JavaScript
import { generatePanel } from '../../bench/scale-data.mjs';
import { REPO } from '../helpers/build.js';

const built = existsSync(join(REPO, 'dist/cli/main.js'));
const UNITS = 3000;
const YEARS = 10;
const INDICATORS = 30;
// scale-data.mjs: one dimension per 10 indicators, under one index
const NODES = INDICATORS + INDICATORS / 10 + 1;

describe.skipIf(!built)('nqpf run at scale: 3,000 units × 10 years × 30 indicators', () => {
  let dir = '';
  let out = '';
  let result: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'nqpf-scale-'));
    out = join(dir, 'out');
    generatePanel('firm', dir, UNITS, YEARS, INDICATORS);
    result = spawnSync(process.execPath, [join(REPO, 'bin/nqpf.mjs'), 'run', join(dir, 'spec.yaml'), '--out', out], { encoding: 'utf8', maxBuffer: 1 << 24 });
  }, 900_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const csv = (name: string) => {
    const text = readFileSync(join(out, name), 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.endsWith('\n')).toBe(true);
    return text.slice(1, -1).split('\n').map((line) => line.split(','));
  };

  it('exits 0, no error, and every file the manifest lists is there, whole (size and SHA-256)', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'nqpf-manifest.json'), 'utf8')) as { files: { path: string; size: number; sha256: string }[] };
    const onDisk = readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(out.length + 1));
    expect(onDisk.sort()).toEqual([...manifest.files.map((f) => f.path), 'nqpf-manifest.json'].sort());
    for (const file of manifest.files) {
      const bytes = readFileSync(join(out, file.path));
      expect(bytes.length, file.path).toBe(file.size);
      expect(createHash('sha256').update(bytes).digest('hex'), file.path).toBe(file.sha256);
    }
    expect(manifest.files.map((f) => f.path)).toEqual(expect.arrayContaining(['scores.csv', 'weights.csv', 'notes.csv', 'results.xlsx', 'report.html', 'spec.resolved.json', 'steps/normalize.csv', 'steps/aggregate.csv']));
    expect(readdirSync(dir).filter((f) => f.includes('nqpf-'))).toEqual([]);
  });

  it('scores.csv: a row for every node × unit × year, eight fields, scores in the normalised range and ranks 1…3000', { timeout: 600_000 }, () => {
    const rows = csv('scores.csv');
    expect(rows[0]).toEqual(['region', 'name_zh', 'name_en', 'year', 'node', 'level', 'score', 'rank']);
    expect(rows.length - 1).toBe(NODES * UNITS * YEARS);
    // plain loops, one assertion at the end: a million expect() calls would take minutes
    const seen = new Set<string>();
    const bad: string[] = [];
    for (const row of rows.slice(1)) {
      seen.add(`${row[0]}|${row[3]}|${row[4]}`);
      const score = Number(row[6]);
      const rank = Number(row[7]);
      const ok = row.length === 8 && (row[6] === '' || (score >= 1 - 1e-9 && score <= 100 + 1e-9 && Number.isInteger(rank) && rank >= 1 && rank <= UNITS));
      if (!ok && bad.length < 5) bad.push(row.join(','));
    }
    expect(bad).toEqual([]);
    expect(seen.size).toBe(NODES * UNITS * YEARS);
  });

  it('steps/*.csv are written (900,000 cells is under the 1,000,000 default) and complete', { timeout: 600_000 }, () => {
    expect(csv('steps/normalize.csv').length - 1).toBe(INDICATORS * UNITS * YEARS);
    expect(csv('steps/aggregate.csv').length - 1).toBe(NODES * UNITS * YEARS);
    expect(csv('weights.csv').length - 1).toBe(NODES);
  });

  it('results.xlsx reads back: within Excel limits, wide sheets for the latest year, an about sheet saying so', { timeout: 600_000 }, () => {
    const book = XLSX.read(readFileSync(join(out, 'results.xlsx')));
    expect(book.SheetNames[0]).toBe('about');
    const about = XLSX.utils.sheet_to_json<string[]>(book.Sheets.about, { header: 1 }).flat().join('\n');
    expect(about).toContain('scores_wide, ranks_wide: 2014 only');
    expect(about).toContain('scores: 1020000 rows, left out of the workbook; all of it is in scores.csv');
    const wide = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.scores_wide, { header: 1 });
    // one header row (codes); names are on the names sheet
    expect(wide.length).toBe(1 + UNITS);
    expect(wide[0].length).toBe(3 + NODES);
    expect(wide.slice(1).every((r) => r[2] === 2014)).toBe(true);
    for (const name of book.SheetNames) {
      const range = XLSX.utils.decode_range(book.Sheets[name]['!ref'] ?? 'A1');
      expect(range.e.r).toBeLessThan(1_048_576);
      expect(range.e.c).toBeLessThan(16_384);
    }
  });

  it('report.html is whole and summarises: top and bottom 25, a histogram, no list of 3,000 units', () => {
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('3000 units: the top 25 and the bottom 25 are listed, the 2950 between them left out; every unit is in scores.csv');
    expect(html).toContain('Distribution of scores');
    expect(html.length).toBeLessThan(2_000_000);
    expect(JSON.parse(readFileSync(join(out, 'spec.resolved.json'), 'utf8')).steps).toHaveLength(3);
  });
});
