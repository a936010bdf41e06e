import { NqpfError } from '../errors/nqpf-error.js';

/**
 * `__proto__` keys anywhere in a spec document, each an error at its JSON Pointer. The YAML and JSON
 * parsers keep such a key as an own property, but the schema's records drop it without a word (issue 17:
 * `framework.overrides: { __proto__: … }` was silently ignored), so it is refused like any unknown key.
 */
export function reservedKeyErrors(document: unknown, pointer = ''): NqpfError[] {
  if (document === null || typeof document !== 'object') return [];
  const errors: NqpfError[] = [];
  for (const key of Object.keys(document)) {
    const here = `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (key === '__proto__') errors.push(new NqpfError('SPEC_RESERVED_KEY', { key }, { pointer: here }));
    else errors.push(...reservedKeyErrors((document as Record<string, unknown>)[key], here));
  }
  return errors;
}
