import type { Message } from '../messages.js';

/** Uncertainty and sensitivity analysis, and the statistical audit. */
export const uncertaintyMessages: Record<string, Message> = {
  UNCERTAINTY_MISSING: { zh: '规格文件没有 uncertainty: 部分', en: 'the spec has no uncertainty: block' },
  UNCERTAINTY_UNKNOWN_STEP: { zh: '没有 id 为 "{step}" 的步骤；可用：{known}', en: 'no step with id "{step}"; known: {known}' },
  UNCERTAINTY_POINTER: {
    zh: '指针 {pointer} 在步骤 "{step}" 中不存在（不能修改 /id 或 /op）',
    en: 'pointer {pointer} does not resolve in step "{step}" (/id and /op cannot vary)',
  },
  UNCERTAINTY_DUPLICATE: {
    zh: '步骤 "{step}" 的指针 {pointer} 与另一个不确定因素重叠',
    en: 'pointer {pointer} of step "{step}" overlaps another uncertain factor',
  },
  UNCERTAINTY_RANGE: { zh: '区间 [{low}, {high}] 无效：下限须小于上限', en: 'invalid range [{low}, {high}]: low must be below high' },
  UNCERTAINTY_VALUE: {
    zh: '取值 {value} 使步骤 "{step}" 无效：{detail}',
    en: 'value {value} makes step "{step}" invalid: {detail}',
  },
  UNCERTAINTY_TARGET: { zh: '目标节点 "{target}" 不存在或没有得分', en: 'target node "{target}" does not exist or has no scores' },
  UNCERTAINTY_INTERRUPTED_KEPT: {
    zh: '已中断：{total} 次运行中完成 {done} 次；{path} 中之前的结果保持不变，未写出任何内容',
    en: 'interrupted: {done} of {total} runs finished; the earlier output in {path} was kept as it was and nothing was written',
  },
  UNCERTAINTY_INTERRUPTED: {
    zh: '已中断：{total} 次运行中完成 {done} 次，已写入 {path}（见 INTERRUPTED.txt）',
    en: 'interrupted: {done} of {total} runs finished and were written to {path} (see INTERRUPTED.txt)',
  },
  UNCERTAINTY_TYPE: { zh: '分析类型 "{type}" 无效：应为 uncertainty 或 sensitivity', en: 'invalid analysis type "{type}": use uncertainty or sensitivity' },
  UNCERTAINTY_OPTION: { zh: '选项 {option} 须为正整数，收到 "{value}"', en: 'option {option} must be a positive integer, got "{value}"' },
};
