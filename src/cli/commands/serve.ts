import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Command } from 'commander';
import { NqpfError, type Lang } from '../../core/index.js';
import { PACKAGE_ROOT } from '../../io/node/files.js';

/**
 * Headers on every answer: no MIME sniffing, and no page may frame the app (clickjacking); the app
 * itself is one self-contained file, so nothing else is needed from a policy.
 */
const SECURITY_HEADERS = { 'x-content-type-options': 'nosniff', 'content-security-policy': "frame-ancestors 'none'" };

/** Host names a request may carry: a page on another name that resolves to 127.0.0.1 (DNS rebinding) gets 403. */
const LOOPBACK = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/i;

/** `--port` → a port number 0–65535 (0: any free port), or PORT_INVALID. */
export function parsePort(value: string): number {
  const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new NqpfError('PORT_INVALID', { value });
  return port;
}

/** The handler: the page at `/` and `/index.html` (any query string), for loopback Host names only. */
export function appHandler(page: Uint8Array): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    if (!LOOPBACK.test(request.headers.host ?? '')) {
      response.writeHead(403, SECURITY_HEADERS).end();
      return;
    }
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    if (path === '/' || path === '/index.html') {
      response.writeHead(200, { ...SECURITY_HEADERS, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page);
    } else {
      response.writeHead(404, SECURITY_HEADERS).end();
    }
  };
}

/** Listen on 127.0.0.1; a busy or forbidden port is a located message (PORT_BUSY suggests --port), not a stack. */
export async function listen(page: Uint8Array, port: number): Promise<Server> {
  const server = createServer(appHandler(page));
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE') reject(new NqpfError('PORT_BUSY', { port }));
      else if (e.code === 'EACCES') reject(new NqpfError('PORT_DENIED', { port }));
      else reject(e);
    });
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}

/**
 * `nqpf serve`: the offline web app (one self-contained HTML file, web/dist/index.html) on 127.0.0.1.
 * The same file opens from disk; serving it only saves a double-click.
 */
export function registerServe(program: Command, lang: Lang): void {
  program
    .command('serve')
    .description('serve the offline web app on 127.0.0.1 (the China example loaded)')
    .option('-p, --port <port>', 'port (0: any free port)', '5173')
    .action(async (opts: { port: string }) => {
      const port = parsePort(opts.port);
      const file = join(PACKAGE_ROOT, 'web/dist/index.html');
      if (!existsSync(file)) {
        process.stderr.write(`nqpf: ${lang === 'zh' ? '网页应用尚未构建：请运行' : 'the web app is not built: run'} npm run build:web\n`);
        process.exitCode = 1;
        return;
      }
      const server = await listen(readFileSync(file), port);
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`; // the real port, also for --port 0
      const message = lang === 'zh' ? '网页应用已启动（按 Ctrl-C 停止）；也可直接用浏览器打开' : 'web app at (Ctrl-C stops; the file also opens from disk:';
      process.stdout.write(lang === 'zh' ? `${message} ${file}\n  ${url}\n` : `${message} ${file})\n  ${url}\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => server.close(() => resolve())));
    });
}
