import { NqpfError } from '../core/errors/nqpf-error.js';

export type Encoding = 'auto' | 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * Bytes → text. A BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and if that fails
 * GB18030 (a superset of GBK: what Excel on Chinese Windows writes). NUL bytes without a BOM mean
 * UTF-16 or a binary file: an error rather than a guess. Browser-safe (TextDecoder).
 */
export function decodeText(bytes: Uint8Array, file: string, encoding: Encoding = 'auto'): { text: string; encoding: string } {
  if (encoding !== 'auto') return { text: strip(decode(bytes, encoding, file)), encoding };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decode(bytes.subarray(3), 'utf-8', file), encoding: 'utf-8' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode(bytes.subarray(2), 'utf-16le', file), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode(bytes.subarray(2), 'utf-16be', file), encoding: 'utf-16be' };
  if (bytes.includes(0)) {
    throw new NqpfError('ENCODING', { detail: 'NUL bytes without a byte-order mark (UTF-16 without BOM, or not a text file)' }, { file });
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decode(bytes, 'gb18030', file), encoding: 'gb18030' };
  }
}

function decode(bytes: Uint8Array, encoding: string, file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new NqpfError('ENCODING', { detail: `not valid ${encoding}` }, { file });
  }
}

function strip(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
