import { parse } from 'yaml';
import { NqpfError } from '../core/errors/nqpf-error.js';

/**
 * YAML or JSON text → a plain value. Alias expansion is capped (billion-laughs inputs fail fast), and
 * YAML's errors carry line:column.
 */
export function parseYamlOrJson(text: string, file: string): unknown {
  try {
    return parse(text, { maxAliasCount: 100, prettyErrors: false, uniqueKeys: true });
  } catch (e) {
    const error = e as Error & { linePos?: [{ line: number; col: number }] ; code?: string };
    if (error.code === 'ALIAS_COUNT' || /alias/i.test(error.message) && /excessive|count/i.test(error.message)) {
      throw new NqpfError('YAML_ALIASES', {}, { file });
    }
    const pos = error.linePos?.[0];
    throw new NqpfError('SPEC_PARSE', { format: 'YAML', detail: error.message.split('\n')[0] }, { file, ...(pos ? { row: pos.line, column: String(pos.col) } : {}) });
  }
}
