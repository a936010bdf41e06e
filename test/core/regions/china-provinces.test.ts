import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHINA_PROVINCES, REGION4_LABELS, chinaProvinceRegions } from '../../../src/core/regions/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function readCsv(path: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(resolve(root, path), 'utf8').replace(/^\ufeff/, '').trim().split('\n');
  const keys = header.split(',').map((k) => k.replaceAll('"', ''));
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [keys[i], v.replaceAll('"', '')])));
}

describe('china provinces registry', () => {
  it('CHINA_PROVINCES: 31 unique six-digit adcodes in ascending order', () => {
    expect(CHINA_PROVINCES).toHaveLength(31);
    const codes = CHINA_PROVINCES.map((p) => p.code);
    expect(new Set(codes).size).toBe(31);
    for (const code of codes) expect(code).toMatch(/^[1-6]\d0000$/);
    expect([...codes].sort((a, b) => Number(a) - Number(b))).toEqual(codes);
  });

  it('CHINA_PROVINCES: agrees with data/techme/provinces.csv (codes, names, four regions)', () => {
    const rows = readCsv('data/techme/provinces.csv');
    expect(rows).toHaveLength(31);
    for (const row of rows) {
      const province = CHINA_PROVINCES.find((p) => p.code === row.adcode);
      expect(province, row.adcode).toBeDefined();
      expect(province!.short).toBe(row.province_zh);
      expect(province!.name.zh).toBe(row.province_zh_full);
      expect(province!.name.en).toBe(row.province_en);
      expect(REGION4_LABELS[province!.region4].en).toBe(row.region4);
    }
  });

  it('CHINA_PROVINCES: short names and codes are the feature names and ids of web/public/china.json', () => {
    const map = JSON.parse(readFileSync(resolve(root, 'web/public/china.json'), 'utf8')) as {
      features: { id: string; properties: { name: string } }[];
    };
    for (const province of CHINA_PROVINCES) {
      const feature = map.features.find((f) => f.id === province.code);
      expect(feature?.properties.name, province.code).toBe(province.short);
    }
    expect(map.features.map((f) => f.id).filter((id) => !CHINA_PROVINCES.some((p) => p.code === id)).sort()).toEqual([
      '710000',
      '810000',
      '820000',
    ]);
  });

  it('REGION4: NBS 2011 scheme sizes east 10, central 6, west 12, northeast 3', () => {
    const count = (r: string) => CHINA_PROVINCES.filter((p) => p.region4 === r).length;
    expect([count('east'), count('central'), count('west'), count('northeast')]).toEqual([10, 6, 12, 3]);
    expect(REGION4_LABELS.northeast).toEqual({ zh: '东北', en: 'Northeast' });
  });

  it('chinaProvinceRegions: model regions with groups.region4, a fresh copy each call', () => {
    const regions = chinaProvinceRegions();
    expect(regions[0]).toEqual({ code: '110000', name: { zh: '北京市', en: 'Beijing' }, groups: { region4: 'east' } });
    regions[0].groups.region4 = 'west';
    expect(chinaProvinceRegions()[0].groups.region4).toBe('east');
  });
});
