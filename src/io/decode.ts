import { NqpfError } from '../core/errors/nqpf-error.js';

export type Encoding = 'auto' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and if that fails
 * GB18030 (a superset of GBK: what Excel on Chinese Windows writes). Guesses that would read garbage
 * are errors instead: NUL bytes without a BOM (UTF-16 without BOM, or a binary file) are
 * ENCODING_UTF16_NO_BOM, and a file with some lines in UTF-8 (Chinese text that is valid UTF-8) and
 * others not is ENCODING_MIXED, located at the first line that is not UTF-8. Browser-safe (TextDecoder).
 */
export function decodeText(bytes: Uint8Array, file: string, encoding: Encoding = 'auto'): { text: string; encoding: string } {
  if (encoding !== 'auto') return { text: strip(decode(bytes, encoding, file)), encoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = tryDecode(bytes.subarray(3), 'utf-8');
    if (text !== null) return { text, encoding: 'utf-8' };
    const { utf8, other } = scanLines(bytes.subarray(3));
    throw utf8 ? new NqpfError('ENCODING_MIXED', { utf8, other }, { file, row: other }) : new NqpfError('ENCODING_INVALID', { encoding: 'utf-8' }, { file, row: other });
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };
  if (bytes.includes(0)) throw new NqpfError('ENCODING_UTF16_NO_BOM', {}, { file });
  const text = tryDecode(bytes, 'utf-8');
  if (text !== null) return { text, encoding: 'utf-8' };
  const { utf8, other } = scanLines(bytes);
  if (utf8) throw new NqpfError('ENCODING_MIXED', { utf8, other }, { file, row: other });
  return { text: decode(bytes, 'gb18030', file), encoding: 'gb18030' };
}

const HAN = /[\u3000-\u9fff\uff00-\uffef]/;

/**
 * For bytes that are not UTF-8 as a whole: the first line that is not UTF-8 (`other`), and the first
 * line that is valid UTF-8 holding Chinese text (`utf8`, 0 if none). Both present means the file mixes
 * encodings: a GBK line is almost never valid UTF-8 Chinese by chance.
 */
function scanLines(bytes: Uint8Array): { utf8: number; other: number } {
  let utf8Line = 0;
  let otherLine = 0;
  let line = 1;
  let start = 0;
  for (let i = 0; i <= bytes.length && !(utf8Line && otherLine); i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    const slice = bytes.subarray(start, i);
    if (slice.some((b) => b >= 0x80)) {
      const text = tryDecode(slice, 'utf-8');
      if (text === null) otherLine ||= line;
      else if (HAN.test(text)) utf8Line ||= line;
    }
    line++;
    start = i + 1;
  }
  return { utf8: utf8Line, other: otherLine };
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function decode(bytes: Uint8Array, encoding: string, file: string): string {
  const text = tryDecode(bytes, encoding);
  if (text === null) throw new NqpfError('ENCODING_INVALID', { encoding }, { file });
  return text;
}

function strip(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
