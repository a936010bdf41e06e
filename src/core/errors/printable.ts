/** The longest piece of data text a message shows (a 60 MB cell was once echoed whole). */
export const MAX_SHOWN_CHARS = 1000;

/**
 * Characters that must not reach a terminal raw: C0 and C1 controls and DEL (ESC starts clear-screen,
 * OSC window titles and hyperlinks, SGR hidden text), and the invisible format characters that reorder
 * or hide text (bidi overrides and isolates, zero-width characters, BOM).
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

/**
 * Data text → text safe to print: every unsafe character written as an escape (`\x1b`, `\u202e`), the
 * whole cut to `max` characters with "…". Pure; used wherever text from a data file reaches a message.
 *
 * @example printable('北京\x1b]0;owned\x07') // => '北京\\x1b]0;owned\\x07'
 */
export function printable(text: string, max = MAX_SHOWN_CHARS): string {
  let shown = text.length > max ? text.slice(0, max) : text;
  if (shown.length < text.length && /[\ud800-\udbff]$/.test(shown)) shown = shown.slice(0, -1);
  const escaped = shown.replace(UNSAFE, escapeChar);
  return shown.length < text.length ? `${escaped}…` : escaped;
}

function escapeChar(ch: string): string {
  const code = ch.charCodeAt(0);
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}
