/**
 * The examples bundled into the app (so it opens from disk with no network): the China province panel
 * with the three NQPF frameworks, and COINr's ASEM tables. Keys are the paths a spec writes after `nqpf:`.
 */
import { parse } from 'yaml';
import chinaCsv from '../../../data/china-provinces.csv?raw';
import fourPillars from '../../../frameworks/nqpf-four-pillars.yaml?raw';
import techGreenDigital from '../../../frameworks/nqpf-tech-green-digital.yaml?raw';
import threeFactors from '../../../frameworks/nqpf-three-factors.yaml?raw';
import asemData from '../../../data/coinr-asem/iData.csv?raw';
import asemMeta from '../../../data/coinr-asem/iMeta.csv?raw';
import type { ExampleInfo, SpecDocument } from './protocol.js';

export const BUNDLED_FILES: Record<string, string> = {
  'data/china-provinces.csv': chinaCsv,
  'frameworks/nqpf-four-pillars.yaml': fourPillars,
  'frameworks/nqpf-tech-green-digital.yaml': techGreenDigital,
  'frameworks/nqpf-three-factors.yaml': threeFactors,
  'data/coinr-asem/iData.csv': asemData,
  'data/coinr-asem/iMeta.csv': asemMeta,
};

/** The project's main China spec when it exists (specs/china-provinces.yaml), else the same recipe written here. */
const leadSpec = Object.values(import.meta.glob('../../../specs/china-provinces.yaml', { query: '?raw', import: 'default', eager: true }))[0] as string | undefined;

const chinaSteps = [
  { op: 'normalize', method: 'min-max', params: { range: [0, 100], pooled: true } },
  { op: 'weight', method: 'entropy', params: { pooled: true } },
  { op: 'aggregate', method: 'arithmetic' },
  { op: 'rank' },
];

function chinaSpec(framework: string, zh: string, en: string): SpecDocument {
  return {
    name: { zh, en },
    framework: { path: `nqpf:frameworks/${framework}.yaml`, missing: 'drop' },
    data: { path: 'nqpf:data/china-provinces.csv', regions: 'china-provinces' },
    steps: chinaSteps,
  };
}

const mainChina: SpecDocument = leadSpec
  ? (parse(leadSpec) as SpecDocument)
  : chinaSpec('nqpf-four-pillars', '中国省域新质生产力指数（四维框架，熵值法）', 'NQPF index of China\'s provinces (four pillars, entropy weights)');

export const EXAMPLES: ExampleInfo[] = [
  { id: 'china-four-pillars', title: { zh: '中国 31 省 · 四维框架', en: 'China 31 provinces · four pillars' }, spec: mainChina },
  {
    id: 'china-three-factors',
    title: { zh: '中国 31 省 · 三要素框架', en: 'China 31 provinces · three factors' },
    spec: chinaSpec('nqpf-three-factors', '中国省域新质生产力指数（三要素框架，熵值法）', 'NQPF index of China\'s provinces (three factors, entropy weights)'),
  },
  {
    id: 'china-tech-green-digital',
    title: { zh: '中国 31 省 · 科技—绿色—数字框架', en: 'China 31 provinces · technology, green, digital' },
    spec: chinaSpec('nqpf-tech-green-digital', '中国省域新质生产力指数（科技—绿色—数字，熵值法）', 'NQPF index of China\'s provinces (technology, green, digital; entropy)'),
  },
  {
    id: 'asem',
    title: { zh: 'COINr 示例 · 亚欧会议互联互通', en: 'COINr example · ASEM connectivity' },
    spec: {
      name: { zh: '亚欧会议可持续互联互通指数（COINr 示例）', en: 'ASEM Sustainable Connectivity (COINr example)' },
      framework: { format: 'coinr', path: 'nqpf:data/coinr-asem/iMeta.csv' },
      data: { format: 'coinr', path: 'nqpf:data/coinr-asem/iData.csv' },
      steps: [
        { op: 'normalize', method: 'min-max', params: { range: [0, 100] } },
        { op: 'aggregate', method: 'arithmetic' },
        { op: 'rank' },
      ],
    },
  },
];
