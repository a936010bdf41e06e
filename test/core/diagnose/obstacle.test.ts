import { describe, expect, it } from 'vitest';
import { dimensionObstacle, obstacleDegree, topObstacles } from '../../../src/core/diagnose/obstacle.js';

const z = Object.freeze([
  Object.freeze([0.2, 0.9, 0.5]),
  Object.freeze([1, 0.1, 0]),
  Object.freeze([0.6, 0.6, 1]),
]);
const w = Object.freeze([0.5, 0.3, 0.2]);

describe('obstacleDegree', () => {
  it('obstacle degree: METHODS H5 worked case', () => {
    const { percent } = obstacleDegree(z, w);
    // METHODS.md H5 (worked by hand, two independent computations)
    const expected = [
      [75.472, 5.66, 18.868],
      [0, 57.447, 42.553],
      [62.5, 37.5, 0],
    ];
    percent.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 3)));
  });

  it('obstacle degree: header @example', () => {
    expect(obstacleDegree([[0.2, 0.9, 0.5]], [0.5, 0.3, 0.2]).percent[0].map((v) => +v.toFixed(3))).toEqual([
      75.472, 5.66, 18.868,
    ]);
  });

  it('obstacle degree: each row sums to 100', () => {
    for (const row of obstacleDegree(z, w).percent) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 12);
  });

  it('obstacle degree: a region at the best value everywhere gets zeros, not NaN', () => {
    expect(obstacleDegree([[1, 1, 1]], w).percent[0]).toEqual([0, 0, 0]);
  });

  it('obstacle degree: z outside [0,1] names the cell', () => {
    expect(() => obstacleDegree([[0.2, 1.5, 0]], w)).toThrow(expect.objectContaining({ code: 'OBSTACLE_Z_OUT_OF_RANGE', params: { value: 1.5, row: 0, column: 1 } }));
    expect(() => obstacleDegree([[0.2, NaN, 0]], w)).toThrow(expect.objectContaining({ code: 'OBSTACLE_Z_OUT_OF_RANGE' }));
    expect(() => obstacleDegree([[0.2, 0]], w)).toThrow(expect.objectContaining({ code: 'OBSTACLE_SHAPE' }));
    expect(() => obstacleDegree(z, [0.5, -0.3, 0.8])).toThrow(expect.objectContaining({ code: 'OBSTACLE_BAD_WEIGHT' }));
  });
});

describe('dimensionObstacle and topObstacles', () => {
  it('dimension obstacle: sums indicator obstacles per dimension (header @example)', () => {
    expect(dimensionObstacle([[50, 30, 20]], ['a', 'b', 'a'])).toEqual({ dimensions: ['a', 'b'], percent: [[70, 30]] });
  });

  it('top obstacles: largest first, ties in framework order (header @example)', () => {
    expect(topObstacles([10, 60, 30], ['x1', 'x2', 'x3'], 2)).toEqual([
      { label: 'x2', value: 60 },
      { label: 'x3', value: 30 },
    ]);
    expect(topObstacles([5, 5, 1], ['a', 'b', 'c'], 5).map((o) => o.label)).toEqual(['a', 'b', 'c']);
  });
});
