import type { NqpfError } from './nqpf-error.js';

/** How many problems of one kind are listed before the rest are counted in one line. */
export const LISTED_PER_KIND = 20;

/**
 * Many problems of one kind → a readable list (issue 17: a stray cell at ZZ20000 printed 696 lines).
 * Runs of consecutive unnamed columns in one file become one EMPTY_COLUMN_NAMES ("696 columns have no
 * name: G…ZZ"); of any other code the first LISTED_PER_KIND are kept and the rest become one
 * MORE_ERRORS line that counts them. Order is kept; summarising a summary changes nothing.
 * `make` builds the summary errors (passed in to keep this module free of a cycle with NqpfError).
 */
export function summarizeErrors(errors: NqpfError[], make: (code: string, params: Record<string, unknown>, where: NqpfError['where']) => NqpfError): NqpfError[] {
  const merged = mergeUnnamedColumns(errors, make);
  const seen = new Map<string, number>();
  const more = new Map<string, NqpfError>();
  const out: NqpfError[] = [];
  for (const error of merged) {
    const kind = error.code === 'MORE_ERRORS' ? String(error.params.kind) : error.code;
    const count = error.code === 'MORE_ERRORS' ? Number(error.params.count) : 1;
    const listed = seen.get(kind) ?? 0;
    if (error.code !== 'MORE_ERRORS' && listed < LISTED_PER_KIND) {
      seen.set(kind, listed + 1);
      out.push(error);
      continue;
    }
    const line = more.get(kind);
    if (line) line.params.count = Number(line.params.count) + count;
    else {
      const created = make('MORE_ERRORS', { count, kind }, error.where.file === undefined ? {} : { file: error.where.file });
      more.set(kind, created);
      out.push(created);
    }
  }
  return out;
}

function mergeUnnamedColumns(errors: NqpfError[], make: Parameters<typeof summarizeErrors>[1]): NqpfError[] {
  const out: NqpfError[] = [];
  let run: NqpfError[] = [];
  const flush = () => {
    if (run.length >= 3) {
      const first = run[0].params;
      const last = run[run.length - 1].params;
      out.push(make('EMPTY_COLUMN_NAMES', { count: run.length, first: first.label ?? first.index, last: last.label ?? last.index }, run[0].where));
    } else out.push(...run);
    run = [];
  };
  for (const error of errors) {
    const previous = run[run.length - 1];
    const continues = previous && error.code === 'EMPTY_COLUMN_NAME' && error.where.file === previous.where.file && Number(error.params.index) === Number(previous.params.index) + 1;
    if (!continues) flush();
    if (error.code === 'EMPTY_COLUMN_NAME') run.push(error);
    else out.push(error);
  }
  flush();
  return out;
}
