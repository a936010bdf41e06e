import { NqpfError } from '../errors/nqpf-error.js';
import type { FrameworkNode } from '../model/types.js';
import { editDistance } from '../regions/match.js';
import { parseHeader } from './draft-from-headers.js';

/**
 * 表头与指标的对应 · Match a table's headers to a framework's indicators.
 *
 * A header matches an indicator when it is (in this order) named for it in the spec's `columns:` map,
 * equal to its code, or equal to its zh or en name after folding: NFKC (full-width brackets, letters
 * and digits → half-width), case, whitespace removed, and a final bracketed unit dropped — so
 * `R&D经费投入强度(%)`, `R＆D经费投入强度（%）` and `r&d 经费投入强度` all match the name
 * `R&D经费投入强度`. A header matches one indicator at most; the first indicator in framework order wins.
 *
 * @example
 * matchColumns(['地区', 'R&D经费投入强度(%)'], [rdIntensity], {}).rename // => Map { 'R&D经费投入强度(%)' => 'rd_intensity' }
 */

export interface ColumnMatch {
  /** Header → indicator code, for each header that is not already the code. */
  rename: Map<string, string>;
  /** Indicators no header matched, in framework order. */
  unmatched: FrameworkNode[];
}

export function foldHeader(text: string): string {
  return parseHeader(text.normalize('NFKC')).name.replace(/\s+/g, '').toLowerCase();
}

export function matchColumns(headers: readonly string[], indicators: readonly FrameworkNode[], columns: Readonly<Record<string, string>>): ColumnMatch {
  const rename = new Map<string, string>();
  const taken = new Set<string>();
  const claim = (header: string, code: string) => {
    taken.add(header);
    if (header !== code) rename.set(header, code);
  };
  const found = new Set<string>();
  for (const [header, code] of Object.entries(columns)) {
    if (headers.includes(header) && indicators.some((n) => n.code === code)) {
      claim(header, code);
      found.add(code);
    }
  }
  for (const node of indicators) if (!found.has(node.code) && headers.includes(node.code) && !taken.has(node.code)) {
    claim(node.code, node.code);
    found.add(node.code);
  }
  const folded = headers.map(foldHeader);
  for (const node of indicators) {
    if (found.has(node.code)) continue;
    const names = new Set([node.code, node.name.zh, node.name.en].map(foldHeader));
    const j = headers.findIndex((h, k) => !taken.has(h) && names.has(folded[k]));
    if (j >= 0) {
      claim(headers[j], node.code);
      found.add(node.code);
    }
  }
  return { rename, unmatched: indicators.filter((n) => !found.has(n.code)) };
}

/**
 * The headers closest to an indicator (by its code and names, folded): those containing or contained in
 * a name first, then by edit distance within half the name's length; at most `limit`.
 */
export function closestHeaders(node: FrameworkNode, headers: readonly string[], limit = 3): string[] {
  const names = [...new Set([node.code, node.name.zh, node.name.en].map(foldHeader))].filter((n) => n !== '');
  const scored: { header: string; distance: number; order: number }[] = [];
  headers.forEach((header, order) => {
    const h = foldHeader(header);
    if (h === '') return;
    let best = Infinity;
    for (const name of names) {
      const distance = h.includes(name) || name.includes(h) ? 0 : editDistance(h, name);
      if (distance <= Math.max(1, Math.floor(name.length / 2))) best = Math.min(best, distance);
    }
    if (best < Infinity) scored.push({ header, distance: best, order });
  });
  scored.sort((p, q) => p.distance - q.distance || p.order - q.order);
  return scored.slice(0, limit).map((s) => s.header);
}

/** A list for a message: at most `limit` names, then "… (n more)". */
function listed(names: readonly string[], limit = 20): string {
  const shown = names.slice(0, limit).map((n) => `"${n}"`).join(', ');
  return names.length > limit ? `${shown} … (+${names.length - limit})` : shown;
}

/**
 * The join's problems, gathered: when no indicator is in the data, one NO_INDICATOR_IN_DATA (whatever
 * `missing` says — there is nothing to build); otherwise, with `missing: error`, one
 * INDICATOR_NOT_IN_DATA per absent indicator naming its closest columns and all the data's columns.
 */
export function absentIndicatorErrors(
  indicators: readonly FrameworkNode[],
  dataColumns: readonly string[],
  missing: 'error' | 'drop',
  files: { framework: string; data?: string },
): NqpfError[] {
  const present = new Set(dataColumns);
  const absent = indicators.filter((n) => !present.has(n.code));
  if (absent.length === 0) return [];
  const columns = listed(dataColumns);
  if (absent.length === indicators.length) {
    const example = indicators[0];
    return [
      new NqpfError(
        'NO_INDICATOR_IN_DATA',
        { count: indicators.length, columns: columns || '—', code: example.code, name: example.name.zh === example.name.en ? example.name.zh : `${example.name.zh} / ${example.name.en}` },
        { file: files.data ?? files.framework },
      ),
    ];
  }
  if (missing === 'drop') return [];
  // Suggest only columns no indicator has claimed.
  const codes = new Set(indicators.map((n) => n.code));
  const free = dataColumns.filter((c) => !codes.has(c));
  return absent.map((node) => {
    const closest = closestHeaders(node, free);
    return new NqpfError(
      'INDICATOR_NOT_IN_DATA',
      { code: node.code, name: node.name.zh, closest: closest.length > 0 ? listed(closest) : { zh: '无', en: 'none' }, columns },
      { file: files.framework, column: node.code },
    );
  });
}
