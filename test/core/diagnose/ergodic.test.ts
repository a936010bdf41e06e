import { describe, expect, it } from 'vitest';
import { ergodic } from '../../../src/core/diagnose/ergodic.js';

// PySAL giddy tests/test_ergodic.py: the matrices p (ergodic) and p2 (two closed classes), expected values to 1e-8.
const p = [
  [0.5, 0.25, 0.25],
  [0.5, 0, 0.5],
  [0.25, 0.25, 0.5],
];
const p2 = [
  [0.5, 0.5, 0],
  [0.3, 0.7, 0],
  [0, 0, 1],
];
const close = (actual: (number | null)[][], expected: (number | null)[][]) =>
  expected.forEach((row, i) => row.forEach((v, j) => (v === null ? expect(actual[i][j]).toBeNull() : expect(actual[i][j]).toBeCloseTo(v, 8))));

describe('ergodic', () => {
  it('ergodic: giddy test_steady_state — π = [0.4, 0.2, 0.4]', () => {
    close(ergodic(p).steadyStates, [[0.4, 0.2, 0.4]]);
  });

  it('ergodic: giddy test_fmpt — mean first passage times, diagonal the recurrence times 1/π', () => {
    close(ergodic(p).firstPassage, [
      [2.5, 4, 3.33333333],
      [2.66666667, 5, 2.66666667],
      [3.33333333, 4, 2.5],
    ]);
  });

  it('ergodic: giddy test_steady_state_general / test_fmpt_general — one distribution per closed class, no passage between them', () => {
    const e = ergodic(p2);
    expect(e.closedClasses).toEqual([[0, 1], [2]]);
    close(e.steadyStates, [
      [0.375, 0.625, 0],
      [0, 0, 1],
    ]);
    close(e.firstPassage, [
      [2.66666667, 2, null],
      [3.33333333, 1.6, null],
      [null, null, 1],
    ]);
  });

  it('ergodic: an empty row is absorbing (giddy fill_empty_classes, p3 of test_steady_state_general); sojourn 1/(1 − p_ii), none when p_ii = 1', () => {
    const e = ergodic([
      [0.5, 0.5, 0],
      [0.3, 0.7, 0],
      [0, 0, 0],
    ]);
    close(e.steadyStates, [
      [0.375, 0.625, 0],
      [0, 0, 1],
    ]);
    expect(e.sojourn).toEqual([2, 1 / (1 - 0.7), null]);
  });

  it('ergodic: a transient state belongs to no closed class and has no certain passage', () => {
    const e = ergodic([
      [1, 0],
      [0.5, 0.5],
    ]);
    expect(e.closedClasses).toEqual([[0]]);
    expect(e.steadyStates).toEqual([[1, 0]]);
    expect(e.firstPassage).toEqual([
      [1, null],
      [null, null],
    ]);
  });
});
