// Worker threads cannot load .ts under tsx on Node 20: when nqpf runs from its sources (tests, tsx), the
// pool boots workers here, which registers tsx in the worker and then imports the TypeScript entry.
// Compiled nqpf (dist/) starts its .js worker directly and never reads this file.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
