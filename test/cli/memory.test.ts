// The memory a build needs is estimated and refused up front (issue 17), the limit from the machine or
// NQPF_MEMORY_LIMIT_MB; nothing is written.
import { existsSync, mkdtempSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { availableMemory } from '../../src/cli/memory.js';
import { REPO } from '../helpers/build.js';

describe('memory estimate', () => {
  afterEach(() => {
    delete process.env.NQPF_MEMORY_LIMIT_MB;
  });

  it('availableMemory: NQPF_MEMORY_LIMIT_MB lowers the limit; nonsense is ignored', () => {
    expect(availableMemory({ NQPF_MEMORY_LIMIT_MB: '100' })).toBe(100 * 1024 * 1024);
    expect(availableMemory({ NQPF_MEMORY_LIMIT_MB: 'lots' })).toBeGreaterThan(100 * 1024 * 1024);
  });

  it('nqpf run with 100 MiB allowed: MEMORY_ESTIMATE at /data, exit 1, no output folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'nqpf-mem-'));
    cpSync(join(REPO, 'test/bad-inputs/cases/38-xlsx-ok'), root, { recursive: true });
    process.env.NQPF_MEMORY_LIMIT_MB = '100';
    let stderr = '';
    const write = process.stderr.write;
    process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
    try {
      expect(await main(['run', join(root, 'spec.yaml'), '--out', join(root, 'out')])).toBe(1);
    } finally {
      process.stderr.write = write;
    }
    expect(stderr).toBe(
      `nqpf: error: ${join(root, 'spec.yaml')}:/data: this data (6 regions × 2 years × 4 indicators) needs an estimated 361 MiB of memory; the machine has 100 MiB free: use less data or fewer steps\n`,
    );
    expect(existsSync(join(root, 'out'))).toBe(false);
    rmSync(root, { recursive: true, force: true });
  });
});
