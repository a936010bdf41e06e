// Golden outputs: every bundled spec in specs/ → its scores, ranks and weights at 10 significant digits
// (reviewable, stable across platforms). On a mismatch the new output is written beside the golden file as
// `<name>-changed.csv`; review it and, if right, rename it over the golden file (or run with UPDATE_GOLDEN=1).
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Build } from '../../src/core/index.js';
import { buildSpec, REPO } from '../helpers/build.js';

const specs = readdirSync(join(REPO, 'specs')).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();

function significant(value: number): string {
  return Number.isFinite(value) ? String(Number(value.toPrecision(10))) : '';
}

function canonical(build: Build): string {
  const { framework, regions, years, scores, ranks, weights } = build.results;
  const lines = ['region,year,node,score,rank'];
  for (const node of framework.nodes) {
    years.forEach((year, t) =>
      regions.forEach((region, r) => {
        const i = t * regions.length + r;
        lines.push(`${region.code},${year},${node.code},${significant(scores[node.code][i])},${significant(ranks[node.code][i])}`);
      }),
    );
  }
  lines.push('', 'node,weight,effective_weight');
  for (const w of weights) lines.push(`${w.node},${significant(w.weight)},${significant(w.effectiveWeight)}`);
  return `${lines.join('\n')}\n`;
}

describe('golden outputs of the bundled specs', () => {
  for (const file of specs) {
    it(`${file}: scores, ranks and weights equal the reviewed golden file`, () => {
      const document = parse(readFileSync(join(REPO, 'specs', file), 'utf8'));
      const build = buildSpec(document, join(REPO, 'specs'));
      const actual = canonical(build);
      const name = file.replace(/\.(ya?ml|json)$/, '');
      const golden = join(REPO, 'test/golden', `${name}.csv`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) {
        if (process.env.CI === 'true') throw new Error(`missing golden file test/golden/${name}.csv`);
        writeFileSync(golden, actual);
      }
      const expected = readFileSync(golden, 'utf8');
      if (actual !== expected) writeFileSync(join(REPO, 'test/golden', `${name}-changed.csv`), actual);
      expect(actual === expected, `test/golden/${name}.csv differs; see ${name}-changed.csv`).toBe(true);
    });
  }
});
