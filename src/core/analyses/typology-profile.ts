import type { LocalizedName } from '../model/types.js';

/** Level-band names for 3, 4 or 5 bands (band 0 = lowest); other counts are numbered. */
const BAND_NAMES: Record<number, [string, string][]> = {
  3: [['低水平', 'low'], ['中等水平', 'middle'], ['高水平', 'high']],
  4: [['低水平', 'low'], ['中低水平', 'lower-middle'], ['中高水平', 'upper-middle'], ['高水平', 'high']],
  5: [['低水平', 'low'], ['中低水平', 'lower-middle'], ['中等水平', 'middle'], ['中高水平', 'upper-middle'], ['高水平', 'high']],
};

export function bandName(band: number, count: number): LocalizedName {
  const named = BAND_NAMES[count]?.[band];
  return named ? { zh: named[0], en: named[1] } : { zh: `第${band + 1}档`, en: `band ${band + 1} of ${count}` };
}

/** Level × growth quadrant names (analyses/typology.ts; diagnose/typology.ts `levelGrowthQuadrants`). */
export const QUADRANT_NAMES: Record<string, LocalizedName> = {
  HH: { zh: '领先快进型', en: 'leading and growing fast' },
  HL: { zh: '领先缓进型', en: 'leading but growing slowly' },
  LH: { zh: '追赶型', en: 'catching up' },
  LL: { zh: '滞后型', en: 'lagging behind' },
};

export interface ProfileFacts {
  name: LocalizedName;
  node: LocalizedName;
  level: number;
  rank: number;
  regionCount: number;
  band: LocalizedName;
  bandNumber: number;
  bandCount: number;
  quadrant: string | null;
  growth: number | null;
  leading: LocalizedName[];
  lagging: LocalizedName[];
  strengths: LocalizedName[];
  weaknesses: LocalizedName[];
  obstacles: { name: LocalizedName; percent: number }[];
  similar: LocalizedName[];
}

const list = (items: LocalizedName[], lang: 'zh' | 'en', none: string): string =>
  items.length === 0 ? none : items.map((x) => x[lang]).join(lang === 'zh' ? '、' : ', ');

/**
 * 地区类型 / A region's type: its level × growth quadrant (or, without growth, its level band) and its leading
 * dimension, e.g. 追赶型·科技创新领先 / catching up; leads in Technological innovation.
 */
export function regionType(f: ProfileFacts): LocalizedName {
  const base = f.quadrant ? QUADRANT_NAMES[f.quadrant] : f.band;
  const lead = f.leading[0];
  return {
    zh: `${base.zh}·${lead ? `${lead.zh}领先` : '无领先维度'}`,
    en: `${base.en}; ${lead ? `leads in ${lead.en}` : 'no leading dimension'}`,
  };
}

/**
 * 地区画像 / A short generated profile of a region in zh and en: level band and rank, type, growth, leading and
 * lagging dimensions (vs the national mean), strengths and weaknesses (the `strengths` table: national top and
 * bottom third), top obstacles and the most similar regions.
 * Numbers: scores to 3 decimals, growth and obstacle degrees in percent to 1 decimal.
 */
export function regionProfile(f: ProfileFacts): LocalizedName {
  const type = regionType(f);
  const growthZh = f.growth === null ? '' : `，年均增长 ${(f.growth * 100).toFixed(1)}%`;
  const growthEn = f.growth === null ? '' : `, growing ${(f.growth * 100).toFixed(1)}% a year`;
  const obstaclesZh = f.obstacles.map((o) => `${o.name.zh}（${o.percent.toFixed(1)}%）`).join('、') || '无';
  const obstaclesEn = f.obstacles.map((o) => `${o.name.en} (${o.percent.toFixed(1)}%)`).join(', ') || 'none';
  return {
    zh:
      `${f.name.zh}：${type.zh}。${f.node.zh} ${f.level.toFixed(3)}，居第 ${f.rank} 位（共 ${f.regionCount} 个），` +
      `属${f.band.zh}（第 ${f.bandNumber}/${f.bandCount} 档）${growthZh}。` +
      `优势维度：${list(f.leading, 'zh', '无')}；短板维度：${list(f.lagging, 'zh', '无')}。` +
      `优势指标（全国前三分之一）：${list(f.strengths, 'zh', '无')}；劣势指标（全国后三分之一）：${list(f.weaknesses, 'zh', '无')}；主要障碍因子：${obstaclesZh}。` +
      `最相似地区：${list(f.similar, 'zh', '无')}。`,
    en:
      `${f.name.en}: ${type.en}. ${f.node.en} ${f.level.toFixed(3)}, rank ${f.rank} of ${f.regionCount}, ` +
      `${f.band.en} level (band ${f.bandNumber} of ${f.bandCount})${growthEn}. ` +
      `Leading dimensions: ${list(f.leading, 'en', 'none')}; lagging: ${list(f.lagging, 'en', 'none')}. ` +
      `Strengths (national top third): ${list(f.strengths, 'en', 'none')}; weaknesses (bottom third): ${list(f.weaknesses, 'en', 'none')}; top obstacles: ${obstaclesEn}. ` +
      `Most similar: ${list(f.similar, 'en', 'none')}.`,
  };
}
