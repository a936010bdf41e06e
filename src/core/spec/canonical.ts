/**
 * Canonical JSON: keys sorted, no whitespace, typed arrays as arrays — the form hashed and compared
 * (spec diff, regenerate, byte-identical outputs).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    // Default sort compares UTF-16 code units, as `<` does. A loop, not fromEntries (several times faster),
    // into a prototype-less object, so a key "__proto__" stays a plain key.
    const sorted: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) sorted[key] = sortKeys(v);
    }
    return sorted;
  }
  return value;
}
