import { describe, expect, it } from 'vitest';
import { parseGal } from '../../../src/core/diagnose/gal.js';
import { localMoran } from '../../../src/core/diagnose/local-moran.js';
import { moranGlobal } from '../../../src/core/diagnose/moran.js';
import { weightsFromNeighbors } from '../../../src/core/diagnose/spatial-weights.js';
import { readPysal, readStlColumn, rookLattice } from './fixtures.js';

const y9 = Object.freeze([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const rook3x3 = weightsFromNeighbors(rookLattice(3, 3));
const rook3x3Row = weightsFromNeighbors(rookLattice(3, 3), { rowStandardize: true });

describe('moranGlobal', () => {
  it("moran: PySAL esda test_moran.py 3×3 lattice (METHODS R8)", () => {
    const r = moranGlobal(y9, rook3x3);
    // esda tests/test_moran.py test_variance; METHODS.md R8: I 0.5, E[I] −0.125, VI_norm 0.053125, VI_rand 0.0596875
    expect(r.i).toBeCloseTo(0.5, 14);
    expect(r.expected).toBe(-0.125);
    expect(r.varianceNormality).toBeCloseTo(0.053125000000000006, 14);
    expect(r.varianceRandomization).toBeCloseTo(0.059687500000000004, 14);
    // METHODS.md R8: row-standardised I = 0.555556
    expect(moranGlobal(y9, rook3x3Row).i).toBeCloseTo(0.555556, 6);
    expect(moranGlobal([1, 2, 3, 4, 5, 6, 7, 8, 9], rook3x3).i).toBe(r.i); // header @example
  });

  it('moran: PySAL esda test_moran.py St Louis HR8893 with stl.gal, row-standardised', () => {
    const gal = parseGal(readPysal('stl.gal'));
    const w = weightsFromNeighbors(gal.neighbors, { rowStandardize: true });
    const r = moranGlobal(readStlColumn('HR8893'), w, { twoTailed: false });
    // esda tests/test_moran.py test_moran: I 0.24365582621771659, p_norm 0.00013573931385468807 (one-tailed)
    expect(r.i).toBeCloseTo(0.24365582621771659, 12);
    expect(r.pNormality / 0.00013573931385468807).toBeCloseTo(1, 9);
    expect(moranGlobal(readStlColumn('HR8893'), w).pNormality).toBeCloseTo(2 * 0.00013573931385468807, 15);
  });

  it('moran: the permutation p-value is seeded and reproducible', () => {
    const gal = parseGal(readPysal('stl.gal'));
    const w = weightsFromNeighbors(gal.neighbors, { rowStandardize: true });
    const y = readStlColumn('HR8893');
    const a = moranGlobal(y, w, { permutations: 999, seed: 12345 });
    const b = moranGlobal(y, w, { permutations: 999, seed: 12345 });
    expect(a.pseudoP).toBe(b.pseudoP);
    expect(a.pseudoP).toBeLessThanOrEqual(0.01); // I is ~3.6 sd above E[I]; esda reports p_sim 0.001 for this case
    expect(a.simulatedMean as number).toBeCloseTo(-1 / 77, 2);
    expect(moranGlobal(y, w).pseudoP).toBeNull();
  });

  it('moran: input errors', () => {
    expect(() => moranGlobal([1, 2, 3], rook3x3)).toThrow(expect.objectContaining({ code: 'MORAN_SHAPE' }));
    expect(() => moranGlobal(new Array(9).fill(2), rook3x3)).toThrow(expect.objectContaining({ code: 'MORAN_CONSTANT' }));
    expect(() => moranGlobal([1, 2, NaN, 4, 5, 6, 7, 8, 9], rook3x3)).toThrow(expect.objectContaining({ code: 'MORAN_BAD_VALUE' }));
  });
});

describe('localMoran', () => {
  it('local moran: 3×3 lattice by hand from the esda definition I_i = (n−1) z_i (Wz)_i / Σz²', () => {
    const r = localMoran(y9, rook3x3Row);
    // corner unit 0: z = −4/s, lag = −2/s, s² = 60/9 → I_0 = 8·8/s²/9 = 64/60; centre unit 4: z = 0 → I_4 = 0
    expect(r.local[0]).toBeCloseTo(64 / 60, 14);
    expect(r.local[4]).toBe(0);
    // lags by hand: (−2, −2, −1, −2/3, 0, 2/3, 1, 2, 2)/s; a zero (unit 4) counts as low, as esda
    expect(r.quadrant).toEqual(['LL', 'LL', 'LL', 'LL', 'LL', 'HH', 'HH', 'HH', 'HH']);
    expect(localMoran([1, 2, 3, 4, 5, 6, 7, 8, 9], rook3x3Row).quadrant[0]).toBe('LL'); // header @example
  });

  it('local moran: with row-standardised W, Σ I_i = (n − 1) · global I (St Louis HR8893)', () => {
    const w = weightsFromNeighbors(parseGal(readPysal('stl.gal')).neighbors, { rowStandardize: true });
    const y = readStlColumn('HR8893');
    const sum = localMoran(y, w).local.reduce((a, b) => a + b, 0);
    expect(sum / 77).toBeCloseTo(0.24365582621771659, 12); // esda global I
  });

  it('local moran: seeded conditional permutation p-values in (0, 0.5], reproducible', () => {
    const w = weightsFromNeighbors(parseGal(readPysal('stl.gal')).neighbors, { rowStandardize: true });
    const y = readStlColumn('HR8893');
    const a = localMoran(y, w, { permutations: 199, seed: 7 });
    const b = localMoran(y, w, { permutations: 199, seed: 7 });
    expect(a.pseudoP).toEqual(b.pseudoP);
    for (const p of a.pseudoP as number[]) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(0.5 + 1e-12);
    }
    expect(localMoran(y, w, { permutations: 199, seed: 8 }).pseudoP).not.toEqual(a.pseudoP);
  });
});
