import type { Message } from '../messages.js';

/** Messages of the guidance blocks (issue 15): scenarios, paths, projection, targets (src/core/guidance). */
export const guidanceMessages: Record<string, Message> = {
  GUIDANCE_DUPLICATE_ID: { zh: '{block} 中的 id "{id}" 与 {first} 重复', en: 'duplicate id "{id}" in {block} (also at {first})' },
  GUIDANCE_UNKNOWN_REGION: { zh: '数据中没有地区 "{region}"（可用名称或代码，例如：{known}）', en: 'no region "{region}" in the data (names or codes, e.g. {known})' },
  GUIDANCE_UNKNOWN_INDICATOR: { zh: '构建中没有指标 "{indicator}"；可用：{known}', en: 'no indicator "{indicator}" in the build; known: {known}' },
  GUIDANCE_UNKNOWN_NODE: { zh: '指标体系中没有节点 "{node}"；可用：{known}', en: 'no node "{node}" in the framework; known: {known}' },
  GUIDANCE_UNKNOWN_YEAR: { zh: '数据中没有 {year} 年；可用年份：{years}', en: 'no year {year} in the data; years: {years}' },
  GUIDANCE_MISSING_VALUE: {
    zh: '地区 {region} {year} 年的 "{indicator}" 缺失：{change} 无从改起（请用 set 或 to）',
    en: '"{indicator}" is missing for {region} in {year}: {change} has nothing to change (use set or to)',
  },
  GUIDANCE_IMPOSSIBLE_VALUE: {
    zh: '{change} 使地区 {region} {year} 年的 "{indicator}" 变为 {value}：该指标在数据中从不为负',
    en: '{change} makes "{indicator}" of {region} in {year} {value}: the indicator is never negative in the data',
  },
  GUIDANCE_REBUILD_FAILED: { zh: '改动后的数据无法按同一方案构建：{detail}', en: 'the changed data cannot be built with the same recipe: {detail}' },
  GUIDANCE_HELD_NO_NORMALIZE: {
    zh: 'rebuild: false 保持标准化的上下界，但方案中没有 normalize 步骤（请用 rebuild: true）',
    en: 'rebuild: false holds the normalisation bounds, but the spec has no normalize step (use rebuild: true)',
  },
  GUIDANCE_HELD_NOT_AFFINE: {
    zh: 'rebuild: false 保持标准化的上下界，但 "{method}" 对 "{indicator}"（{year}）不是数据的固定线性变换（请用 rebuild: true）',
    en: 'rebuild: false holds the normalisation bounds, but "{method}" is not a fixed linear map of "{indicator}" ({year}) (use rebuild: true)',
  },
  GUIDANCE_HELD_TREATED: {
    zh: 'rebuild: false 按数据原单位改动，但 "{indicator}" 在标准化之前被变换（缩尾、取对数或分母化）：请用 rebuild: true',
    en: 'rebuild: false edits in the data\'s units, but "{indicator}" is transformed before normalisation (winsorised, logged or denominated): use rebuild: true',
  },
  PATH_TARGET_MET: {
    zh: '路径 "{id}"：地区 {region} {year} 年已达到目标 {target}（{node} 排名 {rank}，得分 {score}）',
    en: 'path "{id}": {region} already meets {target} in {year} ({node} rank {rank}, score {score})',
  },
  PATH_INFEASIBLE: {
    zh: '路径 "{id}"：在限定范围内无法达到目标 {target}；最好可达排名 {rank}（得分 {score}）；起约束作用的限制：{limits}',
    en: 'path "{id}": {target} is out of reach within the limits; best reachable rank {rank} (score {score}); binding limits: {limits}',
  },
  PATH_LP_FAILED: { zh: '路径 "{id}" 的线性规划未能求解：{detail}', en: 'the linear program of path "{id}" was not solved: {detail}' },
  PROJECTION_NOT_AFTER: { zh: '预测终止年 {to} 须晚于数据的最后一年 {last}', en: 'projection to {to} must end after the last year of the data ({last})' },
  PROJECTION_TIMELESS: { zh: '数据没有年份列，无法外推', en: 'the data has no year column: nothing to extrapolate' },
  PROJECTION_RANGE: { zh: '"{indicator}" 的合理区间 [{low}, {high}] 下限大于上限', en: 'the plausible range [{low}, {high}] of "{indicator}" has its low end above its high end' },
  TARGETS_COLUMNS: { zh: '目标文件须有 indicator、region、year、value 列，现有列：{found}', en: 'a targets file needs columns indicator, region, year and value; found: {found}' },
  TARGETS_NOT_NUMBER: { zh: '目标文件的 {column} 须为数字，得到 "{value}"', en: 'the targets file\'s {column} must be a number, not "{value}"' },
  TARGETS_NOT_LOADED: { zh: '目标文件 "{path}" 未读入（在库中调用时请传入其各行）', en: 'the targets file "{path}" was not read (library callers pass its rows)' },
};
