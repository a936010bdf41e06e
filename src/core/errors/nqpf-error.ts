import { formatMessage, type Lang } from './messages.js';
import { printable } from './printable.js';
import { summarizeErrors } from './summarize.js';

/** Where a problem is: a data file position, a JSON Pointer into the spec, or a step. */
export interface ErrorLocation {
  file?: string;
  row?: number;
  column?: string;
  pointer?: string;
  step?: string;
}

/**
 * The one error type nqpf throws on bad input. `code` keys the zh/en message catalogue;
 * `params` fill its template; `where` locates the culprit. The CLI prints it without a stack.
 */
export class NqpfError extends Error {
  readonly code: string;
  readonly params: Record<string, unknown>;
  readonly where: ErrorLocation;

  constructor(code: string, params: Record<string, unknown> = {}, where: ErrorLocation = {}) {
    super(formatMessage(code, params, 'en'));
    this.name = 'NqpfError';
    this.code = code;
    this.params = params;
    this.where = where;
  }

  /** `file:row:column: message` (or `pointer: message`), in the requested language. */
  format(lang: Lang = 'en'): string {
    return `${locationPrefix(this.where)}${formatMessage(this.code, this.params, lang)}`;
  }
}

/**
 * Several problems found in one pass (spec validation, data ingest): all are reported at once, many of
 * one kind summarised (summarize.ts).
 */
export class NqpfErrors extends Error {
  readonly errors: NqpfError[];

  constructor(errors: NqpfError[]) {
    const summarized = summarizeErrors(errors, (code, params, where) => new NqpfError(code, params, where));
    super(summarized.map((e) => e.format('en')).join('\n'));
    this.name = 'NqpfErrors';
    this.errors = summarized;
  }
}

export function locationPrefix(where: ErrorLocation): string {
  const parts: string[] = [];
  // A file name, a column name and a pointer can come from the data: printed escaped and cut like any value.
  if (where.file !== undefined) parts.push(printable(where.file));
  if (where.row !== undefined) parts.push(String(where.row));
  if (where.column !== undefined) parts.push(printable(where.column));
  if (where.pointer !== undefined) parts.push(where.pointer === '' ? '/' : printable(where.pointer));
  if (where.step !== undefined && where.pointer === undefined) parts.push(`step ${printable(where.step)}`);
  return parts.length > 0 ? `${parts.join(':')}: ` : '';
}

/** Throw all gathered problems: one as itself, several together. */
export function throwAll(errors: NqpfError[]): void {
  if (errors.length === 1) throw errors[0];
  // Several become one NqpfErrors, which summarises many of a kind.
  if (errors.length > 1) throw new NqpfErrors(errors);
}

export function isNqpfError(e: unknown): e is NqpfError | NqpfErrors {
  return e instanceof NqpfError || e instanceof NqpfErrors;
}
