// Pure pieces of issue 17: printable data text, summarised repeated errors, the memory estimate.
import { describe, expect, it } from 'vitest';
import { NqpfError, NqpfErrors } from '../../src/core/index.js';
import { printable } from '../../src/core/errors/printable.js';
import { estimateRunBytes } from '../../src/core/pipeline/memory-estimate.js';

describe('printable', () => {
  it('printable: the @example — an OSC window title is escaped', () => {
    expect(printable('北京\x1b]0;owned\x07')).toBe('北京\\x1b]0;owned\\x07');
  });

  it('printable: C1 controls, DEL, bidi overrides and zero-width characters are escaped; CJK is kept', () => {
    expect(printable('a\u009bb\u007fc\u202ed\u200be\n')).toBe('a\\x9bb\\x7fc\\u202ed\\u200be\\n');
    expect(printable('内蒙古自治区')).toBe('内蒙古自治区');
  });

  it('printable: a 60 MB value is cut to 1000 characters and "…", never splitting a surrogate pair', () => {
    expect(printable('x'.repeat(60_000_000))).toBe(`${'x'.repeat(1000)}…`);
    expect(printable(`${'x'.repeat(999)}😀tail`)).toBe(`${'x'.repeat(999)}…`);
  });
});

describe('NqpfErrors: repeated errors summarised', () => {
  it('NqpfErrors: 696 consecutive unnamed columns become one line; 25 of another kind keep 20 and count 5', () => {
    const unnamed = Array.from({ length: 696 }, (_, i) => new NqpfError('EMPTY_COLUMN_NAME', { index: i + 7, label: `C${i}` }, { file: 'd.xlsx', row: 1 }));
    const cells = Array.from({ length: 25 }, (_, i) => new NqpfError('NON_NUMERIC', { value: 'x' }, { file: 'd.xlsx', row: i + 2, column: 'gdp' }));
    const errors = new NqpfErrors([...unnamed, ...cells]).errors;
    expect(errors[0].format('en')).toBe('d.xlsx:1: 696 columns have no name: C0…C695');
    expect(errors).toHaveLength(1 + 20 + 1);
    expect(errors[21].format('en')).toBe('d.xlsx: … and 5 more problems of this kind (NON_NUMERIC)');
    expect(errors[21].format('zh')).toBe('d.xlsx: ……另有 5 处同类问题（NON_NUMERIC）');
  });

  it('NqpfErrors: summarising a summary changes nothing; two unnamed columns stay two lines', () => {
    const twice = new NqpfErrors(new NqpfErrors(Array.from({ length: 25 }, () => new NqpfError('NON_NUMERIC', { value: 'x' }, { file: 'a.csv' }))).errors).errors;
    expect(twice.map((e) => e.format('en')).at(-1)).toBe('a.csv: … and 5 more problems of this kind (NON_NUMERIC)');
    const two = new NqpfErrors([1, 2].map((index) => new NqpfError('EMPTY_COLUMN_NAME', { index }, { file: 'a.csv', row: 1 }))).errors;
    expect(two.map((e) => e.format('en'))).toEqual(['a.csv:1: column 1 has no name', 'a.csv:1: column 2 has no name']);
  });
});

describe('estimateRunBytes', () => {
  it('estimateRunBytes: the @example — 31 regions × 12 years × 40 indicators, 50 nodes, 5 steps', () => {
    // 360 MiB + 372 cells × (40 × 7 × 40 + 50 × 16) bytes = 377,487,360 + 4,464,000, by hand
    expect(estimateRunBytes({ regions: 31, years: 12, indicators: 40, nodes: 50 }, 5)).toBe(381_951_360);
  });

  it('estimateRunBytes: copies multiply the data part only', () => {
    const one = estimateRunBytes({ regions: 10, years: 2, indicators: 3, nodes: 5 }, 2);
    const three = estimateRunBytes({ regions: 10, years: 2, indicators: 3, nodes: 5 }, 2, 3);
    expect(three - 360 * 1024 * 1024).toBe(3 * (one - 360 * 1024 * 1024));
  });
});
