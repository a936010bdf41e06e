/**
 * Rows → CSV text: UTF-8 with BOM (Excel on Chinese Windows needs it), CRLF-free, RFC 4180 quoting,
 * numbers at full precision (shortest round-trip form), missing as empty. Text cells that begin with
 * = + - @ (or tab/CR) are prefixed with ' against formula injection (OWASP CSV injection guidance).
 */
export type OutCell = string | number | null | undefined;

export function toCsv(header: string[], rows: OutCell[][]): string {
  const lines = [header.map(formatCell), ...rows.map((r) => r.map(formatCell))].map((cells) => cells.join(','));
  return `\uFEFF${lines.join('\n')}\n`;
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
