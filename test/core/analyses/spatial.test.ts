import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveSpec } from '../../../src/core/index.js';
import { loadAnalysisInputs } from '../../../src/io/node/analysis-inputs.js';
import { pysalDir, readPysal, readStlColumn, readUsIncome, rookLattice } from '../diagnose/fixtures.js';
import { buildOf, oneIndicator, tableOf } from './helpers.js';

const lattice = { format: 'gal' as const, ids: ['1', '2', '3', '4', '5', '6', '7', '8', '9'], neighbors: rookLattice(3, 3) };
const y9 = { nodes: oneIndicator, regions: lattice.ids, columns: { y: [1, 2, 3, 4, 5, 6, 7, 8, 9] }, files: { 'rook.gal': lattice } };

describe('moran and local-moran through a build', () => {
  it('moran: PySAL esda test_moran.py 3×3 rook lattice, y = 1..9 (METHODS R8)', () => {
    const build = buildOf({ ...y9, analyses: [{ op: 'moran', params: { weights: 'rook.gal', rowStandardize: false, permutations: 0 } }, { id: 'row', op: 'moran', params: { weights: 'rook.gal' } }] });
    const [m] = tableOf(build, 'moran');
    expect(m.i).toBeCloseTo(0.5, 14); // METHODS R8: I = 0.5
    expect(m.expected).toBe(-0.125); // R8: E[I] = −0.125
    expect(m.var_normality).toBeCloseTo(0.053125, 14); // R8: Var_norm = 0.053125
    expect(m.var_randomization).toBeCloseTo(0.0596875, 14); // R8: Var_rand = 0.0596875
    expect(m.p_permutation).toBeNull();
    const [row] = tableOf(build, 'row');
    expect(row.i).toBeCloseTo(0.555556, 6); // R8: row-standardised I = 0.555556
    expect(row.permutations).toBe(999);
    // seeded: the same spec and seed give the same pseudo p-value; another id draws another stream
    const again = buildOf({ ...y9, analyses: [{ id: 'row', op: 'moran', params: { weights: 'rook.gal' } }] });
    expect(tableOf(again, 'row')[0].p_permutation).toBe(row.p_permutation);
  });

  it('moran: PySAL esda test_moran.py St Louis HR8893 with stl.gal read by io from the spec folder: I 0.2436558262', () => {
    const analyses = resolveSpec({ framework: 'f', data: 'd', steps: [{ op: 'aggregate' }], analyses: [{ op: 'moran', params: { weights: 'stl.gal', permutations: 0 } }] }).analyses;
    const { files, hashes } = loadAnalysisInputs(analyses, pysalDir);
    expect(Object.keys(hashes)).toEqual(['stl.gal']);
    const y = readStlColumn('HR8893');
    const build = buildOf({ nodes: oneIndicator, regions: y.map((_, i) => String(i + 1)), columns: { y }, files, analyses });
    expect(tableOf(build, 'moran')[0].i).toBeCloseTo(0.24365582621771659, 12); // esda test_moran.py test_moran
    expect(tableOf(build, 'moran')[0].p_normality).toBeCloseTo(2 * 0.00013573931385468807, 15); // esda: one-tailed p_norm ×2
  });

  it('moran: a CSV edge list (from,to) gives the same I as the GAL file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'nqpf-edges-'));
    const edges = rookLattice(3, 3).flatMap((nb, i) => nb.filter((j) => j > i).map((j) => `${i + 1},${j + 1}`));
    writeFileSync(join(dir, 'rook.csv'), `from,to\n${edges.join('\n')}\n`);
    const analyses = [{ op: 'moran', params: { weights: 'rook.csv', rowStandardize: false, permutations: 0 } }];
    const { files } = loadAnalysisInputs(resolveSpec({ framework: 'f', data: 'd', steps: [{ op: 'aggregate' }], analyses }).analyses, dir);
    const build = buildOf({ ...y9, files, analyses });
    expect(tableOf(build, 'moran')[0].i).toBeCloseTo(0.5, 14); // METHODS R8
  });

  it('local-moran: 3×3 lattice, row-standardised: I_0 = 64/60 and I_4 = 0 by hand from the esda definition, unit 0 LL', () => {
    const build = buildOf({ ...y9, analyses: [{ op: 'local-moran', params: { weights: 'rook.gal', permutations: 0 } }] });
    const rows = tableOf(build, 'local-moran');
    // I_i = (n−1) z_i (Wz)_i / Σz²: corner z = −4/s, lag = −2/s, s² = 60/9 (test/core/diagnose/moran.test.ts)
    expect(rows[0].local_i).toBeCloseTo(64 / 60, 14);
    expect(rows[4].local_i).toBe(0);
    expect([rows[0].quadrant, rows[0].cluster, rows[8].quadrant]).toEqual(['LL', 'LL', 'HH']);
    const tested = buildOf({ ...y9, analyses: [{ op: 'local-moran', params: { weights: 'rook.gal', significance: 0.0005 } }] });
    expect(tableOf(tested, 'local-moran').every((r) => r.cluster === 'ns')).toBe(true); // the smallest pseudo p with 999 draws is 1/1000 > 0.0005
  });

  it('moran: a build region missing from the weights, or weights never read, are located errors', () => {
    const short = { format: 'gal' as const, ids: lattice.ids.slice(0, 8), neighbors: rookLattice(3, 3).slice(0, 8).map((l) => l.filter((j) => j < 8)) };
    expect(() => buildOf({ ...y9, files: { 'rook.gal': short }, analyses: [{ op: 'moran', params: { weights: 'rook.gal' } }] })).toThrow(
      expect.objectContaining({ code: 'ANALYSIS_WEIGHTS_UNKNOWN_REGION', where: { pointer: '/analyses/0/params/weights' } }),
    );
    expect(() => buildOf({ ...y9, files: {}, analyses: [{ op: 'moran', params: { weights: 'rook.gal' } }] })).toThrow(
      expect.objectContaining({ code: 'ANALYSIS_WEIGHTS_NOT_LOADED' }),
    );
    expect(() => buildOf({ ...y9, analyses: [{ op: 'moran' }] })).toThrow(expect.objectContaining({ code: 'ANALYSIS_WEIGHTS_NEEDED' }));
  });
});

describe('markov and spatial-markov through a build', () => {
  const { income, years } = readUsIncome(); // PySAL usjoin.csv: 48 states × 1929–2009
  const n = income.length;
  const regions = income.map((_, i) => String(i)); // states48.gal ids are 0..47 in usjoin row order
  const pci = years.flatMap((_, t) => income.map((row) => row[t]));
  const rpci = years.flatMap((_, t) => {
    const mean = income.reduce((a, row) => a + row[t], 0) / n;
    return income.map((row) => row[t] / mean);
  });

  it('markov: PySAL giddy test_markov.py, usjoin per-year quintiles: the transition counts', () => {
    const build = buildOf({ nodes: oneIndicator, regions, years, columns: { y: pci }, analyses: [{ op: 'markov' }] });
    const counts = tableOf(build, 'markov').map((r) => r.count);
    // giddy tests/test_markov.py test_Markov: m.transitions
    expect(counts).toEqual([729, 71, 1, 0, 0, 72, 567, 80, 3, 0, 0, 81, 631, 86, 2, 0, 3, 86, 573, 56, 0, 0, 1, 57, 741]);
    expect(tableOf(build, 'markov')[0].probability).toBeCloseTo(0.91011236, 7); // giddy test_Markov: m.p[0][0]
    // giddy test_Markov: m.steady_state, m.fmpt (rows 1 and 5), m.sojourn_time
    const steady = tableOf(build, 'markov', 'steady-state');
    expect(steady.every((r) => r.distribution === 1)).toBe(true);
    [0.20774716, 0.18725774, 0.20740537, 0.18821787, 0.20937187].forEach((v, i) => expect(steady[i].probability).toBeCloseTo(v, 8));
    const passage = tableOf(build, 'markov', 'passage').map((r) => r.years as number);
    [4.81354357, 11.50292712, 29.60921231, 53.38594954, 103.59816743].forEach((v, j) => expect(passage[j]).toBeCloseTo(v, 7));
    [98.41295543, 56.36521038, 30.66046735, 14.21158356, 4.77619083].forEach((v, j) => expect(passage[20 + j]).toBeCloseTo(v, 7));
    const sojourn = tableOf(build, 'markov', 'sojourn').map((r) => r.years as number);
    [11.125, 4.65806452, 4.73372781, 4.95172414, 13.77586207].forEach((v, i) => expect(sojourn[i]).toBeCloseTo(v, 7));
  });

  it('spatial-markov: giddy markov.py Spatial_Markov docstring (rpci, pooled quintiles, states48.gal)', () => {
    const { files } = loadAnalysisInputs(resolveSpec({ framework: 'f', data: 'd', steps: [{ op: 'aggregate' }], analyses: [{ op: 'spatial-markov', params: { weights: 'states48.gal' } }] }).analyses, pysalDir);
    expect(readPysal('states48.gal').startsWith('48')).toBe(true);
    const build = buildOf({ nodes: oneIndicator, regions, years, columns: { y: rpci }, files, analyses: [{ op: 'spatial-markov', params: { weights: 'states48.gal' } }] });
    const p = (lag: number) => tableOf(build, 'spatial-markov', 'conditional').filter((r) => r.lag_class === lag).map((r) => r.probability as number);
    // docstring sm.P[0] first row, sm.P[4] last row
    [0.96341463, 0.0304878, 0.00609756, 0, 0].forEach((v, j) => expect(p(1)[j]).toBeCloseTo(v, 7));
    [0, 0, 0, 0.02352941, 0.97647059].forEach((v, j) => expect(p(5)[20 + j]).toBeCloseTo(v, 7));
    const cutoffs = tableOf(build, 'spatial-markov', 'cutoffs').filter((r) => r.series === 'value').map((r) => r.upper as number);
    [0.83999133, 0.94707545, 1.03242697, 1.14911154].forEach((c, i) => expect(cutoffs[i]).toBeCloseTo(c, 8)); // docstring sm.cutoffs
    // giddy test_Spatial_Markov (fixed=True, k=5, m=5): sm.S rows 1 and 5 (steady state per lag class), sm.F[0] rows 1 and 5
    const s = (lag: number) => tableOf(build, 'spatial-markov', 'conditional-steady-state').filter((r) => r.lag_class === lag).map((r) => r.probability as number);
    [0.43509425, 0.2635327, 0.20363044, 0.06841983, 0.02932278].forEach((v, j) => expect(s(1)[j]).toBeCloseTo(v, 7));
    [0.01776781, 0.19964349, 0.19009833, 0.25524697, 0.3372434].forEach((v, j) => expect(s(5)[j]).toBeCloseTo(v, 7));
    const f0 = tableOf(build, 'spatial-markov', 'conditional-passage').filter((r) => r.lag_class === 1).map((r) => r.years as number);
    [2.29835259, 28.95614035, 46.14285714, 80.80952381, 279.42857143].forEach((v, j) => expect(f0[j]).toBeCloseTo(v, 6));
    [52.62865497, 18.76315789, 12.25714286, 6, 34.1031746].forEach((v, j) => expect(f0[20 + j]).toBeCloseTo(v, 6));
  });
});
