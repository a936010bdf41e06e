import { describe, expect, it } from 'vitest';
import { allAnalyses } from '../../../src/core/analyses/registry.js';
import { NqpfErrors, regenerate, resolveSpec } from '../../../src/core/index.js';
import { outputTables } from '../../../src/io/output-tables.js';
import { buildOf, oneIndicator, tableOf } from './helpers.js';

const base = { framework: 'f.yaml', data: 'd.csv', steps: [{ op: 'aggregate' }] };

function problems(analyses: unknown[]): [string, string | undefined][] {
  try {
    resolveSpec({ ...base, analyses });
  } catch (e) {
    const list = e instanceof NqpfErrors ? e.errors : [e as never];
    return list.map((x: { code: string; where: { pointer?: string } }) => [x.code, x.where.pointer]);
  }
  return [];
}

describe('analysis validation before any computation', () => {
  it('resolveSpec: fills each analysis default (id = op, first method, params with defaults)', () => {
    const [a, b] = resolveSpec({ ...base, analyses: [{ op: 'obstacle' }, { id: 'g', op: 'disparity', params: { groups: 'zone' } }] }).analyses;
    expect(a).toEqual({ id: 'obstacle', op: 'obstacle', method: 'obstacle', params: { top: 5, rescale: 'auto' } });
    expect(b).toEqual({ id: 'g', op: 'disparity', method: 'dagum-gini', params: { groups: 'zone' } });
  });

  it('resolveSpec: every analysis problem at once, each at its JSON Pointer', () => {
    expect(
      problems([
        { op: 'obstacel' },
        { op: 'obstacle', params: { top: 0 } },
        { op: 'disparity', method: 'atkinson' },
        { op: 'moran', params: { weigths: 'w.gal' } },
        { op: 'trends' },
        { op: 'trends' },
      ]),
    ).toEqual([
      ['ANALYSIS_UNKNOWN_OP', '/analyses/0/op'],
      ['SPEC_SCHEMA', '/analyses/1/params/top'],
      ['ANALYSIS_UNKNOWN_METHOD', '/analyses/2/method'],
      ['SPEC_UNKNOWN_KEY', '/analyses/3/params'],
      ['ANALYSIS_DUPLICATE_ID', '/analyses/5/op'],
    ]);
  });

  it('registry: every analysis has zh/en title and summary, and its defaults parse from {}', () => {
    for (const a of allAnalyses()) {
      expect([a.title.zh, a.title.en, a.summary.zh, a.summary.en].every((t) => t.length > 0)).toBe(true);
      expect(a.params.safeParse({}).success).toBe(true);
    }
  });

  it('run: an unknown node is located at the analysis param; kernel errors at the analysis', () => {
    const inputs = { nodes: oneIndicator, regions: ['a', 'b', 'c'], columns: { y: [1, 2, 3] } };
    expect(() => buildOf({ ...inputs, analyses: [{ op: 'kernel-density', params: { node: 'X' } }] })).toThrow(
      expect.objectContaining({ code: 'ANALYSIS_UNKNOWN_NODE', where: { pointer: '/analyses/0/params/node' } }),
    );
    expect(() => buildOf({ ...inputs, columns: { y: [1, -2, 3] }, analyses: [{ op: 'disparity', method: 'theil', params: { groups: 'none' } }] })).toThrow(
      expect.objectContaining({ code: 'INEQUALITY_BAD_VALUE', where: { pointer: '/analyses/0' } }),
    );
    expect(() => buildOf({ ...inputs, columns: { y: [1, -2, 3] }, analyses: [{ op: 'disparity', method: 'cv' }, { op: 'kernel-density', params: { bandwidth: 'nrd' } }] })).not.toThrow();
  });

  it('regenerate: a changed analysis list is recomputed without re-running the steps; none leaves no analyses', () => {
    const inputs = { nodes: oneIndicator, regions: ['a', 'b', 'c', 'd'], groups: { region4: ['east', 'east', 'west', 'west'] }, columns: { y: [1, 2, 3, 4] } };
    const build = buildOf({ ...inputs, analyses: [{ op: 'disparity', method: 'cv' }] });
    const spec = { framework: 'test.yaml', data: 'test.csv', steps: [{ op: 'aggregate', method: 'arithmetic' }] };
    const changed = regenerate(build, { ...spec, analyses: [{ op: 'disparity' }] });
    expect(changed.trace).toBe(build.trace);
    expect(tableOf(changed, 'disparity', 'summary')[0].gini).toBeCloseTo(0.25, 15); // ΣΣ|yi − yj| = 20, /(2·16·2.5) = 0.25 by hand
    expect(regenerate(build, spec).analyses).toBeUndefined();
  });

  it('outputTables: each analysis table becomes analyses/<id>[-<table>]', () => {
    const build = buildOf({ nodes: oneIndicator, regions: ['a', 'b', 'c', 'd'], groups: { region4: ['e', 'e', 'w', 'w'] }, columns: { y: [1, 2, 3, 4] }, analyses: [{ id: 'dagum', op: 'disparity' }, { op: 'disparity', method: 'cv' }] });
    const names = outputTables(build).map((t) => t.name).filter((n) => n.startsWith('analyses/'));
    expect(names).toEqual(['analyses/dagum-summary', 'analyses/dagum-groups', 'analyses/dagum-pairs', 'analyses/disparity']);
  });
});
