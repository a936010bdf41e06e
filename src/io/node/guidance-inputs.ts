import type { TargetsInput } from '../../core/guidance/run-guidance.js';
import type { ResolvedSpec } from '../../core/spec/schema.js';
import { readCsv } from '../table.js';
import { readTargets } from '../targets-file.js';
import { readInput, resolveSpecPath } from './files.js';

/** The targets file a spec names (`targets:`, relative to the spec), read; undefined when it names none. */
export function loadTargets(spec: ResolvedSpec, specDir: string): TargetsInput | undefined {
  if (spec.targets === undefined) return undefined;
  const path = resolveSpecPath(spec.targets, specDir, '/targets');
  return { file: spec.targets, rows: readTargets(readCsv(readInput(path, spec.targets), spec.targets)) };
}
