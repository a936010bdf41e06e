// Determinism (issue 9): every bundled spec, built and written twice in one process, gives byte-identical
// output files — CSVs, the workbook (zip timestamps fixed), the report (chart ids renumbered), analyses with
// seeded permutations — so a spec regenerates every number of a paper exactly.
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromFile } from '../../src/cli/build-spec.js';
import { writeRunOutputs } from '../../src/cli/commands/run.js';
import { collectOutputs } from '../../src/io/node/output-folder.js';
import { REPO } from '../helpers/build.js';

const specs = readdirSync(join(REPO, 'specs')).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

async function fingerprint(spec: string): Promise<Record<string, string>> {
  const { build } = buildFromFile(join(REPO, 'specs', spec));
  const files = await collectOutputs((out) => writeRunOutputs(out, build, 'zh'));
  return Object.fromEntries([...files].map(([name, content]) => [name, createHash('sha256').update(content).digest('hex')]));
}

describe('determinism', () => {
  for (const spec of specs) {
    it(`${spec}: two builds write byte-identical files`, async () => {
      const first = await fingerprint(spec);
      const second = await fingerprint(spec);
      expect(Object.keys(first).length).toBeGreaterThan(5);
      expect(second).toEqual(first);
    }, 120_000);
  }
});
