import type { Lang } from '../core/index.js';
import type { DraftIndicator } from '../core/framework/draft-from-headers.js';
import type { FrameworkNode } from '../core/model/types.js';
import { CHINA_PROVINCES } from '../core/regions/index.js';
import { toCsv } from '../io/csv-write.js';

/** The texts `nqpf init` writes (commands/init.ts). */

export function projectMarker(lang: Lang): string {
  return lang === 'zh'
    ? '# nqpf 项目根目录标记（由 nqpf init 写入）：此目录及其子目录中的规格可读取项目内的任何文件，\n# 例如 specs/my.yaml 中写 data: ../data/panel.csv。删除本文件即恢复为“规格只读取自己目录中的文件”。\n'
    : '# nqpf project root (written by nqpf init): specs in this folder and below may read any file inside it,\n# e.g. data: ../data/panel.csv in specs/my.yaml. Delete this file to let specs read only beside themselves.\n';
}

const q = (text: string) => JSON.stringify(text);

export function specYaml(data: { data: string; regions?: 'china-provinces'; clean: boolean; missingDrop?: boolean }, lang: Lang): string {
  const zh = lang === 'zh';
  const dataRef = [`path: ${q(data.data)}`, ...(data.regions ? [`regions: ${data.regions}`] : []), ...(data.clean ? ['clean: true'] : [])].join(', ');
  return `# ${zh ? '新质生产力指数规格：framework.yaml 是指标体系，data 是数据（宽表：地区、年份、每个指标一列；列名可为指标代码或名称，可带单位如 (%)）' : 'Index spec: framework.yaml is the indicator system; data is the table (wide: region, year, one column per indicator; headers may be codes or names, a unit such as (%) may follow)'}
name: { zh: 我的新质生产力指数, en: My NQPF index }
framework: { path: framework.yaml${data.missingDrop ? ', missing: drop' : ''} }
# ${zh ? '列名既不是代码也不是名称时，用 columns 写明对应：columns: { "我的列名": 指标代码 }' : 'headers that are neither code nor name: map them with columns: { "my header": indicator_code }'}
data: { ${dataRef} }
seed: 42
steps:
  - { op: normalize, method: min-max, params: { range: [0, 1], pooled: true } }
  - { op: weight, method: entropy, params: { shift: 0.0001, pooled: true, scope: all } }
  - { op: aggregate, method: arithmetic }
# ${zh ? '诊断分析（去掉 # 即启用；方法与公式见 docs/METHODS.md，nqpf methods 列出全部）' : 'Diagnostics (remove the # to use; formulas in docs/METHODS.md, all listed by nqpf methods)'}
# analyses:
#   - { op: trends }
#   - { op: obstacle, params: { top: 5 } }
#   - { op: coupling, method: classic }
#   - { id: theil, op: disparity, method: theil, params: { groups: region4 } }
#   - { op: typology }
# ${zh ? '稳健性检验（nqpf sensitivity spec.yaml）：改变方法与权重，看排名是否稳定' : 'Robustness (nqpf sensitivity spec.yaml): vary methods and weights, see whether the ranking holds'}
# uncertainty:
#   runs: 200
#   vary:
#     - { step: normalize, pointer: /method, values: [min-max, z-score], name: normalisation }
#     - { step: weight, pointer: /params/noise, values: [0.25], name: weight noise }
`;
}

/** A framework drafted from the user's headers: one pillar, each direction a proposal to review. */
export function frameworkYaml(drafts: readonly DraftIndicator[], lang: Lang): string {
  const zh = lang === 'zh';
  const lines = [
    `# ${zh ? '由数据表头起草的指标体系：请检查每个指标的方向（1 = 越大越好，-1 = 越小越好），可把 P1 拆成多个维度（增加节点并修改 parent）' : 'Framework drafted from the data\'s headers: check each direction (1 = more is better, -1 = less is better); split P1 into pillars (add nodes, change parent)'}`,
    'code: my-framework',
    'name: { zh: 我的指标体系, en: My framework }',
    'nodes:',
    '  - { code: INDEX, name: { zh: 综合指数, en: Composite index } }',
    '  - { code: P1, name: { zh: 维度1, en: Pillar 1 }, parent: INDEX, weight: 1 }',
  ];
  for (const d of drafts) {
    const review = d.keyword
      ? zh ? `review: 含“${d.keyword}”，建议为越小越好` : `review: "${d.keyword}" suggests less is better`
      : zh ? 'review: 默认越大越好' : 'review: more is better by default';
    const unit = d.unit ? `, unit: ${q(d.unit)}` : '';
    lines.push(`  - { code: ${d.code}, name: { zh: ${q(d.name.zh)}, en: ${q(d.name.en)} }, parent: P1, direction: ${d.direction}, weight: 1${unit} }  # ${review}`);
  }
  return `${lines.join('\n')}\n`;
}

/** region, year and one column per indicator (name and unit: matched back by name), the 31 provinces × 2018–2022. */
export function templateCsv(indicators: readonly FrameworkNode[], lang: Lang): string {
  const zh = lang === 'zh';
  const header = [zh ? '地区' : 'region', zh ? '年份' : 'year', ...indicators.map((n) => `${zh ? n.name.zh : n.name.en}${n.unit ? `(${n.unit})` : ''}`)];
  const rows = [2018, 2019, 2020, 2021, 2022].flatMap((year) => CHINA_PROVINCES.map((p) => [zh ? p.short : p.name.en, year, ...indicators.map(() => null)]));
  return toCsv(header, rows);
}
