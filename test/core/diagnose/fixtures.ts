import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the PySAL example files copied into the repo (BSD licence, see test/fixtures/pysal/SOURCE.md). */
export const pysalDir = resolve(dirname(fileURLToPath(import.meta.url)), '../../fixtures/pysal');

export function readPysal(name: string): string {
  return readFileSync(resolve(pysalDir, name), 'utf8');
}

/** Rook neighbours of an r × c lattice in row-major order (libpysal `lat2W`). */
export function rookLattice(rows: number, cols: number): number[][] {
  const out: number[][] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const nb: number[] = [];
      if (r > 0) nb.push((r - 1) * cols + c);
      if (c > 0) nb.push(r * cols + c - 1);
      if (c < cols - 1) nb.push(r * cols + c + 1);
      if (r < rows - 1) nb.push((r + 1) * cols + c);
      out.push(nb);
    }
  }
  return out;
}

/** usjoin.csv as a matrix: rows = 48 states, columns = years 1929–2009. */
export function readUsIncome(): { states: string[]; years: number[]; income: number[][] } {
  const lines = readPysal('usjoin.csv').trim().split(/\r?\n/);
  const header = lines[0].split(',');
  const years = header.slice(2).map(Number);
  const states: string[] = [];
  const income: number[][] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    states.push(cells[0].replace(/"/g, ''));
    income.push(cells.slice(2).map(Number));
  }
  return { states, years, income };
}

/** stl_hom.txt column by name (first line "n,k", then a CSV header). */
export function readStlColumn(name: string): number[] {
  const lines = readPysal('stl_hom.txt').trim().split(/\r?\n/);
  const header = lines[1].split(',').map((h) => h.replace(/"/g, ''));
  const col = header.indexOf(name);
  return lines.slice(2).map((l) => Number(l.split(',')[col]));
}
