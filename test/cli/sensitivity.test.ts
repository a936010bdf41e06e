import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sensitivityCommand } from '../../src/cli/commands/sensitivity.js';
import { auditCommand } from '../../src/cli/commands/audit.js';

const dir = mkdtempSync(join(tmpdir(), 'nqpf-sensitivity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const spec = join(dir, 'spec.json');
writeFileSync(
  spec,
  JSON.stringify({
    framework: { format: 'coinr', path: 'nqpf:data/coinr-asem/iMeta.csv' },
    data: { format: 'coinr', path: 'nqpf:data/coinr-asem/iData.csv' },
    seed: 42,
    steps: [{ id: 'normalize', op: 'normalize', params: { range: [1, 100] } }, { id: 'aggregate', op: 'aggregate' }],
    uncertainty: { runs: 20, vary: [{ step: 'normalize', pointer: '/params/range/0', values: { uniform: [0.5, 10] } }, { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'geometric'] }] },
  }),
);

describe('nqpf sensitivity', () => {
  it('sensitivityCommand: writes rank intervals, sensitivity indices and every run (N(d + 2) rows)', async () => {
    const out = join(dir, 'a');
    await sensitivityCommand(spec, { out, workers: 1, quiet: true, lang: 'en' });
    expect(readdirSync(out).sort()).toEqual(['nqpf-manifest.json', 'rank-intervals.csv', 'report.html', 'results.xlsx', 'runs.csv', 'sensitivity-indices.csv', 'spec.resolved.json', 'summary.json']);
    const runs = readFileSync(join(out, 'runs.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split('\n');
    expect(runs[0]).toBe('run,row,block,normalize/params/range/0,aggregate/method,mean_abs_rank_change,error');
    expect(runs).toHaveLength(1 + 20 * 4);
    expect(readFileSync(join(out, 'sensitivity-indices.csv'), 'utf8').trim().split('\n')).toHaveLength(3);
    expect(readFileSync(join(out, 'rank-intervals.csv'), 'utf8').trim().split('\n')).toHaveLength(52);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'))).toMatchObject({ totalRuns: 80, completedRuns: 80, failedRuns: 0 });
    expect(readFileSync(join(out, 'spec.resolved.json'), 'utf8')).toContain(`"seed": 42`);
  });

  it('sensitivityCommand: the same spec writes the same bytes', async () => {
    await sensitivityCommand(spec, { out: join(dir, 'b'), workers: 1, quiet: true, lang: 'en' });
    for (const file of ['rank-intervals.csv', 'runs.csv', 'sensitivity-indices.csv', 'results.xlsx']) {
      expect(readFileSync(join(dir, 'b', file)).equals(readFileSync(join(dir, 'a', file))), file).toBe(true);
    }
  });

  it('auditCommand: writes the audit tables', async () => {
    await auditCommand(spec, { out: join(dir, 'audit'), quiet: true, lang: 'en' });
    expect(readdirSync(join(dir, 'audit')).sort()).toEqual([
      'audit.xlsx', 'correlations.csv', 'effective-weights.csv', 'groups.csv', 'importance.csv', 'indicator-stats.csv', 'nqpf-manifest.json', 'pca-loadings.csv', 'remove-one.csv', 'spec.resolved.json',
    ]);
  });
});
