import { describe, expect, it } from 'vitest';
import { draftFrameworkNodes, draftIndicators, parseHeader, proposeDirection } from '../../../src/core/framework/draft-from-headers.js';
import { absentIndicatorErrors, closestHeaders, foldHeader, matchColumns } from '../../../src/core/framework/match-columns.js';
import type { FrameworkNode } from '../../../src/core/model/types.js';

const node = (code: string, zh: string, en: string): FrameworkNode => ({ code, name: { zh, en }, level: 1, parent: 'P', direction: 1, weight: 1 });

describe('parseHeader', () => {
  it('parseHeader: a unit in half- or full-width brackets is split off', () => {
    expect(parseHeader('R&D经费投入强度(%)')).toEqual({ name: 'R&D经费投入强度', unit: '%' });
    expect(parseHeader('地区生产总值（亿元）')).toEqual({ name: '地区生产总值', unit: '亿元' });
    expect(parseHeader('PM2.5 [μg/m3]')).toEqual({ name: 'PM2.5', unit: 'μg/m3' });
    expect(parseHeader('专利授权数')).toEqual({ name: '专利授权数' });
  });
});

describe('proposeDirection', () => {
  it('proposeDirection: energy use, emissions, PM2.5 and unemployment are less-is-better', () => {
    expect(proposeDirection('单位GDP能耗')).toEqual({ direction: -1, keyword: '能耗' });
    expect(proposeDirection('二氧化硫排放量')).toMatchObject({ direction: -1 });
    expect(proposeDirection('PM2.5年均浓度')).toEqual({ direction: -1, keyword: 'PM2.5' });
    expect(proposeDirection('城镇登记失业率')).toEqual({ direction: -1, keyword: '失业' });
    expect(proposeDirection('CO2 emissions per GDP')).toMatchObject({ direction: -1 });
    expect(proposeDirection('R&D经费投入强度')).toEqual({ direction: 1 });
  });
});

describe('draftIndicators', () => {
  it('draftIndicators: codes are x01…, or the header when it is an identifier; units and directions proposed', () => {
    const drafts = draftIndicators(['R&D经费投入强度(%)', '单位GDP能耗(吨标准煤/万元)', 'patents']);
    expect(drafts.map((d) => d.code)).toEqual(['x01', 'x02', 'patents']);
    expect(drafts[1]).toEqual({ header: '单位GDP能耗(吨标准煤/万元)', code: 'x02', name: { zh: '单位GDP能耗', en: '单位GDP能耗' }, unit: '吨标准煤/万元', direction: -1, keyword: '能耗' });
    const nodes = draftFrameworkNodes(drafts);
    expect(nodes.map((n) => [n.code, n.parent, n.level])).toEqual([['INDEX', null, 3], ['P1', 'INDEX', 2], ['x01', 'P1', 1], ['x02', 'P1', 1], ['patents', 'P1', 1]]);
  });
});

describe('matchColumns', () => {
  const rd = node('rd_intensity', 'R&D经费投入强度', 'R&D intensity');
  const energy = node('energy_intensity', '单位GDP能耗', 'Energy use per unit of GDP');
  it('foldHeader: full-width forms, case, spaces and a trailing unit fold away', () => {
    expect(foldHeader('R＆D经费投入强度（%）')).toBe('r&d经费投入强度');
    expect(foldHeader(' R&D 经费投入强度 (%)')).toBe('r&d经费投入强度');
  });
  it('matchColumns: by name with a unit, by code, and by the columns map, first indicator wins', () => {
    const m = matchColumns(['地区', 'R&D经费投入强度(%)', '能耗'], [rd, energy], { 能耗: 'energy_intensity' });
    expect([...m.rename]).toEqual([['能耗', 'energy_intensity'], ['R&D经费投入强度(%)', 'rd_intensity']]);
    expect(m.unmatched).toEqual([]);
    expect(matchColumns(['rd_intensity', 'R&D intensity'], [rd], {}).rename.size).toBe(0);
  });
  it('closestHeaders: a near name is suggested, an unrelated one is not', () => {
    expect(closestHeaders(energy, ['地区', '年份', '单位GDP能源消耗', 'R&D经费投入强度', '人均GDP'])).toEqual(['单位GDP能源消耗']);
    expect(closestHeaders(energy, ['单位GDP能耗量', '单位GDP电耗'])).toEqual(['单位GDP能耗量', '单位GDP电耗']);
  });
  it('absentIndicatorErrors: none present is one error whatever missing says; with missing: error one per absent indicator', () => {
    const none = absentIndicatorErrors([rd, energy], ['地区', '年份', 'x'], 'drop', { framework: 'fw.yaml', data: 'd.csv' });
    expect(none.map((e) => e.code)).toEqual(['NO_INDICATOR_IN_DATA']);
    expect(none[0].format('en')).toBe(
      'd.csv: no indicator of the framework is in the data (none of its 2 indicators matched). The data\'s columns: "地区", "年份", "x". Name columns by indicator code (e.g. "rd_intensity") or name (e.g. "R&D经费投入强度 / R&D intensity", a unit such as (%) may follow), or map them in the spec\'s data.columns',
    );
    const one = absentIndicatorErrors([rd, energy], ['rd_intensity', '单位GDP能耗量'], 'error', { framework: 'fw.yaml' });
    expect(one.map((e) => e.format('en'))).toEqual([
      'fw.yaml:energy_intensity: indicator "energy_intensity" (单位GDP能耗) is not in the data: no column matches its code or names; closest columns: "单位GDP能耗量"; the data\'s columns: "rd_intensity", "单位GDP能耗量". Map it in the spec (data: {columns: {"column name": energy_intensity}}) or set framework missing: drop to skip absent indicators',
    ]);
    expect(absentIndicatorErrors([rd, energy], ['rd_intensity'], 'drop', { framework: 'fw.yaml' })).toEqual([]);
  });
});
