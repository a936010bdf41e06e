/** JSON Pointer (RFC 6901) segments: "/params/a~1b" → ["params", "a/b"]. */
export function pointerSegments(pointer: string): string[] {
  return pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** One key as a JSON Pointer segment: "a/b" → "a~1b". */
export function pointerSegment(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether `pointer` addresses a place inside `document`: every segment but the last must exist; the last
 * may be a new key of an object (an optional parameter not given) or an existing array index.
 */
export function pointerResolves(document: unknown, segments: string[]): boolean {
  let node = document;
  for (let k = 0; k < segments.length; k++) {
    const key = segments[k];
    const last = k === segments.length - 1;
    if (Array.isArray(node)) {
      if (!/^\d+$/.test(key) || Number(key) >= node.length) return false;
      node = node[Number(key)];
    } else if (isRecord(node)) {
      if (!(key in node) && !last) return false;
      node = node[key];
    } else {
      return false;
    }
  }
  return true;
}

/** A copy of `document` with the value at `segments` replaced (copies only along the path). */
export function setAtPointer<T>(document: T, segments: string[], value: unknown): T {
  if (segments.length === 0) return value as T;
  const [key, ...rest] = segments;
  if (Array.isArray(document)) {
    const copy = [...document];
    copy[Number(key)] = setAtPointer(copy[Number(key)], rest, value);
    return copy as T;
  }
  const record = document as Record<string, unknown>;
  return { ...record, [key]: setAtPointer(record[key], rest, value) } as T;
}
