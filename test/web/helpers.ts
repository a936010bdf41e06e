import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join, resolve } from 'node:path';
import { REPO } from '../helpers/build.js';

export const DIST = resolve(REPO, 'web/dist/index.html');

/** Everything the single-file build is made from; the build is redone when any of it is newer. */
const SOURCES = ['web/src', 'web/index.html', 'web/vite.config.ts', 'src', 'specs', 'frameworks', 'data/china-provinces.csv', 'data/coinr-asem', 'web/public'];

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Build web/dist/index.html with Vite unless a build newer than every source is already there. */
export function ensureBuilt(): void {
  const sources = Math.max(...SOURCES.map((p) => resolve(REPO, p)).filter(existsSync).map(newest));
  if (existsSync(DIST) && statSync(DIST).mtimeMs > sources) return;
  const vite = resolve(REPO, 'node_modules/vite/bin/vite.js');
  // vitest sets NODE_ENV=test, which Vite would write into the bundle (keeping ECharts' development-only code,
  // which reads Node's `global` and fails in a worker): build as `npm run build:web` does.
  execFileSync(process.execPath, [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], { cwd: REPO, stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
}

/** A static server for the one-file build on 127.0.0.1 (any free port). */
export async function serveDist(): Promise<{ url: string; server: Server }> {
  const html = readFileSync(DIST);
  const server = createServer((request, response) => {
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404);
      response.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

let gbkTable: Map<string, number[]> | null = null;

/**
 * Text → GBK bytes, with the table read back from the platform's own GBK decoder (WHATWG TextDecoder),
 * so no encoder package is needed to make the test file Excel on Chinese Windows would write.
 */
export function encodeGbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk', { fatal: true });
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        try {
          const ch = decoder.decode(new Uint8Array([lead, trail]));
          if (!gbkTable.has(ch)) gbkTable.set(ch, [lead, trail]);
        } catch {
          // not a GBK code point
        }
      }
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) bytes.push(ch.charCodeAt(0));
    else {
      const code = gbkTable.get(ch);
      if (!code) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...code);
    }
  }
  return Uint8Array.from(bytes);
}
