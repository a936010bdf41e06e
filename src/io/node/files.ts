import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NqpfError } from '../../core/errors/nqpf-error.js';

/** Input files above this size are refused before reading (they would not fit a spreadsheet anyway). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/**
 * The installed package's root: `nqpf:` paths in a spec resolve against it (bundled data and frameworks). The
 * nearest folder above this module with a package.json — this module runs from dist/io/node/ or, bundled, from
 * dist/bundle/ (scripts/bundle.mjs).
 */
export const PACKAGE_ROOT = packageRoot(dirname(fileURLToPath(import.meta.url)));

function packageRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return resolve(from, '../../..');
  }
}

export function readInput(path: string, shownAs: string): Uint8Array {
  if (!existsSync(path) || !statSync(path).isFile()) throw new NqpfError('FILE_NOT_FOUND', { path: shownAs }, { file: shownAs });
  const size = statSync(path).size;
  if (size > MAX_INPUT_BYTES) throw new NqpfError('FILE_TOO_LARGE', { size, limit: MAX_INPUT_BYTES }, { file: shownAs });
  return new Uint8Array(readFileSync(path));
}

export function sha256File(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The file `nqpf init` writes at a project's root: specs below it may read any file inside the project. */
export const PROJECT_MARKER = 'nqpf-project.yaml';

/** The nearest folder at or above `dir` holding PROJECT_MARKER, or undefined. */
export function findProjectRoot(dir: string): string | undefined {
  for (let folder = resolve(dir); ; folder = dirname(folder)) {
    if (existsSync(join(folder, PROJECT_MARKER))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}

/**
 * A path written in a spec → an absolute path. A spec reads files in its own folder — or, when the folder
 * lies in a project (a folder above holds nqpf-project.yaml, which `nqpf init` writes), anywhere in that
 * project, by a relative path (`../data/panel.csv`) or an absolute one. The marker is the user's say: a
 * spec received from elsewhere and run where it lands still reads only beside itself (docs/bad-inputs.md).
 * `nqpf:` paths name files bundled with nqpf (e.g. `nqpf:data/china-provinces.csv`).
 */
export function resolveSpecPath(path: string, specDir: string, pointer: string): string {
  if (path.startsWith('nqpf:')) {
    const target = resolve(PACKAGE_ROOT, path.slice(5));
    if (!inside(target, PACKAGE_ROOT)) throw new NqpfError('PATH_OUTSIDE_SPEC', { path }, { pointer });
    return target;
  }
  const root = findProjectRoot(specDir);
  const folder = root ?? specDir;
  const refuse = () =>
    root === undefined
      ? new NqpfError('PATH_OUTSIDE_SPEC', { path, marker: PROJECT_MARKER }, { pointer })
      : new NqpfError('PATH_OUTSIDE_PROJECT', { path, root, marker: PROJECT_MARKER }, { pointer });
  const target = resolve(specDir, path);
  if ((isAbsolute(path) && root === undefined) || !inside(target, folder)) throw refuse();
  // A symbolic link inside the folder may point out of it: judge where it really leads.
  if (existsSync(target) && !inside(realpathSync(target), realpathSync(folder))) throw refuse();
  return target;
}

/**
 * Where `nqpf run SPEC` writes without --out: `results/<spec file name>` in the project root (the folder
 * holding nqpf-project.yaml) or, outside a project, beside the spec — e.g. `specs/my.yaml` in a project
 * → `results/my`. Shown relative to the working folder when it lies below it.
 */
export function defaultOutFolder(specPath: string): string {
  const specDir = dirname(resolve(specPath));
  const name = basename(specPath).replace(/\.(ya?ml|json)$/i, '');
  const target = join(findProjectRoot(specDir) ?? specDir, 'results', name);
  const rel = relative(process.cwd(), target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : target;
}

function inside(target: string, folder: string): boolean {
  const rel = relative(folder, target);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}
