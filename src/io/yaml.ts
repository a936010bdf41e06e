import { parse } from 'yaml';
import { NqpfError } from '../core/errors/nqpf-error.js';

/**
 * YAML or JSON text → a plain value. Alias expansion is capped (billion-laughs inputs fail fast with
 * YAML_ALIASES), keys must be unique, parse errors carry file:line:column, and the parser's warnings
 * (unknown tags, directives) are not printed. Anything the parser
 * throws becomes an NqpfError; nesting deeper than MAX_NESTING is refused before parsing (a 40 KB
 * spec nested 20,000 deep once killed the process in the parser's regular expressions, exit 134).
 */
export function parseYamlOrJson(text: string, file: string): unknown {
  refuseDeepNesting(text, file);
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

/** Levels of nesting a spec or framework may have (a real one has fewer than ten). */
export const MAX_NESTING = 100;

/**
 * Refuse text nested deeper than MAX_NESTING, located at the bracket or line that goes too deep: flow
 * brackets (`[`, `{`, JSON's only nesting) are counted outside quotes and comments; block nesting by
 * indentation, one level per two columns (the smallest indent that YAML nests with twice per level).
 */
function refuseDeepNesting(text: string, file: string): void {
  let depth = 0;
  let quote = '';
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\' && quote === '"') i++;
      else if (ch === quote) quote = '';
      continue;
    }
    if (ch === '\n') lineStart = i + 1;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === lineStart || /\s/.test(text[i - 1]))) {
      const end = text.indexOf('\n', i);
      if (end < 0) break;
      i = end - 1; // the comment is skipped; the newline is read next
      continue;
    }
    else if (ch === '[' || ch === '{') depth++;
    else if (ch === ']' || ch === '}') depth = Math.max(0, depth - 1);
    const indent = i === lineStart ? /^[ -]*/.exec(text.slice(i, i + 2 * MAX_NESTING + 2))![0].length : 0;
    if (depth > MAX_NESTING || indent > 2 * MAX_NESTING) {
      throw new NqpfError('SPEC_TOO_DEEP', { limit: MAX_NESTING }, { file, ...lineColumn(text, i) });
    }
  }
}
