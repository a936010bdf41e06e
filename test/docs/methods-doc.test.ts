// docs/METHODS.md documents every registered method: the doc cannot drift from the registry.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allMethods } from '../../src/core/index.js';
import { REPO } from '../helpers/build.js';

const doc = readFileSync(resolve(REPO, 'docs/METHODS.md'), 'utf8');

/** The `### ` headings under each `## <op>` section: the op's documented method names (in backticks). */
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

describe('docs/METHODS.md', () => {
  it('methods doc: every method of allMethods() has an entry, by its spec name in backticks, under its op', () => {
    const sections = documented();
    const missing = allMethods().filter((m) => !(sections.get(m.op) ?? []).includes(m.method)).map((m) => `${m.op}/${m.method}`);
    expect(missing).toEqual([]);
  });

  it('methods doc: every entry names a registered method (no stale entries)', () => {
    const registered = new Set(allMethods().map((m) => `${m.op}/${m.method}`));
    const stale = [...documented()].flatMap(([op, names]) => names.map((n) => `${op}/${n}`)).filter((key) => !registered.has(key));
    expect(stale).toEqual([]);
  });

  it('methods doc: each entry carries its zh and en titles from the registry', () => {
    const missing = allMethods().filter((m) => !doc.includes(`\`${m.method}\` — ${m.title.zh} / ${m.title.en}`)).map((m) => m.method);
    expect(missing).toEqual([]);
  });
});
