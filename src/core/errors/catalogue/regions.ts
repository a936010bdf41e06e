import type { Message } from '../messages.js';

/** Region registry messages. */
export const regionMessages: Record<string, Message> = {
  DUPLICATE_REGION: {
    zh: '"{first}" 与 "{second}" 都对应地区 {code}（{name}）',
    en: '"{first}" and "{second}" both name region {code} ({name})',
  },
  AMBIGUOUS_REGION: {
    zh: '地区名称 "{name}" 有歧义；可能是：{suggestions}',
    en: 'region name "{name}" is ambiguous; could be: {suggestions}',
  },
};
