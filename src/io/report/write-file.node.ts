/** Node only: write files into a folder, each to a temporary name then renamed (no half-written file; other files kept). */
import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeFilesAtomic(dir: string, files: Map<string, string | Uint8Array>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of files) {
    const target = join(dir, name);
    const temp = join(dir, `.${name}.nqpf-tmp-${randomBytes(6).toString('hex')}`);
    try {
      writeFileSync(temp, content);
      renameSync(temp, target);
    } finally {
      rmSync(temp, { force: true });
    }
  }
}
