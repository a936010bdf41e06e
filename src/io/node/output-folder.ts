/**
 * The one way every command writes its outputs (run, analyze, audit, report, diff, sensitivity, whatif).
 *
 * How a command adds its tables:
 *
 *   const claim = claimOutput(opts.out, { force: opts.force, command: 'whatif' });  // FIRST, before any work
 *   const build = ...;                                                             // the work
 *   await writeOutput(claim, async (out) => {
 *     out.table(table);                            // an OutputTable → `<name>.csv` (rows may be a generator)
 *     out.csv('paths/BJ.csv', header, rows);       // or header + rows directly; `/` makes a subfolder
 *     out.file('report.html', html);               // text or bytes
 *   });
 *
 * `claimOutput` refuses, before any work starts, a target that is a file, a symbolic link, under a file,
 * too long a name, or not creatable, and an existing non-empty folder unless `force`. It creates a temporary
 * folder `.nqpf-tmp-<hex>` beside the target at once (so file-system problems surface before the work, not
 * after). `writeOutput` streams each CSV in chunks of about 1 MB (UTF-8 BOM, formula-injection escaping:
 * csv-write.ts), writes `nqpf-manifest.json` (every file nqpf wrote, with size and SHA-256, in a fixed order:
 * byte-identical on rerun) and then swaps the temporary folder in by rename. If `fill` throws, nothing is
 * written and the target is left as it was.
 *
 * `--force` replaces only nqpf's own outputs: it is refused when the folder holds anything its
 * `nqpf-manifest.json` does not list (a file of the user's, or a folder nqpf never wrote), so nqpf never
 * deletes, renames or overwrites a user's file. The earlier output is moved aside, the new one renamed in,
 * and only then the earlier one removed: an interruption at any point leaves either the earlier output or
 * the new one whole (`recoverOutputs` puts the earlier one back if it was stopped between the two renames).
 *
 * Interruption: the paths being written are kept in `pending`; the CLI's signal handler (in-process) or its
 * supervisor (bin/nqpf.mjs runs the heavy commands in a worker; see supervise.ts) calls `recoverOutputs`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, writeSync, type Stats } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { NqpfError } from '../../core/errors/nqpf-error.js';
import { csvChunks, type OutCell } from '../csv-write.js';
import { tableRows, type OutputTable } from '../output-tables.js';
import { changed, pending, release, type OutputClaim } from './output-claims.js';

export { recoverClaim, recoverOutputs, watchPending, type OutputClaim } from './output-claims.js';

export const MANIFEST = 'nqpf-manifest.json';

export interface OutputWriter {
  /** One table as `<table.name>.csv`. */
  table(table: Pick<OutputTable, 'name' | 'header' | 'rows' | 'stream'>): void;
  /** A CSV file from a header and rows (an array or a generator: written in chunks, never one string). */
  csv(name: string, header: string[], rows: Iterable<OutCell[]>): void;
  /** A text (UTF-8) or binary file. */
  file(name: string, content: string | Uint8Array): void;
}

/** Check the target and make the temporary folder; call before any work. Throws a located NqpfError. */
export function claimOutput(shown: string, options: { force?: boolean; command: string }): OutputClaim {
  const target = resolve(shown);
  const force = options.force ?? false;
  if (Buffer.byteLength(basename(target)) > 255) throw new NqpfError('OUTPUT_NAME_TOO_LONG', { path: shown });
  checkExisting(shown, target, force);
  const hex = randomBytes(6).toString('hex');
  const parent = dirname(target);
  const claim: OutputClaim = { shown, target, temp: join(parent, `.nqpf-tmp-${hex}`), aside: join(parent, `.nqpf-old-${hex}`), created: [], force, command: options.command };
  pending.add(claim);
  changed();
  try {
    makeParents(shown, parent, claim.created);
    changed();
    fsCall(shown, () => mkdirSync(claim.temp));
  } catch (error) {
    release(claim);
    throw error;
  }
  return claim;
}

/** Fill the claimed folder and swap it in; on any failure nothing is written and the claim is released. */
export async function writeOutput(claim: OutputClaim, fill: (out: OutputWriter) => void | Promise<void>): Promise<void> {
  const written: { path: string; size: number; sha256: string }[] = [];
  const folders = new Set<string>();
  const open = (name: string): { fd: number; hash: ReturnType<typeof createHash>; record: (n: number) => void } => {
    if (written.some((w) => w.path === name)) throw new Error(`output file written twice: ${name}`);
    const path = join(claim.temp, name);
    const folder = dirname(path);
    if (!folders.has(folder)) fsCall(claim.shown, () => mkdirSync(folder, { recursive: true }));
    folders.add(folder);
    const fd = fsCall(claim.shown, () => openSync(path, 'wx'));
    const entry = { path: name, size: 0, sha256: '' };
    written.push(entry);
    const hash = createHash('sha256');
    return { fd, hash, record: (n) => (entry.size += n) };
  };
  const put = (name: string, pieces: Iterable<string | Uint8Array>) => {
    const { fd, hash, record } = open(name);
    try {
      for (const piece of pieces) {
        const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        hash.update(bytes);
        record(bytes.length);
        let offset = 0;
        while (offset < bytes.length) offset += fsCall(claim.shown, () => writeSync(fd, bytes, offset));
      }
    } finally {
      closeSync(fd);
    }
    written[written.length - 1].sha256 = hash.digest('hex');
  };
  const writer: OutputWriter = {
    table: (t) => put(`${t.name}.csv`, csvChunks(t.header, tableRows(t))),
    csv: (name, header, rows) => put(name, csvChunks(header, rows)),
    file: (name, content) => put(name, [content]),
  };
  try {
    await fill(writer);
    if (written.some((w) => w.path === MANIFEST)) throw new Error(`${MANIFEST} is written by the output writer itself`);
    const files = [...written].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    put(MANIFEST, [`${JSON.stringify({ writtenBy: 'nqpf', command: claim.command, files }, null, 2)}\n`]);
    commit(claim);
  } finally {
    release(claim);
  }
}

/** A refusal for an existing target, or nothing when it may be written. */
function checkExisting(shown: string, target: string, force: boolean): void {
  const stats = lstatOrNull(shown, target);
  if (!stats) return;
  if (stats.isSymbolicLink()) throw new NqpfError('OUTPUT_SYMLINK', { path: shown });
  if (!stats.isDirectory()) throw new NqpfError('OUTPUT_NOT_FOLDER', { path: shown });
  const entries = fsCall(shown, () => readdirSync(target));
  if (entries.length === 0) return;
  if (!force) throw new NqpfError('OUTPUT_EXISTS', { path: shown });
  const foreign = foreignEntry(target);
  if (foreign !== null) throw new NqpfError('OUTPUT_NOT_NQPF', { path: shown, file: foreign });
}

/** The first entry of an earlier output folder that its manifest does not list (the user's), or null. */
function foreignEntry(target: string): string | null {
  let listed: Set<string>;
  try {
    const manifest = JSON.parse(readFileSync(join(target, MANIFEST), 'utf8')) as { files?: { path?: unknown }[] };
    listed = new Set((manifest.files ?? []).map((f) => String(f.path)));
  } catch {
    return readdirSync(target).sort()[0];
  }
  const walk = (sub: string): string | null => {
    for (const entry of readdirSync(join(target, sub), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory() && !entry.isSymbolicLink()) {
        const inner = walk(rel);
        if (inner !== null) return inner;
        if (![...listed].some((p) => p.startsWith(`${rel}/`))) return `${rel}/`;
      } else if (rel !== MANIFEST && !listed.has(rel)) return rel;
    }
    return null;
  };
  return walk('');
}

/** Create a folder and its missing parents, with located errors and no recursive mkdir (`nqpf init`). */
export function makeFolder(shown: string): void {
  const target = resolve(shown);
  makeParents(shown, dirname(target), []);
  if (!lstatOrNull(shown, target)) fsCall(shown, () => mkdirSync(target));
}

/** Create the missing parent folders one level at a time (a recursive mkdir spins forever on procfs). */
function makeParents(shown: string, parent: string, created: string[]): void {
  const missing: string[] = [];
  let folder = parent;
  for (;;) {
    const stats = lstatOrNull(shown, folder);
    if (stats) {
      const real = stats.isSymbolicLink() ? statOrNull(folder) : stats;
      if (!real?.isDirectory()) throw new NqpfError('OUTPUT_PARENT_NOT_FOLDER', { path: shown, parent: isAbsolute(shown) ? folder : relative(process.cwd(), folder) });
      break;
    }
    missing.unshift(folder);
    if (dirname(folder) === folder) break;
    folder = dirname(folder);
  }
  for (const level of missing) {
    fsCall(shown, () => mkdirSync(level));
    created.push(level);
  }
}

/** Swap the filled temporary folder in; the earlier output (if any) is removed only once the new one is in place. */
function commit(claim: OutputClaim): void {
  checkExisting(claim.shown, claim.target, claim.force);
  const stats = lstatOrNull(claim.shown, claim.target);
  if (stats && readdirSync(claim.target).length === 0) fsCall(claim.shown, () => rmdirSync(claim.target));
  else if (stats) fsCall(claim.shown, () => renameSync(claim.target, claim.aside));
  fsCall(claim.shown, () => renameSync(claim.temp, claim.target));
  claim.created.length = 0;
  rmSync(claim.aside, { recursive: true, force: true });
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function lstatOrNull(shown: string, path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch (error) {
    // ENOTDIR: a file on the way (`afile/sub`): makeParents finds and names it
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw fsError(shown, error);
  }
}

function fsCall<T>(shown: string, call: () => T): T {
  try {
    return call();
  } catch (error) {
    throw fsError(shown, error);
  }
}

/** A file-system failure → a located sentence (never "internal error"). */
export function fsError(shown: string, error: unknown): unknown {
  if (error instanceof NqpfError) return error;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (typeof code !== 'string') return error;
  const key: Record<string, string> = {
    ENOTDIR: 'OUTPUT_PARENT_NOT_FOLDER',
    ENAMETOOLONG: 'OUTPUT_NAME_TOO_LONG',
    EACCES: 'OUTPUT_PERMISSION',
    EPERM: 'OUTPUT_PERMISSION',
    EROFS: 'OUTPUT_READ_ONLY',
    ENOSPC: 'OUTPUT_DISK_FULL',
    EDQUOT: 'OUTPUT_DISK_FULL',
  };
  return new NqpfError((key[code] ?? 'OUTPUT_FS_FAILED') as 'OUTPUT_FS_FAILED', { path: shown, parent: shown, code });
}

/** The files a `fill` would write, in memory (tests, and determinism checks); no manifest. */
export async function collectOutputs(fill: (out: OutputWriter) => void | Promise<void>): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  const put = (name: string, pieces: Iterable<string | Uint8Array>) => {
    if (files.has(name)) throw new Error(`output file written twice: ${name}`);
    const parts = [...pieces].map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : p));
    files.set(name, new Uint8Array(Buffer.concat(parts)));
  };
  await fill({
    table: (t) => put(`${t.name}.csv`, csvChunks(t.header, tableRows(t))),
    csv: (name, header, rows) => put(name, csvChunks(header, rows)),
    file: (name, content) => put(name, [content]),
  });
  return files;
}
