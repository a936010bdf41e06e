import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diagnoseMessages } from '../../../src/core/errors/catalogue/diagnose.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../src/core');

describe('diagnose messages', () => {
  it('every error code thrown by the diagnostics has zh and en templates with the same placeholders', () => {
    const sources = [
      ...readdirSync(resolve(root, 'diagnose')).map((f) => resolve(root, 'diagnose', f)),
      resolve(root, 'stats/random.ts'),
    ];
    const codes = new Set<string>();
    for (const file of sources) {
      for (const m of readFileSync(file, 'utf8').matchAll(/NqpfError\('([A-Z_]+)'/g)) codes.add(m[1]);
    }
    expect(codes.size).toBeGreaterThan(30);
    for (const code of codes) {
      const message = diagnoseMessages[code];
      expect(message, code).toBeDefined();
      const holes = (s: string): string[] => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(holes(message.zh), code).toEqual(holes(message.en));
    }
  });
});
