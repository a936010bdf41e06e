import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const recipe = `framework: { path: "nqpf:frameworks/nqpf-four-pillars.yaml", missing: drop }
data: { path: "nqpf:data/china-provinces.csv", regions: china-provinces }
seed: 42
steps:
  - { op: impute, method: linear-time }
  - { op: normalize, method: min-max, params: { range: [0, 1], pooled: true } }
  - { op: weight, method: entropy, params: { shift: 0.0001, pooled: true, scope: all } }
  - { op: aggregate, method: arithmetic }
`;
const guidance = `scenarios:
  - { id: guizhou-rd, year: 2023, regions: [贵州], changes: { rd_intensity: { add: 0.3 }, business_rd_share: { multiply: 1.2 } }, rebuild: true }
paths:
  - { id: guizhou-up, region: 贵州, year: 2023, target: { rank: 16 }, limits: { default: { multiply: 1.3 }, rd_intensity: { add: 0.5 } } }
projection: { to: 2026, method: linear, window: 4 }
targets: targets.csv
`;

function folder(spec: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'nqpf-whatif-'));
  writeFileSync(join(dir, 'spec.yaml'), spec);
  writeFileSync(join(dir, 'targets.csv'), 'indicator,region,year,value\nrd_intensity,贵州,2027,1.5\n');
  return dir;
}
const header = (dir: string, file: string) => readFileSync(join(dir, file), 'utf8').split('\n')[0];

describe('nqpf whatif and run with guidance blocks', () => {
  it('whatif: writes the pinned files with the pinned columns, and nothing else but the resolved spec', async () => {
    const dir = folder(recipe + guidance);
    const result = await runCli(['whatif', join(dir, 'spec.yaml'), '--out', join(dir, 'out')]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/path guizhou-up: 520000 2023 rank 16, \d+ indicators moved \(lp\); full rebuild: rank \d+, target (NOT )?reached/);
    expect(header(dir, 'out/scenarios/guizhou-rd.csv')).toBe('\uFEFFregion,year,node,score_before,score_after,rank_before,rank_after');
    expect(header(dir, 'out/paths/guizhou-up.csv')).toBe('\uFEFFindicator,current,proposed,change,share_of_gain');
    expect(header(dir, 'out/paths/guizhou-up-outcome.csv')).toBe('\uFEFFregion,year,node,score_before,score_after,rank_before,rank_after,target_reached');
    expect(header(dir, 'out/projection.csv')).toBe('\uFEFFregion,year,node,score,rank');
    expect(readFileSync(join(dir, 'out/projection.csv'), 'utf8')).not.toMatch(/,20(1\d|2[0-3]),/);
    expect(readFileSync(join(dir, 'out/targets.csv'), 'utf8')).toContain('\nrd_intensity,520000,2027,1.5,2023,');
    expect(existsSync(join(dir, 'out/scores.csv'))).toBe(false);
  });

  it('run: the guidance files beside the usual outputs; scores.csv identical to the spec without them; the report has the section', async () => {
    const dir = folder(recipe + guidance);
    const plain = folder(recipe);
    expect((await runCli(['run', join(dir, 'spec.yaml'), '--out', join(dir, 'out'), '-q'])).code).toBe(0);
    expect((await runCli(['run', join(plain, 'spec.yaml'), '--out', join(plain, 'out'), '-q'])).code).toBe(0);
    expect(readFileSync(join(dir, 'out/scores.csv')).equals(readFileSync(join(plain, 'out/scores.csv')))).toBe(true);
    expect(existsSync(join(dir, 'out/paths/guizhou-up-outcome.csv'))).toBe(true);
    const report = readFileSync(join(dir, 'out/report.html'), 'utf8');
    expect(report).toContain('<section id="guidance"><h2>Paths and scenarios</h2>');
    expect(report).toContain('Projection (extrapolated, not observed)');
  });

  it('bad guidance: every problem located in the spec file, nothing written', async () => {
    const bad = `scenarios:
  - { id: s, year: 2023, regions: [Atlantis], changes: { rd_intensity: { add: -99 }, nope: { set: 1 } } }
paths:
  - { id: p, region: 北京, year: 2023, target: { rank: 3 } }
  - { id: q, region: 贵州, year: 2023, target: { rank: 1 }, limits: { default: { multiply: 1.01 } } }
`;
    const dir = folder(recipe + bad);
    const result = await runCli(['whatif', join(dir, 'spec.yaml'), '--out', join(dir, 'out')]);
    expect(result.code).toBe(1);
    const spec = join(dir, 'spec.yaml');
    expect(result.stderr).toContain(`${spec}:/scenarios/0/regions/0: no region "Atlantis" in the data`);
    expect(result.stderr).toContain(`${spec}:/scenarios/0/changes/nope: no indicator "nope" in the build`);
    expect(result.stderr).toContain(`${spec}:/paths/0/target: path "p": 110000 already meets rank 3 in 2023`);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const infeasible = folder(recipe + `paths:\n  - { id: q, region: 贵州, year: 2023, target: { rank: 1 }, limits: { default: { multiply: 1.01 } } }\n`);
    const zh = await runCli(['--lang', 'zh', 'whatif', join(infeasible, 'spec.yaml'), '--out', join(infeasible, 'out')]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toMatch(/\/paths\/0\/limits: 路径 "q"：在限定范围内无法达到目标 rank 1；最好可达排名 \d+（得分 [\d.]+）；起约束作用的限制：/);
    expect(existsSync(join(infeasible, 'out'))).toBe(false);
  });
});
