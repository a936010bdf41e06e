import type { FrameworkNode } from '../model/types.js';

/**
 * 由表头起草指标体系 · Draft a framework from a data table's headers.
 *
 * A yearbook header carries the indicator's name and often its unit: `R&D经费投入强度(%)`,
 * `地区生产总值（亿元）`, `PM2.5 [μg/m3]`. Each header becomes one indicator: its name is the header
 * without the unit, its unit the text in the final brackets (half- or full-width), its code a short ASCII
 * id (`x01`, or the header itself when it already is a plain identifier). The direction is *proposed*
 * from the words: names about energy use, emissions, pollution, unemployment, accidents … are
 * "less is better" (-1); everything else "more is better" (1). Every proposal is marked for review —
 * the words cannot know what the user measures.
 *
 * @example
 * parseHeader('R&D经费投入强度(%)') // => { name: 'R&D经费投入强度', unit: '%' }
 * proposeDirection('单位GDP能耗') // => { direction: -1, keyword: '能耗' }
 */

export interface ParsedHeader {
  name: string;
  unit?: string;
}

/** Final bracketed text is the unit: (…) （…） […] 【…】. */
const UNIT_AT_END = /^(.*?)\s*[(（[【]\s*([^()（）[\]【】]+?)\s*[)）\]】]\s*$/u;

export function parseHeader(header: string): ParsedHeader {
  const text = header.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = UNIT_AT_END.exec(text);
  if (m && m[1].trim() !== '') return { name: m[1].trim(), unit: m[2] };
  return { name: text };
}

/**
 * Words that make an indicator "less is better". Sources: the cost-type indicators of the provincial
 * NQPF and green-development literature (energy and carbon intensity, pollutant emissions, PM2.5,
 * unemployment) and of the CNBS green-development index (能耗、水耗、排放).
 */
const LESS_IS_BETTER = [
  '能耗', '能源消耗', '耗能', '电耗', '水耗', '用水量', '耗水', '排放', '排污', '污染', '二氧化碳', '二氧化硫', '氮氧化物', '烟尘', '粉尘',
  '废水', '废气', '固体废物', '固废', 'PM2.5', 'PM10', '雾霾', '失业', '事故', '死亡率', '贫困', '负债', '债务率', '赤字', '碳强度',
  '不良贷款', '基尼', '城乡收入比', '收入差距', '恩格尔',
  'emission', 'pollution', 'energy intensity', 'energy use per', 'carbon intensity', 'co2', 'so2', 'unemployment', 'poverty',
  'mortality', 'accident', 'debt', 'gini',
];

export interface ProposedDirection {
  direction: 1 | -1;
  /** The word that made it -1, shown to the user for review. */
  keyword?: string;
}

export function proposeDirection(name: string): ProposedDirection {
  const lower = name.toLowerCase();
  const keyword = LESS_IS_BETTER.find((word) => lower.includes(word.toLowerCase()));
  return keyword === undefined ? { direction: 1 } : { direction: -1, keyword };
}

export interface DraftIndicator {
  /** The data column as written; the framework's name matches it, so no `columns:` map is needed. */
  header: string;
  code: string;
  name: { zh: string; en: string };
  unit?: string;
  direction: 1 | -1;
  keyword?: string;
}

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;

/** Each header → a draft indicator; codes are unique (`x01` … or the header when it is an identifier). */
export function draftIndicators(headers: readonly string[]): DraftIndicator[] {
  const width = String(headers.length).length < 2 ? 2 : String(headers.length).length;
  const used = new Set<string>();
  return headers.map((header, i) => {
    const { name, unit } = parseHeader(header);
    let code = IDENTIFIER.test(header.trim()) ? header.trim() : `x${String(i + 1).padStart(width, '0')}`;
    while (used.has(code)) code = `${code}_`;
    used.add(code);
    const { direction, keyword } = proposeDirection(name);
    return { header, code, name: { zh: name, en: name }, ...(unit ? { unit } : {}), direction, ...(keyword ? { keyword } : {}) };
  });
}

/**
 * Draft indicators → framework nodes: a root `INDEX` with one pillar `P1` holding every indicator, equal
 * weights. The user splits P1 into pillars (add nodes, change `parent`).
 */
export function draftFrameworkNodes(indicators: readonly DraftIndicator[]): FrameworkNode[] {
  return [
    { code: 'INDEX', name: { zh: '综合指数', en: 'Composite index' }, level: 3, parent: null, direction: 1, weight: 1 },
    { code: 'P1', name: { zh: '维度1', en: 'Pillar 1' }, level: 2, parent: 'INDEX', direction: 1, weight: 1 },
    ...indicators.map(
      (d): FrameworkNode => ({ code: d.code, name: d.name, level: 1, parent: 'P1', direction: d.direction, weight: 1, ...(d.unit ? { unit: d.unit } : {}) }),
    ),
  ];
}
