import { describe, expect, it } from 'vitest';
import { guidanceTables, type GuidanceResult, type PathResult } from '../../../src/core/index.js';
import { summarizeGuidance } from '../../../src/cli/guidance.js';

/** A path that could not move one indicator: the CSV and the terminal say which and why. */
const path: PathResult = {
  id: 'p',
  region: 'BJ',
  year: 2022,
  node: 'IDX',
  target: 'rank 3',
  solver: 'lp',
  cost: 0.1,
  moves: [{ indicator: 'rd', current: 2, proposed: 2.2, change: 0.2, shareOfGain: 1 }],
  outcome: [],
  reached: true,
  rankAfter: 3,
  scoreAfter: 0.5,
  excluded: [{ indicator: 'gdp', reason: "a step between the data and normalize changes the panel's regions or years" }],
};
const result: GuidanceResult = { scenarios: [], paths: [path], projection: null, targets: null };

describe('paths: indicators the held model cannot move', () => {
  it('guidanceTables: paths/<id>-excluded lists each with its reason', () => {
    const table = guidanceTables(result).find((t) => t.name === 'paths/p-excluded')!;
    expect(table.header).toEqual(['indicator', 'reason']);
    expect(table.rows).toEqual([['gdp', "a step between the data and normalize changes the panel's regions or years"]]);
    expect(guidanceTables({ ...result, paths: [{ ...path, excluded: [] }] }).some((t) => t.name === 'paths/p-excluded')).toBe(false);
  });

  it('summarizeGuidance: the terminal names them, zh and en', () => {
    expect(summarizeGuidance(result, 'en')).toContain("  not moved: gdp (a step between the data and normalize changes the panel's regions or years), in paths/p-excluded.csv");
    expect(summarizeGuidance(result, 'zh')).toContain('  未纳入路径：gdp（');
  });
});
