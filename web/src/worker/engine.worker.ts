/// <reference lib="webworker" />
import type { Request } from './protocol.js';
import { Session } from './session.js';
import { viewBuffers } from './view.js';

const session = new Session();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ id: number; request: Request }>) => {
  const { id, request } = event.data;
  const reply = await session.handleAsync(request, (progress) => scope.postMessage({ id, progress }));
  scope.postMessage({ id, reply }, reply.type === 'export' ? [reply.bytes.buffer] : reply.type === 'build' ? viewBuffers(reply.view) : []);
};
