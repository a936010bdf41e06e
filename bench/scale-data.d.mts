// Types of bench/scale-data.mjs for the TypeScript tests that generate its panels.
export type PanelKind = 'county' | 'firm';
export function panelLines(kind: PanelKind, units: number, years: number, indicators: number): Generator<string>;
export function panelFramework(kind: PanelKind, indicators: number): string;
export function generatePanel(kind: PanelKind, dir: string, units: number, years: number, indicators: number): { cells: number };
