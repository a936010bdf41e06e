import type { Message } from '../messages.js';

/** Messages of the method library: denominate, impute, screen, treat, normalize, weight, aggregate. */
export const methodMessages: Record<string, Message> = {
  DENOMINATOR_ZERO: {
    zh: '指标 {indicator} 的分母 {denominator} 在 {region} {year} 为 0',
    en: 'denominator {denominator} of {indicator} is 0 for {region} {year}',
  },
  DENOMINATED: { zh: '{indicator} 已除以 {detail}', en: '{indicator} divided by {detail}' },
  IMPUTE_CHANGED_VALUE: {
    zh: '插补方法 {method} 改变了 {indicator} 的已有数值（内部错误）',
    en: 'imputation {method} changed a present value of {indicator} (internal error)',
  },
  IMPUTED: { zh: '{region} {year} {indicator} 以 {method} 插补为 {value}', en: '{region} {year} {indicator} imputed by {method}: {value}' },
  UNKNOWN_REGION_CODE: { zh: '地区代码 "{code}" 不在数据中', en: 'region code "{code}" is not in the data' },
  SCREEN_EMPTY: { zh: '筛选后没有剩余的{what}；请降低阈值', en: 'no {what} left after screening; lower the threshold' },
  SCREENED_REGION: { zh: '剔除地区 {region}：{detail}', en: 'region {region} dropped: {detail}' },
  SCREENED_INDICATOR: { zh: '剔除指标 {indicator}：{detail}', en: 'indicator {indicator} dropped: {detail}' },
  WEIGHT_OF_DROPPED_NODE: { zh: '权重表中的 {indicator} 已被剔除（数据中没有或已筛除），其权重不再使用', en: 'weight for {indicator} ignored: the node was dropped (not in the data, or screened out)' },
  TREATMENT: { zh: '{indicator} 处理：{detail}', en: '{indicator} treated: {detail}' },
  WINSORISED: { zh: '{region} {year} {indicator} 缩尾：{from} → {value}', en: '{region} {year} {indicator} winsorised: {from} → {value}' },
  LOG_TRANSFORMED: { zh: '{indicator} 以 {method} 取对数：{detail}', en: '{indicator} log-transformed by {method}: {detail}' },
  MISSING_TARGET: {
    zh: '指标 {indicator} 没有 {field}；请在指标体系或步骤参数中给出',
    en: 'indicator {indicator} has no {field}; give it in the framework or the step params',
  },
  MISSING_REFERENCE: { zh: '参照地区 {region} 的 {indicator} 在 {year} 缺失', en: 'reference region {region} has no value of {indicator} in {year}' },
  AHP_MATRIX: { zh: '"{parent}" 的判断矩阵无效：{detail}', en: 'pairwise matrix of "{parent}" is invalid: {detail}' },
  AHP_INCONSISTENT: { zh: '"{indicator}" 的判断矩阵一致性比率 CR = {value} > 0.1（{detail}）', en: 'pairwise matrix of "{indicator}" has consistency ratio CR = {value} > 0.1 ({detail})' },
  PCA_NEGATIVE_LOADING: { zh: '{indicator} 在第一主成分上的载荷为负（{value}；{detail}）', en: '{indicator} loads negatively on the first component ({value}; {detail})' },
};
