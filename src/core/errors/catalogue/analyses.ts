import type { Message } from '../messages.js';

/** Messages of the analyses over a build (`analyses:` in the spec; src/core/analyses, src/io/node/analysis-inputs.ts). */
export const analysisMessages: Record<string, Message> = {
  ANALYSIS_UNKNOWN_OP: { zh: '未知的分析类型 "{op}"；可用：{known}', en: 'unknown analysis "{op}"; known: {known}' },
  ANALYSIS_UNKNOWN_METHOD: { zh: '分析 "{op}" 没有方法 "{method}"；可用：{known}', en: 'analysis "{op}" has no method "{method}"; known: {known}' },
  ANALYSIS_DUPLICATE_ID: { zh: '分析 id "{id}" 与 {first} 重复；同一类分析出现两次时请分别指定 id', en: 'duplicate analysis id "{id}" (also at {first}); give each analysis of the same op its own id' },
  ANALYSIS_UNKNOWN_NODE: { zh: '指标体系中没有节点 "{node}"；可用：{known}', en: 'no node "{node}" in the framework; known: {known}' },
  ANALYSIS_UNKNOWN_YEAR: { zh: '数据中没有 {year} 年；可用年份：{years}', en: 'no year {year} in the data; years: {years}' },
  ANALYSIS_GROUP_MISSING: { zh: '地区 {region} 没有分组 "{groups}"', en: 'region {region} has no "{groups}" group' },
  ANALYSIS_CONSTANT_NODE: { zh: '"{node}" 在所有地区和年份取值相同，无法缩放到 [0,1]', en: '"{node}" is constant over all regions and years and cannot be rescaled to [0,1]' },
  ANALYSIS_NEEDS_NORMALIZE: { zh: '分析 "{op}" 需要标准化后的指标：请在 steps 中加入 normalize 步骤', en: 'analysis "{op}" needs normalized indicators: add a normalize step' },
  ANALYSIS_MISSING_VALUE: { zh: '"{node}" 在地区 {region} {year} 年缺失，空间与分类分析需要完整的截面', en: '"{node}" is missing for region {region} in {year}; spatial and typology analyses need a complete cross-section' },
  ANALYSIS_WEIGHTS_NEEDED: {
    zh: '地区 {region} 不在内置省域邻接表中：请用 params.weights 指定 GAL 文件或 CSV 边表',
    en: 'region {region} is not in the bundled province contiguity: name a GAL file or CSV edge list in params.weights',
  },
  ANALYSIS_WEIGHTS_UNKNOWN_REGION: { zh: '空间权重 {source} 中没有地区 {region}', en: 'region {region} is not listed in the spatial weights {source}' },
  ANALYSIS_COORDINATES_COLUMNS: {
    zh: '坐标文件需要 region、x、y（或 lon、lat）列，实际为：{found}',
    en: 'a coordinates file needs region, x and y (or lon, lat) columns; found: {found}',
  },
  ANALYSIS_SERIES_NOT_LOADED: {
    zh: '第二个规格文件 "{path}" 未构建（在库中调用时请通过 inputs.analysisFiles 传入其得分序列）',
    en: 'the second spec "{path}" was not built (library callers pass its scores in inputs.analysisFiles)',
  },
  ANALYSIS_SECOND_SPEC_NODE: {
    zh: '第二个规格文件 "{path}" 的结果中没有节点 "{node}"（可用：{known}）',
    en: 'the build of the second spec "{path}" has no node "{node}" (found: {known})',
  },
  ANALYSIS_WEIGHTS_NOT_LOADED: {
    zh: '空间权重文件 "{path}" 未读入（在库中调用时请通过 inputs.analysisFiles 传入）',
    en: 'the spatial weights file "{path}" was not read (library callers pass it in inputs.analysisFiles)',
  },
  ANALYSIS_WEIGHTS_FILE_TYPE: { zh: '空间权重文件须为 .gal 或 .csv，得到 "{ext}"', en: 'a spatial weights file must be .gal or .csv, not "{ext}"' },
  ANALYSIS_EDGE_LIST_COLUMNS: { zh: '边表须有 from 和 to 列（可选 weight 列），现有列：{found}', en: 'an edge list needs columns from and to (weight optional); found: {found}' },
  ANALYSIS_EDGE_LIST_WEIGHT: { zh: '边表权重须为非负数，得到 "{value}"', en: 'edge weights must be non-negative numbers, not "{value}"' },
};
