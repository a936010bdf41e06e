import { NqpfError } from '../errors/nqpf-error.js';

/** A parsed GAL file: unit ids in file order, and each unit's neighbours as indices into `ids`. */
export interface GalNeighbors {
  ids: string[];
  neighbors: number[][];
}

/**
 * GAL 邻接文件解析 / Parse a GAL contiguity file (GeoDa / PySAL format) from its text.
 *
 * Format (Anselin, GeoDa documentation; PySAL `libpysal.io` GalIO): a header line with n (or the 4-token form
 * "0 n shapefile key"), then per unit a line "id count" followed by the count neighbour ids. Parsed as a token
 * stream, so a unit with 0 neighbours may or may not have an empty neighbour line. Ids are kept as strings and
 * neighbours resolved to indices in file order.
 *
 * Edge cases: `GAL_PARSE` (with `line`) for a bad header, a non-integer count, a missing neighbour token, a
 * neighbour id that is not a unit, a duplicate unit id, or a unit count different from the header.
 *
 * @example
 * parseGal('3\n1 1\n2\n2 2\n1 3\n3 1\n2\n');
 * // => { ids: ['1', '2', '3'], neighbors: [[1], [0, 2], [1]] }
 */
export function parseGal(text: string): GalNeighbors {
  const tokens: { value: string; line: number }[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let header: string[] | undefined;
  let headerLine = 0;
  for (let l = 0; l < lines.length; l++) {
    const parts = lines[l].trim().split(/\s+/).filter((p) => p !== '');
    if (parts.length === 0) continue;
    if (header === undefined) {
      header = parts;
      headerLine = l + 1;
    } else for (const value of parts) tokens.push({ value, line: l + 1 });
  }
  if (header === undefined) throw new NqpfError('GAL_PARSE', { line: 1, detail: 'empty file' });
  const n = Number(header.length >= 4 ? header[1] : header[0]);
  if (!Number.isInteger(n) || n < 0) throw new NqpfError('GAL_PARSE', { line: headerLine, detail: `bad header "${header.join(' ')}"` });
  const ids: string[] = [];
  const raw: { values: string[]; line: number }[] = [];
  let t = 0;
  const take = (what: string): { value: string; line: number } => {
    const token = tokens[t++];
    if (token === undefined) throw new NqpfError('GAL_PARSE', { line: lines.length, detail: `missing ${what}` });
    return token;
  };
  while (t < tokens.length) {
    const id = take('unit id');
    const countToken = take('neighbour count');
    const count = Number(countToken.value);
    if (!Number.isInteger(count) || count < 0) {
      throw new NqpfError('GAL_PARSE', { line: countToken.line, detail: `bad neighbour count "${countToken.value}"` });
    }
    const values: string[] = [];
    for (let k = 0; k < count; k++) values.push(take(`neighbour ${k + 1} of unit ${id.value}`).value);
    ids.push(id.value);
    raw.push({ values, line: id.line });
  }
  if (ids.length !== n) throw new NqpfError('GAL_PARSE', { line: headerLine, detail: `header says ${n} units, file has ${ids.length}` });
  const index = new Map<string, number>();
  ids.forEach((id, i) => {
    if (index.has(id)) throw new NqpfError('GAL_PARSE', { line: raw[i].line, detail: `duplicate unit id "${id}"` });
    index.set(id, i);
  });
  const neighbors = raw.map((r) =>
    r.values.map((v) => {
      const j = index.get(v);
      if (j === undefined) throw new NqpfError('GAL_PARSE', { line: r.line, detail: `unknown neighbour id "${v}"` });
      return j;
    }),
  );
  return { ids, neighbors };
}
