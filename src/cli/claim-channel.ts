/**
 * The output claims a command worker has pending, in shared memory: the worker rewrites them on every change
 * (synchronously, so they are current at any instant); the supervisor reads them after terminating it.
 */
import type { OutputClaim } from '../io/node/output-claims.js';

export interface ClaimChannel {
  /** Int32 byte length at 0, then that many bytes of JSON. */
  claims: SharedArrayBuffer;
}

type Recoverable = Pick<OutputClaim, 'target' | 'temp' | 'aside' | 'created'>;

export function writeClaims(channel: ClaimChannel, claims: Recoverable[]): void {
  const bytes = new TextEncoder().encode(JSON.stringify(claims.map(({ target, temp, aside, created }) => ({ target, temp, aside, created }))));
  const length = new Int32Array(channel.claims, 0, 1);
  if (bytes.length > channel.claims.byteLength - 4) return;
  Atomics.store(length, 0, 0);
  new Uint8Array(channel.claims, 4, bytes.length).set(bytes);
  Atomics.store(length, 0, bytes.length);
}

export function readClaims(channel: ClaimChannel): Recoverable[] {
  const length = Atomics.load(new Int32Array(channel.claims, 0, 1), 0);
  if (length === 0) return [];
  return JSON.parse(new TextDecoder().decode(new Uint8Array(channel.claims, 4, length).slice())) as Recoverable[];
}
