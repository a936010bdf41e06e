// The China example's analyses (specs/china-provinces.yaml): identities checked against independent brute-force
// formulas computed here from the build's own index scores, and key numbers pinned at 10 significant digits
// (a change in the data, the recipe or a kernel shows up here for review).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CHINA_CONTIGUITY } from '../../src/core/regions/china-contiguity.js';
import type { Build } from '../../src/core/index.js';
import { outputTables } from '../../src/io/output-tables.js';
import { tableOf } from '../core/analyses/helpers.js';
import { buildSpec, REPO } from '../helpers/build.js';

let build: Build;
let index2023: number[];
const sig = (v: unknown) => Number((v as number).toPrecision(10));

beforeAll(() => {
  build = buildSpec(parse(readFileSync(join(REPO, 'specs/china-provinces.yaml'), 'utf8')), join(REPO, 'specs'));
  const { regions, years, scores } = build.results;
  const t = years.indexOf(2023);
  index2023 = regions.map((_, r) => scores.NQPF[t * regions.length + r]);
});

describe('China provinces 2023: analyses of the bundled example', () => {
  it('disparity dagum-gini 2023: G equals ΣΣ|yi − yj|/(2n²ȳ) by brute force and G = Gw + Gnb + Gt exactly', () => {
    const s = tableOf(build, 'dagum-gini', 'summary').find((r) => r.year === 2023)!;
    const n = index2023.length;
    const mean = index2023.reduce((a, b) => a + b, 0) / n;
    let sum = 0;
    for (const a of index2023) for (const b of index2023) sum += Math.abs(a - b);
    expect(s.gini as number).toBeCloseTo(sum / (2 * n * n * mean), 14);
    expect(Math.abs((s.within as number) + (s.net_between as number) + (s.transvariation as number) - (s.gini as number))).toBeLessThan(1e-12);
    expect([s.gini, s.within, s.net_between, s.transvariation].map(sig)).toEqual([0.1482869059, 0.03133645241, 0.1021291187, 0.01482133488]);
    expect(tableOf(build, 'dagum-gini', 'groups').filter((g) => g.year === 2023).map((g) => [g.group, g.n])).toEqual([['east', 10], ['central', 6], ['west', 12], ['northeast', 3]]);
  });

  it('disparity theil 2023: within + between = T to 1e-12', () => {
    const s = tableOf(build, 'theil', 'summary').find((r) => r.year === 2023)!;
    expect(Math.abs((s.within as number) + (s.between as number) - (s.theil as number))).toBeLessThan(1e-12);
  });

  it("moran 2023: I equals the brute-force (n/S0) ΣΣ w_ij z_i z_j / Σ z² with row-standardised bundled contiguity", () => {
    const codes = build.results.regions.map((r) => r.code);
    const n = codes.length;
    const mean = index2023.reduce((a, b) => a + b, 0) / n;
    const z = index2023.map((v) => v - mean);
    let cross = 0;
    codes.forEach((code, i) => {
      const nb = CHINA_CONTIGUITY[code];
      for (const other of nb) cross += (z[i] * z[codes.indexOf(other)]) / nb.length;
    });
    const brute = (n / n) * (cross / z.reduce((a, v) => a + v * v, 0)); // S0 = n for row-standardised W without islands
    const m = tableOf(build, 'moran').find((r) => r.year === 2023)!;
    expect(m.i as number).toBeCloseTo(brute, 14);
    expect(m.permutations).toBe(999);
  });

  it('typology 2023: each of the 31 provinces has a type and a profile in zh and en', () => {
    const rows = tableOf(build, 'typology', 'regions');
    expect(rows).toHaveLength(31);
    for (const r of rows) {
      expect(r.year).toBe(2023);
      expect(r.type_zh).toMatch(/^(领先快进型|领先缓进型|追赶型|滞后型)·/);
      expect(String(r.profile_en)).toContain(String(r.name_en));
    }
    expect(rows.find((r) => r.region === '110000')!.rank).toBe(1);
  });

  it('outputs: every analysis writes at least one table under analyses/ (the Dagum ones named dagum-gini-*)', () => {
    const names = outputTables(build).map((t) => t.name).filter((n) => n.startsWith('analyses/'));
    for (const a of build.spec.analyses) expect(names.some((n) => n === `analyses/${a.id}` || n.startsWith(`analyses/${a.id}-`))).toBe(true);
    expect(names.filter((n) => n.includes('dagum'))).toEqual(['analyses/dagum-gini-summary', 'analyses/dagum-gini-groups', 'analyses/dagum-gini-pairs']);
  });
});
