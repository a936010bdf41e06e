/** The what-if panel's spec edits (issue 15's pinned keys): each returns a new document, as spec-edit.ts. */
import type { SpecDocument } from '../worker/protocol.js';

export const WHATIF_ID = 'whatif';
export const PATH_ID = 'path';

export type Changes = Record<string, { add: number } | { multiply: number } | { set: number } | { to: string }>;

type Listed = { id: string } & Record<string, unknown>;

function replaced(list: unknown, id: string, entry: Listed | null): Listed[] {
  const rest = ((list as Listed[] | undefined) ?? []).filter((e) => e.id !== id);
  return entry ? [...rest, entry] : rest;
}

/** The scenario `whatif` for one region and year (a full rebuild); no changes removes it. */
export function withScenario(spec: SpecDocument, region: string, year: number, changes: Changes): SpecDocument {
  const scenarios = replaced(spec.scenarios, WHATIF_ID, Object.keys(changes).length > 0 ? { id: WHATIF_ID, year, regions: [region], changes, rebuild: true } : null);
  const { scenarios: _old, ...rest } = spec;
  return (scenarios.length > 0 ? { ...rest, scenarios } : rest) as SpecDocument;
}

/** The path `path` to rank k, each indicator at most +30 %. */
export function withPath(spec: SpecDocument, region: string, year: number, k: number): SpecDocument {
  return { ...spec, paths: replaced(spec.paths, PATH_ID, { id: PATH_ID, region, year, target: { rank: k }, limits: { default: { multiply: 1.3 } } }) };
}

/** A projection to `to` on the last five years' compound growth. */
export function withProjection(spec: SpecDocument, to: number): SpecDocument {
  return { ...spec, projection: { to, method: 'cagr', window: 5 } };
}
