/**
 * The output folders being written (output-folder.ts) and how to undo an interrupted write. Kept apart and
 * free of nqpf's other modules: the CLI's signal handler and its supervisor load it without the engine.
 */
import { lstatSync, renameSync, rmdirSync, rmSync, type Stats } from 'node:fs';

/** A target checked and a temporary folder made for it, before the command does its work. */
export interface OutputClaim {
  /** As the user wrote it (shown in messages). */
  shown: string;
  target: string;
  temp: string;
  /** The earlier output while it is moved aside during the swap. */
  aside: string;
  /** Parent folders this claim created (removed again if nothing is written). */
  created: string[];
  force: boolean;
  command: string;
}

/** Claims in progress: what `recoverOutputs` cleans up when the process is interrupted. */
export const pending = new Set<OutputClaim>();
let onPendingChange: ((claims: OutputClaim[]) => void) | undefined;

/** The supervisor's channel: told every time the set of pending claims changes (see worker-main.ts). */
export function watchPending(listener: (claims: OutputClaim[]) => void): void {
  onPendingChange = listener;
}

export function changed(): void {
  onPendingChange?.([...pending]);
}

/** Forget a claim: its temporary folder and any parents it made are removed; an earlier output moved aside is put back. */
export function release(claim: OutputClaim): void {
  recoverClaim(claim);
  pending.delete(claim);
  changed();
}

/**
 * Undo what an interrupted write left: the temporary folder goes, an earlier output moved aside comes back
 * (when the new one had not yet been renamed in) or goes (when it had), parents made for nothing go.
 * Safe to call at any point, also from another thread after this one was stopped.
 */
export function recoverClaim(claim: Pick<OutputClaim, 'target' | 'temp' | 'aside' | 'created'>): void {
  try {
    rmSync(claim.temp, { recursive: true, force: true });
    if (lstatQuiet(claim.aside)) {
      if (!lstatQuiet(claim.target)) renameSync(claim.aside, claim.target);
      else rmSync(claim.aside, { recursive: true, force: true });
    }
    for (const folder of [...claim.created].reverse()) {
      if (lstatQuiet(claim.target)) break;
      rmdirSync(folder);
    }
  } catch {
    // best effort: the process is stopping; what is left is named by the next run's refusal
  }
}

/** Clean up every claim still pending (the in-process Ctrl-C handler). */
export function recoverOutputs(): void {
  for (const claim of [...pending]) release(claim);
}

function lstatQuiet(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

