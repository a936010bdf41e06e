// Coupling coordination between the index of one spec and the index of another (issue 5): io builds the second
// spec, the coupling analysis matches regions and years by code. Checked against the two-subsystem formula
// worked directly from the two builds: C = 2√(U1·U2)/(U1 + U2), T = (U1 + U2)/2, D = √(C·T) (METHODS.md, H3).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildFromFile } from '../../src/cli/build-spec.js';

const common = `framework: { path: "nqpf:frameworks/nqpf-four-pillars.yaml", missing: drop }
data: { path: "nqpf:data/china-provinces.csv", regions: china-provinces, years: [2018, 2023] }
`;

describe('coupling with a second spec', () => {
  it('coupling: params.with couples this index with another spec\'s index, region by region and year by year', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-coupling-'));
    writeFileSync(join(dir, 'topsis.yaml'), `${common}steps:\n  - { op: impute, method: linear-time }\n  - { id: impute-tibet, op: impute, method: group-median, params: { group: region4 } }\n  - { op: normalize, params: { range: [0, 1] } }\n  - { op: weight, method: entropy }\n  - { op: aggregate, method: topsis }\n`);
    writeFileSync(join(dir, 'main.yaml'), `${common}steps:\n  - { op: impute, method: linear-time }\n  - { op: normalize, params: { range: [0, 1] } }\n  - { op: weight, method: entropy }\n  - { op: aggregate }\nanalyses:\n  - { op: coupling, params: { with: { spec: topsis.yaml } } }\n`);
    const main = buildFromFile(join(dir, 'main.yaml')).build;
    const other = buildFromFile(join(dir, 'topsis.yaml')).build;
    const table = main.analyses![0].tables[0];
    expect(table.header.slice(0, 4)).toEqual(['region', 'year', 'u_NQPF', 'u_NQPF_2']);
    const { regions, years } = main.results;
    expect(table.rows).toHaveLength(regions.length * years.length);
    for (const row of table.rows) {
      const r = regions.findIndex((x) => x.code === row[0]);
      const t = years.indexOf(row[1] as number);
      const u1 = main.results.scores.NQPF[t * regions.length + r];
      const u2 = other.results.scores.NQPF[t * regions.length + r];
      const c = (2 * Math.sqrt(u1 * u2)) / (u1 + u2);
      const d = Math.sqrt(c * ((u1 + u2) / 2));
      expect(row[2]).toBe(u1);
      expect(row[3]).toBe(u2);
      expect(row[4] as number).toBeCloseTo(c, 12);
      expect(row[7] as number).toBeCloseTo(d, 12);
    }
  });
});
