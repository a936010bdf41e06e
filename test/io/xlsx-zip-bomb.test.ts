// A workbook whose zip entries declare more than MAX_UNZIPPED_BYTES is refused before anything is inflated
// (issue 9: huge inputs never exhaust memory). The bomb is a real workbook with one central-directory entry's
// uncompressed size patched to ~4 GiB.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../src/io/xlsx-read.js';
import { REPO } from '../helpers/build.js';

describe('readXlsx: zip bombs', () => {
  const real = new Uint8Array(readFileSync(join(REPO, 'test/bad-inputs/cases/38-xlsx-ok/data.xlsx')));

  it('readXlsx: the real workbook reads', () => {
    expect(readXlsx(real, 'data.xlsx').rows.length).toBeGreaterThan(0);
  });

  it('readXlsx: a declared 4 GiB entry is XLSX_TOO_LARGE, located at the file', () => {
    const bomb = real.slice();
    const view = new DataView(bomb.buffer);
    const at = bomb.findIndex((_, i) => view.getUint32(i, true) === 0x02014b50);
    view.setUint32(at + 24, 0xfffffff0, true);
    expect(() => readXlsx(bomb, 'bomb.xlsx')).toThrow(/^the workbook unpacks to \d+ bytes, over the limit of 268435456 \(a zip bomb\?\)$/);
  });
});
