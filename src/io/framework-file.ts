import { z } from 'zod';
import { buildFramework } from '../core/framework/build-framework.js';
import { NqpfError, throwAll } from '../core/errors/nqpf-error.js';
import type { Framework } from '../core/model/types.js';
import { parseYamlOrJson } from './yaml.js';
import { schemaDetail } from '../core/spec/resolve.js';

const name = z.union([z.string(), z.object({ zh: z.string().optional(), en: z.string().optional() }).strict()]);

const nodeSchema = z
  .object({
    code: z.string().min(1),
    name: name.optional(),
    parent: z.string().nullable().optional(),
    level: z.number().int().min(1).optional(),
    direction: z.number().optional(),
    /** NaN (YAML `.nan`) passes here so that the framework check names it: weights must be positive. */
    weight: z.union([z.number(), z.nan()]).optional(),
    unit: z.string().optional(),
    description: z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]).optional(),
    source: z.string().optional(),
    denominator: z.string().optional(),
    target: z.number().optional(),
    goalposts: z.tuple([z.number(), z.number()]).optional(),
    /** Which bundled data fills the indicator (documentation; the data-availability screen uses the data itself). */
    data: z.string().optional(),
  })
  .strict();

export const frameworkFileSchema = z
  .object({
    code: z.string().optional(),
    name: z.object({ zh: z.string(), en: z.string() }).optional(),
    description: z.unknown().optional(),
    sources: z.array(z.object({ cite: z.string(), url: z.string().optional() }).strict()).optional(),
    nodes: z.array(nodeSchema).min(1),
  })
  .strict();

/**
 * An nqpf framework file (YAML or JSON: nodes with code, zh/en names, parent, direction, weight) →
 * Framework. Schema problems are located by JSON Pointer into the file.
 */
export function readFrameworkFile(text: string, file: string): Framework {
  const document = parseYamlOrJson(text, file);
  if (document === null || document === undefined) throw new NqpfError('EMPTY_FILE', {}, { file });
  const parsed = frameworkFileSchema.safeParse(document);
  if (!parsed.success) {
    throwAll(
      parsed.error.issues.map(
        (issue) =>
          new NqpfError(issue.code === 'unrecognized_keys' ? 'SPEC_UNKNOWN_KEY' : 'SPEC_SCHEMA', { key: (issue as { keys?: string[] }).keys?.join(', '), ...schemaDetail(issue) }, {
            file,
            pointer: issue.path.map((p) => `/${String(p)}`).join('') || '/',
          }),
      ),
    );
  }
  const { nodes, code, name: title, sources } = parsed.data!;
  return buildFramework(
    nodes.map((node, i) => ({
      ...node,
      description: typeof node.description === 'object' ? node.description.en : node.description,
      location: { pointer: `/nodes/${i}` },
    })),
    file,
    { ...(code ? { code } : {}), ...(title ? { name: title } : {}), ...(sources ? { sources } : {}) },
  );
}
