import type { Lang } from '../core/errors/messages.js';

/** Said on Ctrl-C / SIGTERM, by the CLI in-process and by its supervisor (which loads nothing else). */
export function interruptedMessage(lang: Lang): string {
  return lang === 'zh' ? '已中断，未写出任何结果' : 'interrupted; no output was written';
}
