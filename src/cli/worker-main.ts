/**
 * The command worker started by supervise.ts: runs the CLI's `main` and reports its exit code. Pending output
 * claims are mirrored into shared memory for the supervisor; the terminal's TTY-ness is restored on the
 * worker's piped stdout/stderr so the progress bar draws as in the main thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { watchPending } from '../io/node/output-claims.js';
import { writeClaims, type ClaimChannel } from './claim-channel.js';

const data = workerData as { argv: string[]; channel: ClaimChannel; tty: { stdout: boolean; stderr: boolean; columns: number } };
watchPending((claims) => writeClaims(data.channel, claims));
if (data.tty.stderr) Object.assign(process.stderr, { isTTY: true, columns: data.tty.columns });
if (data.tty.stdout) Object.assign(process.stdout, { isTTY: true, columns: data.tty.columns });
const { main } = await import('./main.js');
const code = await main(data.argv);
parentPort?.postMessage({ type: 'exit', code });
