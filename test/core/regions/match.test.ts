import { describe, expect, it } from 'vitest';
import { CHINA_PROVINCES, COUNTRIES, editDistance, matchRegion, normalizeRegionName } from '../../../src/core/regions/index.js';

const china = (name: string) => matchRegion(name, CHINA_PROVINCES);
const world = (name: string) => matchRegion(name, COUNTRIES);

describe('matchRegion (China provinces)', () => {
  it('matchRegion: header examples', () => {
    expect(china('内蒙古自治区')).toEqual({ code: '150000' });
    expect(china('Xizang')).toEqual({ code: '540000' });
    expect(china('Beijng')).toEqual({ error: 'UNKNOWN_REGION', input: 'Beijng', suggestions: ['Beijing'] });
  });

  it('matchRegion: every code, full name, short name and English name finds its province', () => {
    for (const p of CHINA_PROVINCES) {
      for (const name of [p.code, p.name.zh, p.short, p.name.en, p.name.en.toUpperCase()]) expect(china(name), name).toEqual({ code: p.code });
    }
  });

  it.each([
    ['内蒙古', '150000'],
    ['内蒙', '150000'],
    ['Inner Mongolia', '150000'],
    ['Inner Mongolia Autonomous Region', '150000'],
    ['Nei Mongol', '150000'],
    ['广西壮族自治区', '450000'],
    ['广西', '450000'],
    ['Guangxi Zhuang Autonomous Region', '450000'],
    ['宁夏回族自治区', '640000'],
    ['Ningxia Hui Autonomous Region', '640000'],
    ['新疆维吾尔自治区', '650000'],
    ['Xinjiang Uygur Autonomous Region', '650000'],
    ['Tibet', '540000'],
    ['西藏自治区', '540000'],
    ['北京市', '110000'],
    ['  beijing ', '110000'],
    ['ＢＥＩＪＩＮＧ', '110000'],
    ['Beijing Municipality', '110000'],
    ['Beijing Shi', '110000'],
    ['Shaanxi Province', '610000'],
    ['shanxi', '140000'],
    ['11', '110000'],
    ['重庆市', '500000'],
  ])('matchRegion: variant %s → %s', (name, code) => {
    expect(china(name)).toEqual({ code });
  });

  it('matchRegion: Hong Kong, Macao and Taiwan are not in the province registry', () => {
    for (const name of ['Hong Kong', '香港', '香港特别行政区', '澳门', '台湾', 'Taiwan']) {
      const result = china(name);
      expect(result, name).toMatchObject({ error: 'UNKNOWN_REGION', input: name });
      expect('code' in result).toBe(false);
    }
  });

  it('matchRegion: suggestions for typos, in the script of the input', () => {
    expect(china('北经')).toEqual({ error: 'UNKNOWN_REGION', input: '北经', suggestions: ['北京市'] });
    expect(china('Shanxii')).toMatchObject({ suggestions: ['Shanxi', 'Shaanxi'] });
    expect(china('Guangdng')).toMatchObject({ suggestions: ['Guangdong'] });
    expect(china('河北省石家庄市')).toMatchObject({ error: 'UNKNOWN_REGION', suggestions: ['河北省'] });
    expect(china('Atlantis')).toMatchObject({ error: 'UNKNOWN_REGION', suggestions: [] });
    expect(china('   ')).toEqual({ error: 'UNKNOWN_REGION', input: '   ', suggestions: [] });
  });
});

describe('matchRegion (WDI economies)', () => {
  it.each([
    ['CHN', 'CHN'],
    ['chn', 'CHN'],
    ['CN', 'CHN'],
    ['China', 'CHN'],
    ['中国', 'CHN'],
    ['Korea, Rep.', 'KOR'],
    ['South Korea', 'KOR'],
    ['韩国', 'KOR'],
    ['United Kingdom', 'GBR'],
    ['UK', 'GBR'],
    ['United States', 'USA'],
    ['US', 'USA'],
    ['Hong Kong', 'HKG'],
    ['香港', 'HKG'],
    ["Cote d'Ivoire", 'CIV'],
    ['Côte d’Ivoire', 'CIV'],
    ['Ivory Coast', 'CIV'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['Russia', 'RUS'],
    ['Vietnam', 'VNM'],
    ['Kosovo', 'XKX'],
    ['Channel Islands', 'CHI'],
  ])('matchRegion: %s → %s', (name, code) => {
    expect(world(name)).toEqual({ code });
  });

  it('matchRegion: a typo gets the closest economies; an unknown one none', () => {
    expect(world('United Sates')).toMatchObject({ error: 'UNKNOWN_REGION', suggestions: ['United States'] });
    expect(world('Congo')).toMatchObject({ error: 'UNKNOWN_REGION', suggestions: ['Congo, Dem. Rep.', 'Congo, Rep.'] });
    expect(world('Taiwan')).toMatchObject({ error: 'UNKNOWN_REGION', suggestions: [] });
  });

  it('matchRegion: a name two entries share is AMBIGUOUS_REGION, listing both', () => {
    const registry = [
      { code: 'A', name: { zh: '甲', en: 'Springfield' } },
      { code: 'B', name: { zh: '乙', en: 'Springfield' } },
    ];
    expect(matchRegion('springfield', registry)).toEqual({ error: 'AMBIGUOUS_REGION', input: 'springfield', suggestions: ['Springfield', 'Springfield'] });
  });
});

describe('name helpers', () => {
  it('normalizeRegionName: drops case, width, accents, spaces and punctuation', () => {
    expect(normalizeRegionName(' Côte d’Ivoire ')).toBe('cotedivoire');
    expect(normalizeRegionName('ＢＥＩＪＩＮＧ　市')).toBe('beijing市');
    expect(normalizeRegionName('Korea, Rep.')).toBe('korearep');
  });

  it('editDistance: Levenshtein over code points', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('北京', '北经')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});
