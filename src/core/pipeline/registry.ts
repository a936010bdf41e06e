import { aggregateMethods } from '../aggregate/index.js';
import { denominateMethods } from '../denominate/index.js';
import { imputeMethods } from '../impute/index.js';
import { normalizeMethods } from '../normalize/index.js';
import { rank } from '../rank/rank.js';
import { screenMethods } from '../screen/index.js';
import { treatMethods } from '../treat/index.js';
import { weightMethods } from '../weight/index.js';
import { combinedMethod } from '../weight/combined.js';
import { withWeightNoise } from '../uncertainty/weight-noise.js';
import type { MethodDefinition, Op } from './types.js';

/**
 * The one list of what exists: every method of every op. The CLI's `methods`, the web app's menus and
 * the JSON Schema are generated from it.
 */
// `combined` runs other weight methods, so it looks them up here rather than importing the registry (no cycle).
const combined = combinedMethod((method) => findMethod('weight', method));
const all: MethodDefinition[] = [...denominateMethods, ...imputeMethods, ...screenMethods, ...treatMethods, ...normalizeMethods, ...[...weightMethods, combined].map(withWeightNoise), ...aggregateMethods, rank];

/** The method an op uses when a step names none. */
export const defaultMethod: Partial<Record<Op, string>> = {
  denominate: 'divide',
  impute: 'mean',
  screen: 'availability',
  treat: 'skew-kurtosis',
  normalize: 'min-max',
  weight: 'fixed',
  aggregate: 'arithmetic',
  rank: 'min',
};

export function methodsOf(op: string): MethodDefinition[] {
  return all.filter((m) => m.op === op);
}

export function findMethod(op: string, method: string): MethodDefinition | undefined {
  return all.find((m) => m.op === op && m.method === method);
}

export function registeredOps(): string[] {
  return [...new Set(all.map((m) => m.op))];
}

export function allMethods(): readonly MethodDefinition[] {
  return all;
}
