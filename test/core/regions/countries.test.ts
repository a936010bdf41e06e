import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COUNTRIES } from '../../../src/core/regions/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

describe('countries registry', () => {
  it('COUNTRIES: exactly the economies of data/world.csv, unique codes, sorted', () => {
    const lines = readFileSync(resolve(root, 'data/world.csv'), 'utf8').replace(/^\ufeff/, '').trim().split('\n').slice(1);
    const inData = [...new Set(lines.map((l) => l.split(',')[0]))].sort();
    expect(COUNTRIES.map((c) => c.code)).toEqual(inData);
    expect(COUNTRIES).toHaveLength(217);
  });

  it('COUNTRIES: World Bank English names, CLDR Chinese names', () => {
    const byCode = (code: string) => COUNTRIES.find((c) => c.code === code)!;
    expect(byCode('CHN')).toMatchObject({ iso2: 'CN', name: { zh: '中国', en: 'China' } });
    expect(byCode('KOR').name).toEqual({ zh: '韩国', en: 'Korea, Rep.' });
    expect(byCode('USA').name.zh).toBe('美国');
    expect(byCode('CHI').iso2).toBeUndefined();
    for (const c of COUNTRIES) {
      expect(c.code).toMatch(/^[A-Z]{3}$/);
      expect(c.name.zh).toMatch(/\p{Script=Han}/u);
      if (c.iso2) expect(c.iso2).toMatch(/^[A-Z]{2}$/);
    }
  });
});
