// `nqpf serve` hardening (issue 17): security headers, loopback Host names only (DNS rebinding), query
// strings ignored, the real port for --port 0, and bad or busy ports as located messages.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NqpfError } from '../../src/core/index.js';
import { listen, parsePort } from '../../src/cli/commands/serve.js';
import type { Server } from 'node:http';

const PAGE = new TextEncoder().encode('<!doctype html><title>nqpf</title>');

function get(port: number, path: string, host = `127.0.0.1:${port}`): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve', () => {
  let server: Server;
  let port: number;
  beforeAll(async () => {
    server = await listen(PAGE, 0);
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('listen(page, 0): binds a real port, not 0', () => {
    expect(port).toBeGreaterThan(0);
  });

  it('GET /: the page, with nosniff and a frame-ancestors policy', async () => {
    const answer = await get(port, '/');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('<!doctype html><title>nqpf</title>');
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
    expect(answer.headers['content-security-policy']).toBe("frame-ancestors 'none'");
  });

  it('GET /?lang=en and /index.html?x: the query string is ignored', async () => {
    expect((await get(port, '/?lang=en')).status).toBe(200);
    expect((await get(port, '/index.html?x=1')).status).toBe(200);
  });

  it('GET /other: 404, still with the security headers', async () => {
    const answer = await get(port, '/other');
    expect(answer.status).toBe(404);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it('a Host name that is not loopback (DNS rebinding): 403; localhost and [::1] are served', async () => {
    expect((await get(port, '/', `evil.example:${port}`)).status).toBe(403);
    expect((await get(port, '/', 'evil.example')).status).toBe(403);
    expect((await get(port, '/', `localhost:${port}`)).status).toBe(200);
    expect((await get(port, '/', `[::1]:${port}`)).status).toBe(200);
  });

  it('listen on a busy port: PORT_BUSY, suggesting --port', async () => {
    const error = await listen(PAGE, port).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NqpfError);
    expect((error as NqpfError).format('en')).toBe(`port ${port} is in use: choose another with --port (--port 0 picks a free one)`);
  });

  it('parsePort: abc, -1, 70000 and 1.5 are PORT_INVALID; 0 and 8080 are ports', () => {
    for (const bad of ['abc', '-1', '70000', '1.5', '']) expect(() => parsePort(bad), bad).toThrow(/is not a port number from 0 to 65535/);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8080')).toBe(8080);
  });
});
