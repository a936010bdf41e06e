// Fuzzing the readers (issue 9): whatever bytes or text arrive, a reader returns or throws NqpfError /
// NqpfErrors — never a TypeError, RangeError or any other crash (fast-check, ~200 runs each).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isNqpfError } from '../../src/core/index.js';
import { decodeText } from '../../src/io/decode.js';
import { readPanel } from '../../src/io/read-panel.js';
import { readCsv } from '../../src/io/table.js';
import { readXlsx } from '../../src/io/xlsx-read.js';

/** Run a reader; a result or an NqpfError is fine, anything else fails the property with its stack. */
function onlyNqpfErrors(read: () => unknown): void {
  try {
    read();
  } catch (e) {
    if (!isNqpfError(e)) throw new Error(`not an NqpfError: ${(e as Error)?.stack ?? String(e)}`);
  }
}

const RUNS = { numRuns: 200 };

/** Cells a yearbook spreadsheet holds: numbers, marked numbers, dashes, names, quotes, separators, reserved words. */
const cellArb = fc.oneof(
  fc.constantFrom('', ' ', 'NA', '..', '—', '…', '12.3*', '1,234', '１２３', '#N/A', '"', '""', 'a"b', '\n', ';', '\t', '-', '1e999', '0', '-1', '北京', '北京市', 'region', 'year', '__proto__', 'constructor', 'toString'),
  fc.double({ noNaN: false }).map(String),
  fc.integer({ min: 1990, max: 2030 }).map(String),
  fc.string({ maxLength: 6 }),
);

/** CSV-like text: a header that is often valid, then rows of random width. */
const csvArb = fc
  .tuple(
    fc.oneof(fc.constant(['region', 'year', 'x', 'y']), fc.constant(['地区', 'x']), fc.constant(['region', 'indicator', 'value']), fc.array(cellArb, { minLength: 1, maxLength: 5 })),
    fc.array(fc.array(cellArb, { minLength: 0, maxLength: 6 }), { maxLength: 8 }),
    fc.constantFrom(',', ';', '\t'),
    fc.constantFrom('\n', '\r\n'),
  )
  .map(([header, rows, sep, eol]) => [header, ...rows].map((r) => r.join(sep)).join(eol));

describe('reader fuzzing', () => {
  it('readCsv: arbitrary bytes give a table or an NqpfError', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => onlyNqpfErrors(() => readCsv(bytes, 'fuzz.csv'))), RUNS);
  });

  it('decodeText: arbitrary bytes in every encoding give text or an NqpfError', () => {
    const encodings = fc.constantFrom('auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be') as fc.Arbitrary<Parameters<typeof decodeText>[2]>;
    fc.assert(fc.property(fc.uint8Array({ maxLength: 200 }), encodings, (bytes, encoding) => onlyNqpfErrors(() => decodeText(bytes, 'fuzz.csv', encoding))), RUNS);
  });

  it('readCsv + readPanel: CSV-like text (wide, long, ragged, marked cells) gives a panel or an NqpfError', () => {
    const options = fc.record({ clean: fc.boolean(), format: fc.constantFrom('auto', 'wide', 'long', 'coinr') as fc.Arbitrary<'auto' | 'wide' | 'long' | 'coinr'> });
    fc.assert(
      fc.property(csvArb, options, (text, opts) => onlyNqpfErrors(() => readPanel(readCsv(new TextEncoder().encode(text), 'fuzz.csv'), opts, []))),
      RUNS,
    );
  });

  it('readPanel: a read panel never holds a value the file did not have (finite or missing)', () => {
    fc.assert(
      fc.property(csvArb, fc.boolean(), (text, clean) => {
        let panel;
        try {
          panel = readPanel(readCsv(new TextEncoder().encode(text), 'fuzz.csv'), { clean }, []);
        } catch (e) {
          if (!isNqpfError(e)) throw e;
          return;
        }
        for (const column of Object.values(panel.columns)) for (const v of column) expect(Number.isNaN(v) || Number.isFinite(v)).toBe(true);
      }),
      RUNS,
    );
  });

  it('readXlsx: arbitrary bytes, and zips that are not workbooks, give a table or an NqpfError', () => {
    const zipLike = fc.uint8Array({ maxLength: 200 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b]));
    fc.assert(fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), zipLike), (bytes) => onlyNqpfErrors(() => readXlsx(bytes, 'fuzz.xlsx'))), RUNS);
  });
});
