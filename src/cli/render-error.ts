import { isNqpfError, NqpfError } from '../core/errors/nqpf-error.js';
import type { Lang } from '../core/errors/messages.js';
import { printable } from '../core/errors/printable.js';

/** Every problem on its own line, located, in the user's language; never a stack trace for bad input. */
export function renderError(error: unknown, lang: Lang): string {
  if (isNqpfError(error)) {
    const list = error instanceof NqpfError ? [error] : error.errors;
    return list.map((e) => `nqpf: ${lang === 'zh' ? '错误' : 'error'}: ${e.format(lang)}`).join('\n');
  }
  // An unexpected error's text may quote data: escaped and cut like every value a message shows.
  const message = printable(error instanceof Error ? error.message : String(error), 2000);
  return `nqpf: internal error: ${message}\n(please report this with the spec that caused it)`;
}
