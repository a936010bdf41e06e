import { describe, expect, it } from 'vitest';
import { allAnalyses } from '../../../src/core/analyses/registry.js';
import { NqpfError, NqpfErrors, regenerate, resolveSpec } from '../../../src/core/index.js';
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

describe('output names unique by construction (issue 17)', () => {
  const scenario = (id: string) => ({ id, regions: ['a'], changes: { y: { add: 1 } } });
  const path = (id: string) => ({ id, region: 'a', target: { rank: 1 } });
  function messages(extra: Record<string, unknown>): [string, string | undefined, Record<string, unknown>][] {
    try {
      resolveSpec({ ...base, ...extra });
    } catch (e) {
      return (e instanceof NqpfErrors ? e.errors : [e as NqpfError]).map((x) => [x.code, x.where.pointer, x.params]);
    }
    return [];
  }

  it('resolveSpec: an id equal to another analysis\'s table file is refused at the later id, naming both', () => {
    expect(messages({ analyses: [{ op: 'markov' }, { id: 'markov-passage', op: 'disparity', method: 'cv' }] })).toEqual([
      ['OUTPUT_NAME_COLLISION', '/analyses/1/id', { first: 'markov', firstPointer: '/analyses/0', second: 'markov-passage', file: 'analyses/markov-passage.csv', other: 'analyses/markov-passage.csv' }],
    ]);
  });

  it('resolveSpec: the later analysis is refused too when it is the one with the table (order does not matter)', () => {
    expect(messages({ analyses: [{ id: 'markov-passage', op: 'disparity', method: 'cv' }, { op: 'markov' }] })).toEqual([
      ['OUTPUT_NAME_COLLISION', '/analyses/1/op', { first: 'markov-passage', firstPointer: '/analyses/0', second: 'markov', file: 'analyses/markov-passage.csv', other: 'analyses/markov-passage.csv' }],
    ]);
  });

  it('resolveSpec: ids that differ only in case, a Windows device name, a slash, a 65-character id are refused', () => {
    const found = messages({ analyses: [{ op: 'disparity', method: 'cv' }, { id: 'Disparity', op: 'moran' }, { id: 'con', op: 'moran' }, { id: 'a/b', op: 'obstacle' }, { id: `a${'b'.repeat(64)}`, op: 'obstacle' }] });
    expect(found.map(([code, pointer]) => [code, pointer])).toEqual([
      ['OUTPUT_NAME_CASE_COLLISION', '/analyses/1/id'],
      ['OUTPUT_NAME_RESERVED', '/analyses/2/id'],
      ['SPEC_SCHEMA', '/analyses/3/id'],
      ['SPEC_SCHEMA', '/analyses/4/id'],
    ]);
    expect(found[0][2]).toMatchObject({ file: 'analyses/Disparity.csv', other: 'analyses/disparity.csv' });
  });

  it('resolveSpec: a duplicate analysis id names the first one\'s pointer', () => {
    expect(messages({ analyses: [{ op: 'trends' }, { op: 'trends' }] })).toEqual([['ANALYSIS_DUPLICATE_ID', '/analyses/1/op', { id: 'trends', first: '/analyses/0', block: 'analyses' }]]);
  });

  it('resolveSpec: path "a" writes paths/a-outcome.csv, so a path "a-outcome" is refused; scenarios and paths are separate folders', () => {
    expect(messages({ paths: [path('a'), path('a-outcome')], scenarios: [scenario('a'), scenario('A'), scenario('a')] }).map(([code, pointer]) => [code, pointer])).toEqual([
      ['OUTPUT_NAME_COLLISION', '/paths/1/id'],
      ['OUTPUT_NAME_CASE_COLLISION', '/scenarios/1/id'],
      ['GUIDANCE_DUPLICATE_ID', '/scenarios/2/id'],
    ]);
  });

  it('registry: every analysis declares its tables, distinct, the main one as ""', () => {
    for (const a of allAnalyses()) {
      expect(a.tables.length).toBeGreaterThan(0);
      expect(new Set(a.tables).size).toBe(a.tables.length);
    }
  });
});
