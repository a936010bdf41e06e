import { z } from 'zod';
import { NqpfError } from '../errors/nqpf-error.js';

/** Longest id that names an output file: `<id>-conditional-steady-state.csv` stays far below 255 bytes. */
export const MAX_OUTPUT_ID_LENGTH = 64;

/**
 * An id that becomes a file name (`analyses/<id>.csv`, `scenarios/<id>.csv`, `paths/<id>.csv`): ASCII
 * letters, digits, `_` and `-`, starting with a letter, so no `/`, `\`, `..`, space or control character can
 * reach the file system, and at most MAX_OUTPUT_ID_LENGTH long.
 */
export const fileSafeId = z
  .string()
  .regex(/^[A-Za-z][\w-]*$/, 'ids start with a letter; letters, digits, _ and -')
  .max(MAX_OUTPUT_ID_LENGTH);

/** Windows device names (any case, any extension): `con.csv` cannot be created there. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/** Whoever writes output files into one folder: its id, where the spec names it, the file names it writes. */
export interface OutputOwner {
  id: string;
  /** JSON Pointer of the entry, e.g. /analyses/3. */
  pointer: string;
  /** Base names (no folder, no extension) of every file it may write. */
  files: readonly string[];
  /** Whether the spec gave the id (else it was derived, e.g. from the op): the error points at /id or /op. */
  explicit: boolean;
  /** The pointer segment of a derived id: `op` for analyses. */
  derivedFrom?: string;
}

/**
 * Output names unique by construction (issue 17): within one folder, no two entries may write the same file,
 * also where names differ only in case (one file on Windows and macOS), and no file may take a Windows device
 * name. Each problem is pushed to `errors` at the later entry, naming both entries and the file. `duplicate`
 * is the block's own code for two equal ids.
 */
export function checkOutputNames(folder: string, owners: readonly OutputOwner[], duplicate: string, errors: NqpfError[]): void {
  const byKey = new Map<string, { owner: number; file: string }>();
  owners.forEach((owner, index) => {
    const at = `${owner.pointer}/${owner.explicit ? 'id' : (owner.derivedFrom ?? 'id')}`;
    const first = owners.findIndex((o) => o.id === owner.id);
    if (first !== index) {
      errors.push(new NqpfError(duplicate, { id: owner.id, first: owners[first].pointer, block: folder }, { pointer: at }));
      return;
    }
    if (WINDOWS_RESERVED.test(owner.id)) errors.push(new NqpfError('OUTPUT_NAME_RESERVED', { id: owner.id, file: `${folder}/${owner.id}.csv` }, { pointer: at }));
    const reported = new Set<number>();
    for (const file of owner.files) {
      const key = file.toLowerCase();
      const seen = byKey.get(key);
      if (!seen) {
        byKey.set(key, { owner: index, file });
        continue;
      }
      if (seen.owner === index || reported.has(seen.owner)) continue;
      reported.add(seen.owner);
      const params = { first: owners[seen.owner].id, firstPointer: owners[seen.owner].pointer, second: owner.id, file: `${folder}/${file}.csv`, other: `${folder}/${seen.file}.csv` };
      errors.push(new NqpfError(seen.file === file ? 'OUTPUT_NAME_COLLISION' : 'OUTPUT_NAME_CASE_COLLISION', params, { pointer: at }));
    }
  });
}
