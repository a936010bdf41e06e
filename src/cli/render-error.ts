import { isNqpfError, NqpfError } from '../core/errors/nqpf-error.js';
import type { Lang } from '../core/errors/messages.js';

/** Every problem on its own line, located, in the user's language; never a stack trace for bad input. */
export function renderError(error: unknown, lang: Lang): string {
  if (isNqpfError(error)) {
    const list = error instanceof NqpfError ? [error] : error.errors;
    return list.map((e) => `nqpf: ${lang === 'zh' ? '错误' : 'error'}: ${e.format(lang)}`).join('\n');
  }
  const message = error instanceof Error ? error.message : String(error);
  return `nqpf: internal error: ${message}\n(please report this with the spec that caused it)`;
}
