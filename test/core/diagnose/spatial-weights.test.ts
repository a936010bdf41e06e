import { describe, expect, it } from 'vitest';
import { parseGal } from '../../../src/core/diagnose/gal.js';
import {
  inverseDistanceWeights,
  rowStandardize,
  spatialLag,
  weightSums,
  weightsFromEdgeList,
  weightsFromNeighbors,
} from '../../../src/core/diagnose/spatial-weights.js';
import { readPysal, rookLattice } from './fixtures.js';

describe('spatial weights', () => {
  it('weights from neighbours: binary and row-standardised (header @example)', () => {
    expect(weightsFromNeighbors([[1], [0, 2], [1]], { rowStandardize: true }).weights).toEqual([[1], [0.5, 0.5], [1]]);
    expect(rowStandardize({ n: 2, neighbors: [[1], [0]], weights: [[2], [4]] }).weights).toEqual([[1], [1]]);
    expect(() => weightsFromNeighbors([[0]])).toThrow(expect.objectContaining({ code: 'WEIGHTS_BAD_NEIGHBOR' }));
    expect(() => weightsFromNeighbors([[5], []])).toThrow(expect.objectContaining({ code: 'WEIGHTS_BAD_NEIGHBOR' }));
  });

  it('weight sums: 3×3 rook lattice S0 = 24, S1 = 48, S2 = 272 (Cliff & Ord definitions, by hand)', () => {
    // 12 edges: S0 = 24, S1 = ½·Σ(1+1)² over 24 ordered pairs = 48; degrees 2,3,2,3,4,3,2,3,2 → S2 = Σ(2d)² = 4·16 + 4·36 + 64 = 272
    expect(weightSums(weightsFromNeighbors(rookLattice(3, 3)))).toEqual({ s0: 24, s1: 48, s2: 272 });
    expect(weightSums({ n: 2, neighbors: [[1], [0]], weights: [[1], [1]] })).toEqual({ s0: 2, s1: 4, s2: 8 });
  });

  it('spatial lag, inverse distance and edge lists (header @examples)', () => {
    expect(Array.from(spatialLag({ n: 2, neighbors: [[1], [0]], weights: [[1], [1]] }, [3, 5]))).toEqual([5, 3]);
    expect(inverseDistanceWeights([[0, 0], [1, 0], [3, 0]], { k: 1 }).weights).toEqual([[1], [1], [0.5]]);
    const band = inverseDistanceWeights([[0, 0], [1, 0], [3, 0]], { threshold: 2.5, power: 2 });
    expect(band.neighbors).toEqual([[1], [0, 2], [1]]);
    expect(band.weights).toEqual([[1], [1, 0.25], [0.25]]);
    expect(() => inverseDistanceWeights([[0, 0]], {})).toThrow(expect.objectContaining({ code: 'WEIGHTS_OPTIONS' }));
    expect(() => inverseDistanceWeights([[0, 0], [0, 0]], { k: 1 })).toThrow(expect.objectContaining({ code: 'WEIGHTS_COINCIDENT' }));
    expect(weightsFromEdgeList([{ from: 'a', to: 'b' }], ['a', 'b', 'c']).neighbors).toEqual([[1], [0], []]);
    expect(weightsFromEdgeList([{ from: 'a', to: 'b', weight: 2 }], ['a', 'b'], { symmetric: false }).weights).toEqual([[2], []]);
    expect(() => weightsFromEdgeList([{ from: 'a', to: 'x' }], ['a'])).toThrow(expect.objectContaining({ code: 'WEIGHTS_UNKNOWN_ID', params: { id: 'x', row: 0 } }));
  });
});

describe('parseGal', () => {
  it('gal: header @example and a unit with no neighbours', () => {
    expect(parseGal('3\n1 1\n2\n2 2\n1 3\n3 1\n2\n')).toEqual({ ids: ['1', '2', '3'], neighbors: [[1], [0, 2], [1]] });
    expect(parseGal('0 2 shp KEY\na 0\n\nb 0\n')).toEqual({ ids: ['a', 'b'], neighbors: [[], []] });
  });

  it('gal: PySAL stl.gal has 78 counties and symmetric queen neighbours', () => {
    const gal = parseGal(readPysal('stl.gal'));
    expect(gal.ids.length).toBe(78);
    expect(gal.neighbors[0]).toEqual([7, 3, 6].map((id) => id - 1)); // stl.gal lines 2–3: "1 3" / "7 3 6", file order kept
    gal.neighbors.forEach((nb, i) => nb.forEach((j) => expect(gal.neighbors[j]).toContain(i)));
  });

  it('gal: malformed input names the line', () => {
    expect(() => parseGal('')).toThrow(expect.objectContaining({ code: 'GAL_PARSE' }));
    expect(() => parseGal('2\n1 1\n9\n2 0\n')).toThrow(expect.objectContaining({ code: 'GAL_PARSE', params: { line: 2, detail: 'unknown neighbour id "9"' } }));
    expect(() => parseGal('3\n1 0\n')).toThrow(expect.objectContaining({ code: 'GAL_PARSE' }));
    expect(() => parseGal('1\n1 x\n')).toThrow(expect.objectContaining({ code: 'GAL_PARSE' }));
  });
});
