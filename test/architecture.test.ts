// The layering of DESIGN.md §2: src/core is pure and isomorphic, and every error code has a zh/en message.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages } from '../src/core/index.js';
import { REPO } from './helpers/build.js';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const core = sources(join(REPO, 'src/core'));
const all = sources(join(REPO, 'src'));

describe('architecture', () => {
  it('src/core imports nothing from node, io, cli or web, and touches no clock, console or global randomness', () => {
    const offences: string[] = [];
    for (const file of core) {
      const text = readFileSync(file, 'utf8');
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      for (const match of code.matchAll(/from\s+'([^']+)'/g)) {
        const target = match[1];
        if (target.startsWith('node:') || /(^|\/)(io|cli|web)\//.test(target) || /^(fs|path|os|crypto|worker_threads)$/.test(target)) {
          offences.push(`${relative(REPO, file)} imports ${target}`);
        }
      }
      for (const banned of ['Math.random(', 'Date.now(', 'new Date(', 'console.', 'process.', 'window.', 'document.']) {
        if (code.includes(banned)) offences.push(`${relative(REPO, file)} uses ${banned}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('catalogue: every error code thrown anywhere in src has a zh and an en message', () => {
    const missing: string[] = [];
    for (const file of all) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/new NqpfError\(\s*'([A-Z0-9_]+)'/g)) {
        const entry = messages[match[1]];
        if (!entry || !entry.zh || !entry.en) missing.push(`${relative(REPO, file)}: ${match[1]}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('catalogue: zh and en templates use the same placeholders', () => {
    const mismatched = Object.entries(messages).filter(([, m]) => {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((x) => x[1]).filter((n) => n !== 'detailZh' && n !== 'detail').sort().join(',');
      return names(m.zh) !== names(m.en);
    });
    expect(mismatched.map(([code]) => code)).toEqual([]);
  });
});
