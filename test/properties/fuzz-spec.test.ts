// Fuzzing spec and framework parsing (issue 9): arbitrary text into the YAML parser, arbitrary values and
// near-valid specs into resolveSpec, arbitrary framework files into readFrameworkFile — only NqpfError /
// NqpfErrors may escape (fast-check, ~200 runs each).
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { buildFramework, isNqpfError, resolveSpec } from '../../src/core/index.js';
import { readFrameworkFile } from '../../src/io/framework-file.js';
import { parseYamlOrJson } from '../../src/io/yaml.js';

function onlyNqpfErrors(read: () => unknown): void {
  try {
    read();
  } catch (e) {
    if (!isNqpfError(e)) throw new Error(`not an NqpfError: ${(e as Error)?.stack ?? String(e)}`);
  }
}

const RUNS = { numRuns: 200 };

/** Names that break naive code: prototype keys, empty, odd characters. */
const nameArb = fc.oneof(fc.constantFrom('__proto__', 'constructor', 'toString', '', 'normalize', 'min-max', 'weight', 'aggregate', 'x', 'I'), fc.string({ maxLength: 8 }));
const valueArb = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.double(), fc.constant(undefined), nameArb);

/** Specs that are nearly right: real ops and methods, random params and keys. */
const stepArb = fc.record(
  {
    id: nameArb,
    op: fc.oneof(fc.constantFrom('normalize', 'weight', 'aggregate', 'rank', 'impute', 'treat', 'screen', 'denominate'), nameArb),
    method: fc.oneof(fc.constantFrom('min-max', 'z-score', 'entropy', 'fixed', 'equal', 'arithmetic', 'geometric'), nameArb),
    params: fc.dictionary(nameArb, valueArb, { maxKeys: 4 }),
  },
  { requiredKeys: ['op'] },
);
const specArb = fc.record(
  {
    framework: fc.oneof(nameArb, fc.record({ path: nameArb, format: fc.constantFrom('nqpf', 'coinr', 'x') })),
    data: fc.oneof(nameArb, fc.record({ path: nameArb, years: fc.array(fc.integer(), { maxLength: 3 }), clean: valueArb })),
    seed: valueArb,
    steps: fc.oneof(fc.array(stepArb, { maxLength: 4 }), valueArb),
    extra: valueArb,
  },
  { requiredKeys: [] },
);

const nodeArb = fc.record(
  {
    code: nameArb,
    parent: fc.oneof(nameArb, fc.constant(null)),
    weight: fc.oneof(fc.double(), valueArb),
    direction: fc.oneof(fc.constantFrom(1, -1, 0, 2), valueArb),
    level: fc.oneof(fc.integer({ min: -1, max: 5 }), valueArb),
    name: fc.oneof(nameArb, fc.record({ zh: nameArb, en: nameArb })),
  },
  { requiredKeys: ['code'] },
);

describe('spec fuzzing', () => {
  it('parseYamlOrJson: arbitrary text gives a value or an NqpfError', () => {
    const yamlish = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom('a: ', '&x ', '*x', '[', ']', '{', '}', '- ', '\n', '  ', '"', "'", '!!binary ', '<<: ', '? ', '%YAML 1.2\n', '---\n', 'b'), { maxLength: 40 }).map((p) => p.join('')),
    );
    fc.assert(fc.property(yamlish, (text) => onlyNqpfErrors(() => parseYamlOrJson(text, 'fuzz.yaml'))), RUNS);
  });

  it('resolveSpec: arbitrary values and near-valid specs give a resolved spec or NqpfErrors', () => {
    fc.assert(fc.property(fc.oneof(specArb, valueArb), (document) => onlyNqpfErrors(() => resolveSpec(document))), RUNS);
  });

  it('resolveSpec: near-valid specs written as YAML text and parsed back give a resolved spec or NqpfErrors', () => {
    fc.assert(
      fc.property(specArb, (document) => {
        onlyNqpfErrors(() => resolveSpec(parseYamlOrJson(stringify(document), 'fuzz.yaml')));
      }),
      RUNS,
    );
  });

  it('readFrameworkFile: random node lists (cycles, orphans, reserved codes, bad weights) give a framework or NqpfErrors', () => {
    const fileArb = fc.oneof(
      fc.record({ nodes: fc.array(nodeArb, { maxLength: 8 }) }).map((doc) => stringify(doc)),
      fc.string({ maxLength: 120 }),
    );
    fc.assert(fc.property(fileArb, (text) => onlyNqpfErrors(() => readFrameworkFile(text, 'fuzz.yaml'))), RUNS);
  });

  it('buildFramework: a 20 000-node chain is checked without deep recursion or cubic cycle search', () => {
    const nodes = Array.from({ length: 20_000 }, (_, i) => ({ code: `n${i}`, ...(i > 0 ? { parent: `n${i - 1}` } : {}) }));
    expect(buildFramework(nodes, 'chain.yaml').nodes.find((n) => n.code === 'n0')?.level).toBe(20_000);
    expect(() => buildFramework([...nodes.slice(1), { code: 'n0', parent: 'n19999' }], 'ring.yaml')).toThrow(/framework has a cycle: n\d+ → /);
  });
});
