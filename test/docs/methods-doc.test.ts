// docs/METHODS.md documents every registered method and every analysis: the doc cannot drift from the registries.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allAnalyses, allMethods } from '../../src/core/index.js';
import { REPO } from '../helpers/build.js';

const doc = readFileSync(resolve(REPO, 'docs/METHODS.md'), 'utf8');

/** Sections that are not step ops: analyses (checked against their own registry), the audit and the uncertainty analysis. */
const OTHER_SECTIONS = ['analyses', 'audit', 'uncertainty'];

/** The `### ` headings under each `## <section>`: the documented names (in backticks). */
function documented(): Map<string, string[]> {
  const sections = new Map<string, string[]>();
  let op = '';
  for (const line of doc.split('\n')) {
    const section = /^## (\w+)/.exec(line);
    if (section) sections.set((op = section[1]), []);
    const entry = /^### `([^`]+)`/.exec(line);
    if (entry && op) sections.get(op)!.push(entry[1]);
  }
  return sections;
}

/** An analysis's heading name: the op alone when it has one method of the same name, else `op: method`. */
const analysisKey = (a: { op: string; method: string }): string => (a.op === a.method ? a.op : `${a.op}: ${a.method}`);

describe('docs/METHODS.md', () => {
  it('methods doc: every method of allMethods() has an entry, by its spec name in backticks, under its op', () => {
    const sections = documented();
    const missing = allMethods().filter((m) => !(sections.get(m.op) ?? []).includes(m.method)).map((m) => `${m.op}/${m.method}`);
    expect(missing).toEqual([]);
  });

  it('methods doc: every entry names a registered method (no stale entries)', () => {
    const registered = new Set(allMethods().map((m) => `${m.op}/${m.method}`));
    const stale = [...documented()]
      .filter(([op]) => !OTHER_SECTIONS.includes(op))
      .flatMap(([op, names]) => names.map((n) => `${op}/${n}`))
      .filter((key) => !registered.has(key));
    expect(stale).toEqual([]);
  });

  it('methods doc: each entry carries its zh and en titles from the registry', () => {
    const missing = allMethods().filter((m) => !doc.includes(`\`${m.method}\` — ${m.title.zh} / ${m.title.en}`)).map((m) => m.method);
    expect(missing).toEqual([]);
  });

  it('methods doc: every analysis of allAnalyses() has an entry under `## analyses` with its zh and en titles, and none is stale', () => {
    const entries = documented().get('analyses') ?? [];
    const keys = allAnalyses().map(analysisKey);
    expect(keys.filter((k) => !entries.includes(k))).toEqual([]);
    expect(entries.filter((e) => !keys.includes(e))).toEqual([]);
    const untitled = allAnalyses().filter((a) => !doc.includes(`\`${analysisKey(a)}\` — ${a.title.zh} / ${a.title.en}`)).map(analysisKey);
    expect(untitled).toEqual([]);
  });

  it('methods doc: every analysis entry gives a formula, params, edge cases, a source and its tests', () => {
    const body = doc.slice(doc.indexOf('\n## analyses'), doc.indexOf('\n## audit'));
    const blocks = body.split('\n### ').slice(1);
    expect(blocks.length).toBe(allAnalyses().length);
    for (const block of blocks) {
      const name = block.slice(0, block.indexOf('\n'));
      for (const part of ['**Formula**', '**Params**', '**Edge cases**', '**Source**', '**Tested**']) expect(block, `${name}: ${part}`).toContain(part);
    }
  });

  it('methods doc: each analysis default stated in the doc equals the registry default (parsed from {})', () => {
    // The `Params` line of each entry lists `key` default; check the numeric and boolean ones against the schema.
    const body = doc.slice(doc.indexOf('\n## analyses'), doc.indexOf('\n## audit'));
    const wrong: string[] = [];
    for (const a of allAnalyses()) {
      const start = body.indexOf(`### \`${analysisKey(a)}\``);
      const block = body.slice(start, body.indexOf('\n### ', start + 1) === -1 ? undefined : body.indexOf('\n### ', start + 1));
      const params = /\*\*Params\*\*: ([^\n]*)/.exec(block)?.[1] ?? '';
      const defaults = a.params.parse({}) as Record<string, unknown>;
      for (const [key, value] of Object.entries(defaults)) {
        if (typeof value !== 'number' && typeof value !== 'boolean' && typeof value !== 'string') continue;
        const stated = new RegExp(`\`${key}\` \`?([\\w-]+(?:\\.\\d+)?)`).exec(params);
        if (stated && stated[1] !== String(value)) wrong.push(`${analysisKey(a)}.${key}: doc ${stated[1]}, code ${String(value)}`);
        if (!stated && !['weights'].includes(key)) wrong.push(`${analysisKey(a)}.${key}: not in the doc`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('methods doc: the audit and the uncertainty analysis have their entries', () => {
    const sections = documented();
    expect(sections.has('audit') && sections.has('uncertainty')).toBe(true);
    for (const heading of ['### Indicator statistics', '### Correlations', "### Cronbach's alpha and PCA", '### Importance (first-order effect)', '### Remove one', '### Uncertainty analysis', '### Sensitivity analysis']) {
      expect(doc).toContain(heading);
    }
  });
});
