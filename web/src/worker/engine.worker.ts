/// <reference lib="webworker" />
import type { Request } from './protocol.js';
import { Session } from './session.js';

const session = new Session();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; request: Request }>) => {
  const reply = await session.handleAsync(event.data.request);
  scope.postMessage({ id: event.data.id, reply }, reply.type === 'export' ? [reply.bytes.buffer] : []);
};
