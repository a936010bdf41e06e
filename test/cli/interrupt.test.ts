// Ctrl-C (SIGINT) never leaves a half-written output (issue 9): `run` removes its temporary folder and writes
// nothing, or had already finished and wrote everything; `sensitivity` keeps the finished runs, written whole,
// with INTERRUPTED.txt saying so. Runs the compiled CLI (npm ci builds dist/), as a user would.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/build.js';

const CLI = join(REPO, 'bin/nqpf.mjs');
const built = existsSync(join(REPO, 'dist/cli/main.js'));

/** Start the CLI, send SIGINT once it has printed `trigger` on stderr (or after `delayMs`), wait for the exit. */
function interrupt(args: string[], delayMs: number, trigger?: RegExp): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO });
    let stderr = '';
    let sent = false;
    const send = () => {
      if (!sent) {
        sent = true;
        child.kill('SIGINT');
      }
    };
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
      if (trigger?.test(stderr)) setTimeout(send, delayMs);
    });
    if (!trigger) setTimeout(send, delayMs);
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe.skipIf(!built)('Ctrl-C', () => {
  it('run: an interrupted build writes no output folder and leaves no temporary folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-sigint-'));
    const out = join(dir, 'out');
    const { code } = await interrupt(['run', 'specs/china-provinces.yaml', '--out', out], 1200);
    if (code === 0) {
      // finished before the signal arrived: then everything was written
      expect(readdirSync(out)).toEqual(expect.arrayContaining(['scores.csv', 'results.xlsx', 'report.html', 'spec.resolved.json']));
    } else {
      // 130: our handler removed the temporary folder; null: killed before the CLI had started
      expect([130, null]).toContain(code);
      expect(existsSync(out)).toBe(false);
    }
    expect(readdirSync(dir).filter((f) => f.includes('nqpf-tmp'))).toEqual([]);
  });

  it('sensitivity: an interrupted analysis keeps the finished runs, written whole, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-sigint-'));
    const out = join(dir, 'out');
    // 200,000 runs take minutes: the signal, 6 s in, always lands mid-analysis
    const { code, stderr } = await interrupt(['sensitivity', 'bench/ua-asem.yaml', '--out', out, '--workers', '1', '--type', 'uncertainty', '--runs', '200000'], 6000);
    expect(code).toBe(1);
    expect(stderr).toMatch(/interrupted: \d+ of 200000 runs finished and were written to/);
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['INTERRUPTED.txt', 'rank-intervals.csv', 'runs.csv', 'spec.resolved.json']));
    const runs = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').length - 1;
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThan(200000);
    expect(readdirSync(dir).filter((f) => f.includes('nqpf-tmp'))).toEqual([]);
  });
});
