// Ctrl-C (SIGINT) and SIGTERM stop a command at any point and never leave a half-written output (issues 9, 17):
// the command runs in a worker under a supervisor (src/cli/supervise.ts) that terminates it and undoes its
// pending write — no temporary folder, an earlier output (`--force`) kept whole; `sensitivity` keeps the
// finished runs, written whole, with INTERRUPTED.txt saying so — in a new folder only. Runs the compiled CLI.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/build.js';

const CLI = join(REPO, 'bin/nqpf.mjs');
const built = existsSync(join(REPO, 'dist/cli/main.js'));

/**
 * Start the CLI and send `signal` `delayMs` after its temporary output folder appears in `dir` (the CLI has
 * started and claimed its output: on a loaded machine Node alone can take a second to start); wait for the exit.
 */
function interrupt(args: string[], dir: string, delayMs: number, signal: NodeJS.Signals = 'SIGINT'): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: REPO });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    const poll = setInterval(() => {
      if (!readdirSync(dir).some((f) => f.startsWith('.nqpf-tmp-'))) return;
      clearInterval(poll);
      setTimeout(() => child.kill(signal), delayMs);
    }, 10);
    child.on('exit', (code) => {
      clearInterval(poll);
      resolve({ code, stderr });
    });
  });
}

describe.skipIf(!built)('Ctrl-C', { timeout: 300_000 }, () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('run: %s mid-build stops it, writes no output folder and leaves no temporary folder', async (signal, expected) => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-sigint-'));
    const out = join(dir, 'out');
    // the China build takes ~2 s: 0.3 s after the output is claimed, the worker is inside the synchronous pipeline
    const { code, stderr } = await interrupt(['run', 'specs/china-provinces.yaml', '--out', out], dir, 300, signal);
    expect(code).toBe(expected);
    expect(stderr).toContain('nqpf: interrupted; no output was written');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('run --force: an interruption at any point keeps the earlier output whole', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-sigint-'));
    const out = join(dir, 'out');
    const first = spawnSync(process.execPath, [CLI, 'run', 'specs/china-provinces.yaml', '--out', out, '-q'], { cwd: REPO });
    expect(first.status).toBe(0);
    const before = readFileSync(join(out, 'nqpf-manifest.json'), 'utf8');
    for (const delay of [0, 300, 1200, 2400]) {
      const { code } = await interrupt(['run', 'specs/china-provinces.yaml', '--out', out, '--force'], dir, delay);
      expect([0, 130]).toContain(code);
      // whole: the earlier output or (finished first) the identical new one
      expect(readFileSync(join(out, 'nqpf-manifest.json'), 'utf8')).toBe(before);
      const manifest = JSON.parse(before) as { files: { path: string; sha256: string }[] };
      for (const f of manifest.files) expect(createHash('sha256').update(readFileSync(join(out, f.path))).digest('hex'), f.path).toBe(f.sha256);
      expect(readdirSync(dir)).toEqual(['out']);
    }
  });

  it('sensitivity: an interrupted analysis keeps the finished runs, written whole, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-sigint-'));
    const out = join(dir, 'out');
    // 200,000 runs take minutes: the signal, 6 s after the output is claimed, lands mid-analysis
    const { code, stderr } = await interrupt(['sensitivity', 'bench/ua-asem.yaml', '--out', out, '--workers', '1', '--type', 'uncertainty', '--runs', '200000'], dir, 6000);
    expect(code).toBe(1);
    expect(stderr).toMatch(/interrupted: \d+ of 200000 runs finished and were written to/);
    expect(readdirSync(out).sort()).toEqual(expect.arrayContaining(['INTERRUPTED.txt', 'rank-intervals.csv', 'runs.csv', 'spec.resolved.json']));
    const runs = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').length - 1;
    expect(runs).toBeGreaterThan(0);
    expect(runs).toBeLessThan(200000);
    expect(readdirSync(dir).filter((f) => f.includes('nqpf-tmp'))).toEqual([]);
  });

  it('sensitivity --force: an interrupted analysis keeps the earlier output whole and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-sigint-'));
    const out = join(dir, 'out');
    const args = ['sensitivity', 'bench/ua-asem.yaml', '--out', out, '--workers', '1', '--type', 'uncertainty', '-q'];
    expect(spawnSync(process.execPath, [CLI, ...args, '--runs', '50'], { cwd: REPO }).status).toBe(0);
    const before = readFileSync(join(out, 'runs.csv'), 'utf8');
    const { code, stderr } = await interrupt([...args, '--runs', '200000', '--force'], dir, 6000);
    expect(code).toBe(1);
    expect(stderr).toMatch(/interrupted: \d+ of 200000 runs finished; the earlier output in .* was kept as it was and nothing was written/);
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['out']);
  });
});
