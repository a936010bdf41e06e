import { execFileSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHINA_CONTIGUITY, CHINA_CONTIGUITY_ISLAND_LINKS, CHINA_PROVINCES } from '../../../src/core/regions/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const codeOf = (short: string) => CHINA_PROVINCES.find((p) => p.short === short)!.code;
const namesOf = (short: string) =>
  CHINA_CONTIGUITY[codeOf(short)].map((c) => CHINA_PROVINCES.find((p) => p.code === c)!.short).sort();

// Land borders between provincial-level divisions, written down from the official administrative map
// (independent of the echarts geometry the list is derived from), plus the Hainan–Guangdong convention.
const EXPECTED: Record<string, string[]> = {
  北京: ['天津', '河北'],
  天津: ['北京', '河北'],
  河北: ['北京', '天津', '山西', '内蒙古', '辽宁', '山东', '河南'],
  山西: ['河北', '内蒙古', '河南', '陕西'],
  内蒙古: ['河北', '山西', '辽宁', '吉林', '黑龙江', '陕西', '甘肃', '宁夏'],
  辽宁: ['河北', '内蒙古', '吉林'],
  吉林: ['内蒙古', '辽宁', '黑龙江'],
  黑龙江: ['内蒙古', '吉林'],
  上海: ['江苏', '浙江'],
  江苏: ['上海', '浙江', '安徽', '山东'],
  浙江: ['上海', '江苏', '安徽', '福建', '江西'],
  安徽: ['江苏', '浙江', '江西', '山东', '河南', '湖北'],
  福建: ['浙江', '江西', '广东'],
  江西: ['浙江', '安徽', '福建', '湖北', '湖南', '广东'],
  山东: ['河北', '江苏', '安徽', '河南'],
  河南: ['河北', '山西', '安徽', '山东', '湖北', '陕西'],
  湖北: ['安徽', '江西', '河南', '湖南', '重庆', '陕西'],
  湖南: ['江西', '湖北', '广东', '广西', '重庆', '贵州'],
  广东: ['福建', '江西', '湖南', '广西', '海南'],
  广西: ['湖南', '广东', '贵州', '云南'],
  海南: ['广东'],
  重庆: ['湖北', '湖南', '四川', '贵州', '陕西'],
  四川: ['重庆', '贵州', '云南', '西藏', '陕西', '甘肃', '青海'],
  贵州: ['湖南', '广西', '重庆', '四川', '云南'],
  云南: ['广西', '四川', '贵州', '西藏'],
  西藏: ['四川', '云南', '青海', '新疆'],
  陕西: ['山西', '内蒙古', '河南', '湖北', '重庆', '四川', '甘肃', '宁夏'],
  甘肃: ['内蒙古', '四川', '陕西', '青海', '宁夏', '新疆'],
  青海: ['四川', '西藏', '甘肃', '新疆'],
  宁夏: ['内蒙古', '陕西', '甘肃'],
  新疆: ['西藏', '甘肃', '青海'],
};

describe('china contiguity', () => {
  it('CHINA_CONTIGUITY: one entry per province, no self-links, every neighbour a province', () => {
    const codes = new Set(CHINA_PROVINCES.map((p) => p.code));
    expect(Object.keys(CHINA_CONTIGUITY).sort()).toEqual([...codes].sort());
    for (const [code, neighbours] of Object.entries(CHINA_CONTIGUITY)) {
      expect(neighbours).not.toContain(code);
      for (const n of neighbours) expect(codes.has(n)).toBe(true);
      expect(new Set(neighbours).size).toBe(neighbours.length);
    }
  });

  it('CHINA_CONTIGUITY: symmetric, 69 links, nobody isolated', () => {
    let degree = 0;
    for (const [code, neighbours] of Object.entries(CHINA_CONTIGUITY)) {
      expect(neighbours.length).toBeGreaterThan(0);
      for (const n of neighbours) expect(CHINA_CONTIGUITY[n]).toContain(code);
      degree += neighbours.length;
    }
    expect(degree / 2).toBe(69);
  });

  it("CHINA_CONTIGUITY: Beijing's neighbours are Tianjin and Hebei only", () => {
    expect(CHINA_CONTIGUITY['110000']).toEqual(['120000', '130000']);
  });

  it('CHINA_CONTIGUITY: Hainan is joined to Guangdong only, by the stated island convention', () => {
    expect(CHINA_CONTIGUITY['460000']).toEqual(['440000']);
    expect(CHINA_CONTIGUITY_ISLAND_LINKS).toEqual([['460000', '440000']]);
  });

  it('CHINA_CONTIGUITY: equals the land borders of the administrative map', () => {
    for (const [short, expected] of Object.entries(EXPECTED)) expect(namesOf(short), short).toEqual([...expected].sort());
  });

  it('build-contiguity.mjs --check: the TS file is what the script generates from china.json', () => {
    expect(() => execFileSync(process.execPath, [resolve(root, 'scripts/build-contiguity.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow();
  });
});
