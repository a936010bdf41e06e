// Inverse-distance spatial weights from a coordinates file (issue 5): io reads region,x,y; the moran analysis
// builds w_ij = 1/d_ij^power over the k nearest. Worked by hand: points 0, 1, 3, 6 on a line, k = 1 → w01 = 1,
// w10 = 1, w21 = 1/2, w32 = 1/3 (S0 = 17/6); y = (1, 2, 4, 8) → z = (−2.75, −1.75, 0.25, 4.25),
// ΣΣw z z = 9.6250 − 0.21875 + 0.35417 = 9.76042, Σz² = 28.75, I = (4/S0)·9.76042/28.75 = 0.47928389…;
// min-max scaling of y leaves I unchanged.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSpec, run } from '../../src/core/index.js';
import { buildFramework } from '../../src/core/framework/build-framework.js';
import { loadAnalysisInputs } from '../../src/io/node/analysis-inputs.js';

describe('inverse-distance weights from coordinates', () => {
  it('moran: weights { coordinates, k: 1 } give the hand-worked I = 0.479284 (k = 1)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-idw-'));
    writeFileSync(join(dir, 'xy.csv'), 'region,x,y\nA,0,0\nB,1,0\nC,3,0\nD,6,0\n');
    const document = {
      framework: 'f.yaml',
      data: 'd.csv',
      steps: [{ op: 'normalize', params: { range: [0, 1] } }, { op: 'aggregate' }],
      analyses: [{ op: 'moran', params: { weights: { coordinates: 'xy.csv', k: 1 }, rowStandardize: false, permutations: 0 } }],
    };
    const framework = buildFramework([{ code: 'I' }, { code: 'x', parent: 'I' }], 'f.yaml');
    const panel = {
      regions: ['A', 'B', 'C', 'D'].map((code) => ({ code, name: { zh: code, en: code }, groups: {} })),
      years: [2020],
      columns: { x: Float64Array.of(1, 2, 4, 8) },
      observed: { x: Uint8Array.of(1, 1, 1, 1) },
    };
    const { files } = loadAnalysisInputs(resolveSpec(document).analyses, dir);
    const build = run(document, { framework, panel, analysisFiles: files });
    const table = build.analyses![0].tables[0];
    const i = table.header.indexOf('i');
    expect(table.rows[0][i] as number).toBeCloseTo(0.4792838874680306, 12);
  });
});
