import type { Framework, Inputs, Panel } from '../../../src/core/index.js';

/** A one-year, one-group build input from a decision matrix (rows = regions R1…, columns = indicators I1…). */
export function matrixInputs(matrix: number[][], directions?: (1 | -1)[], weights?: number[]): Inputs {
  const k = matrix[0].length;
  const codes = Array.from({ length: k }, (_, j) => `I${j + 1}`);
  const framework: Framework = {
    nodes: [
      ...codes.map((code, j) => ({ code, name: { zh: code, en: code }, level: 1, parent: 'Index', direction: directions?.[j] ?? 1, weight: weights?.[j] ?? 1 })),
      { code: 'Index', name: { zh: 'Index', en: 'Index' }, level: 2, parent: null, direction: 1, weight: 1 },
    ],
  };
  const panel: Panel = {
    regions: matrix.map((_, i) => ({ code: `R${i + 1}`, name: { zh: `R${i + 1}`, en: `R${i + 1}` }, groups: {} })),
    years: [2020],
    columns: Object.fromEntries(codes.map((code, j) => [code, Float64Array.from(matrix, (row) => row[j])])),
    observed: Object.fromEntries(codes.map((code) => [code, new Uint8Array(matrix.length).fill(1)])),
  };
  return { framework, panel };
}

export const memorySpec = (steps: unknown[]) => ({ framework: 'memory', data: 'memory', steps });
