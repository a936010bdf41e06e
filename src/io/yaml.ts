import { parse } from 'yaml';
import { NqpfError } from '../core/errors/nqpf-error.js';

/**
 * YAML or JSON text → a plain value. Alias expansion is capped (billion-laughs inputs fail fast with
 * YAML_ALIASES), keys must be unique, parse errors carry file:line:column, and the parser's warnings
 * (unknown tags, directives) are not printed. Anything the parser
 * throws (even a stack overflow on absurd nesting) becomes an NqpfError.
 */
export function parseYamlOrJson(text: string, file: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  } catch (e) {
    const error = e as { message?: unknown; code?: unknown; pos?: unknown };
    const message = String(error?.message ?? e);
    if (/excessive alias count/i.test(message)) throw new NqpfError('YAML_ALIASES', {}, { file });
    const offset = Array.isArray(error?.pos) && typeof error.pos[0] === 'number' ? error.pos[0] : undefined;
    const where = offset === undefined ? {} : lineColumn(text, offset);
    throw new NqpfError('SPEC_PARSE', { format: 'YAML', detail: message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') }, { file, ...where });
  }
}

function lineColumn(text: string, offset: number): { row: number; column: string } {
  const before = text.slice(0, offset);
  const row = before.split('\n').length;
  return { row, column: String(offset - before.lastIndexOf('\n')) };
}
