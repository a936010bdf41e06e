import { Inflate } from 'fflate';

/** Why a zip was refused: not a zip we can read, or more bytes than allowed once inflated. */
export class ZipRefused extends Error {
  constructor(
    readonly reason: 'invalid' | 'too-large' | 'declared-too-large',
    readonly detail: { message?: string; entry?: string; declared?: number; limit?: number },
  ) {
    super(detail.message ?? reason);
  }
}

/**
 * Compressed bytes handed to the inflater at a time: at most ~1032× this (deflate's ratio), ~1 MiB, comes out
 * per step, so the count is checked before a bomb's output can grow far past an entry's declared size.
 */
const SLICE = 1024;

/**
 * A zip's entries, inflated with the total counted as it grows: the sizes the file declares are not
 * trusted (issue 17: entries declaring 3 MB inflated to 3 GB), so inflation stops as soon as an entry's real
 * output passes its declared size (the central directory's, exact in every honest zip) or the running total
 * passes `limit` bytes. Memory thus stays within the declared sizes, whose sum is checked against `limit` first. Entries are found through the central directory (APPNOTE 4.3.12); only
 * stored (0) and deflated (8) entries, no ZIP64 (a workbook over 4 GB is refused anyway).
 * `want` picks the entries to inflate; the others are skipped unread. `watch` sees each entry's bytes as
 * they inflate and may throw to stop early (a count of shared strings is over long before the entry ends).
 */
export function unzipBounded(
  bytes: Uint8Array,
  limit: number,
  want: (name: string) => boolean = () => true,
  watch: (name: string) => ((chunk: Uint8Array) => void) | undefined = () => undefined,
): Map<string, Uint8Array> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, Uint8Array>();
  let total = 0;
  let declaredTotal = 0;
  const found: { name: string; method: number; compressedSize: number; declared: number; localOffset: number }[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ZipRefused('invalid', { message: 'bad central directory' });
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const declared = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    declaredTotal += declared;
    if (want(name) && !name.endsWith('/')) found.push({ name, method, compressedSize, declared, localOffset });
  }
  // An honest but huge archive is refused before anything is inflated; a lying one while it inflates.
  if (declaredTotal > limit) throw new ZipRefused('declared-too-large', { declared: declaredTotal });
  for (const { name, method, compressedSize, declared, localOffset } of found) {
    if (compressedSize === 0xffffffff || localOffset === 0xffffffff) throw new ZipRefused('invalid', { message: 'ZIP64 archives are not supported' });
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) throw new ZipRefused('invalid', { message: `bad local header of ${name}` });
    const start = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
    const data = bytes.subarray(start, start + compressedSize);
    if (data.length !== compressedSize) throw new ZipRefused('invalid', { message: `${name} is cut short` });
    const room = Math.min(limit - total, declared);
    const see = watch(name);
    const content = method === 0 ? stored(data, room, name, declared) : method === 8 ? inflated(data, room, name, declared, see) : null;
    if (method === 0) see?.(data);
    if (content === null) throw new ZipRefused('invalid', { message: `${name}: compression method ${method} is not supported` });
    total += content.length;
    entries.set(name, content);
  }
  return entries;
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535.
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) return i;
  }
  throw new ZipRefused('invalid', { message: 'no end of central directory' });
}

function stored(data: Uint8Array, room: number, entry: string, declared: number): Uint8Array {
  if (data.length > room) throw new ZipRefused('too-large', { entry, declared, limit: room });
  return data;
}

function inflated(data: Uint8Array, room: number, entry: string, declared: number, see?: (chunk: Uint8Array) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let done = false;
  let stopped: unknown;
  const inflater = new Inflate((chunk, final) => {
    size += chunk.length;
    if (size > room) throw new ZipRefused('too-large', { entry, declared, limit: room });
    try {
      see?.(chunk);
    } catch (e) {
      stopped = e;
      throw e;
    }
    chunks.push(chunk);
    done ||= final;
  });
  try {
    for (let i = 0; i < data.length && !done; i += SLICE) inflater.push(data.subarray(i, Math.min(i + SLICE, data.length)), i + SLICE >= data.length);
    if (data.length === 0) inflater.push(data, true);
  } catch (e) {
    if (e instanceof ZipRefused || e === stopped) throw e;
    throw new ZipRefused('invalid', { message: `${entry}: ${(e as Error)?.message ?? e}` });
  }
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) (out.set(chunk, at), (at += chunk.length));
  return out;
}
