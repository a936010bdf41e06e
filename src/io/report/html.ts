/**
 * Safe HTML building for the report: every interpolated value is escaped unless it is already `SafeHtml`
 * (OWASP XSS prevention rule 1: escape `& < > " '` in element content and quoted attributes). There is no
 * other way to put text into the report, so a region named `<img src=x onerror=alert(1)>` stays text.
 *
 * @example html`<td>${'<b>'}</td>`.value // => '<td>&lt;b&gt;</td>'
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0];
  for (let k = 0; k < values.length; k++) out += render(values[k]) + strings[k + 1];
  return new SafeHtml(out);
}

/** Trusted markup produced by code, not data (the ECharts SVG output, whose text nodes ECharts escapes). */
export function trusted(markup: string): SafeHtml {
  return new SafeHtml(markup);
}

function render(value: HtmlValue): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

export interface Column<Row> {
  head: string;
  cell: (row: Row) => HtmlValue;
  /** Right-aligned numbers. */
  numeric?: boolean;
}

/** A table with a header row; `className` adds styling (e.g. `compact`). */
export function table<Row>(columns: Column<Row>[], rows: readonly Row[], className = ''): SafeHtml {
  const cls = (c: Column<Row>) => (c.numeric ? 'num' : null);
  return html`<table${className ? html` class="${className}"` : ''}><thead><tr>${columns.map(
    (c) => html`<th${cls(c) ? html` class="num"` : ''}>${c.head}</th>`,
  )}</tr></thead><tbody>${rows.map(
    (row) => html`<tr>${columns.map((c) => html`<td${cls(c) ? html` class="num"` : ''}>${c.cell(row)}</td>`)}</tr>`,
  )}</tbody></table>\n`;
}
