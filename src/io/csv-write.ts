/**
 * Rows → CSV text: UTF-8 with BOM (Excel on Chinese Windows needs it), CRLF-free, RFC 4180 quoting,
 * numbers at full precision (shortest round-trip form), missing as empty. Text cells that begin with
 * = + - @ (or tab/CR) are prefixed with ' against formula injection (OWASP CSV injection guidance).
 */
export type OutCell = string | number | null | undefined;

export function toCsv(header: string[], rows: Iterable<OutCell[]>): string {
  let text = '';
  for (const chunk of csvChunks(header, rows)) text += chunk;
  return text;
}

/**
 * The same CSV text in pieces of about `chunkChars` characters (the first holds the BOM and header), so a
 * table of millions of rows is written without ever being one string.
 */
export function* csvChunks(header: string[], rows: Iterable<OutCell[]>, chunkChars = 1 << 20): Generator<string> {
  const texts = new Map<string, string>();
  let chunk = `\uFEFF${csvLine(header, texts)}`;
  for (const row of rows) {
    chunk += csvLine(row, texts);
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = '';
    }
  }
  if (chunk) yield chunk;
}

/** The hot path of a multi-million-row table: numbers inline, repeated texts (codes, names) from a small cache. */
function csvLine(cells: OutCell[], texts: Map<string, string>): string {
  let line = '';
  for (let k = 0; k < cells.length; k++) {
    const cell = cells[k];
    let text: string;
    if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
    else if (cell === null || cell === undefined) text = '';
    else {
      let cached = texts.get(cell);
      if (cached === undefined) {
        cached = formatCell(cell);
        if (texts.size < 100_000) texts.set(cell, cached);
      }
      text = cached;
    }
    line = k === 0 ? text : `${line},${text}`;
  }
  return `${line}\n`;
}

export function formatCell(cell: OutCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = escapeFormula(cell);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function escapeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
