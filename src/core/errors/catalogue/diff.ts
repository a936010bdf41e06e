import type { Message } from '../messages.js';

/** Messages of build comparison (`nqpf diff`). */
export const diffMessages: Record<string, Message> = {
  DIFF_NO_COMMON_YEAR: {
    zh: '两次构建没有共同的年份可比较（A：{yearsA}；B：{yearsB}）',
    en: 'the two builds share no year to compare (A: {yearsA}; B: {yearsB})',
  },
};
