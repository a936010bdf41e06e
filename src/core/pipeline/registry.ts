import { aggregateMethods } from '../aggregate/index.js';
import { normalizeMethods } from '../normalize/index.js';
import { rank } from '../rank/rank.js';
import { weightMethods } from '../weight/index.js';
import type { MethodDefinition, Op } from './types.js';

/**
 * The one list of what exists: every method of every op. The CLI's `methods`, the web app's menus and
 * the JSON Schema are generated from it.
 */
const all: MethodDefinition[] = [...normalizeMethods, ...weightMethods, ...aggregateMethods, rank];

/** The method an op uses when a step names none. */
export const defaultMethod: Partial<Record<Op, string>> = {
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
