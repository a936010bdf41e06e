import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { PACKAGE_ROOT } from '../../io/node/files.js';

/**
 * `nqpf serve`: the offline web app (one self-contained HTML file, web/dist/index.html) on 127.0.0.1.
 * The same file opens from disk; serving it only saves a double-click.
 */
export function registerServe(program: Command, lang: Lang): void {
  program
    .command('serve')
    .description('serve the offline web app on 127.0.0.1 (the China example loaded)')
    .option('-p, --port <port>', 'port', '5173')
    .action(async (opts: { port: string }) => {
      const file = join(PACKAGE_ROOT, 'web/dist/index.html');
      if (!existsSync(file)) {
        process.stderr.write(`nqpf: ${lang === 'zh' ? '网页应用尚未构建：请运行' : 'the web app is not built: run'} npm run build:web\n`);
        process.exitCode = 1;
        return;
      }
      const page = readFileSync(file);
      const server = createServer((request, response) => {
        if (request.url === '/' || request.url === '/index.html') {
          response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          response.end(page);
        } else {
          response.writeHead(404).end();
        }
      });
      await new Promise<void>((resolve) => server.listen(Number(opts.port), '127.0.0.1', resolve));
      const message = lang === 'zh' ? '网页应用已启动（按 Ctrl-C 停止）；也可直接用浏览器打开' : 'web app at (Ctrl-C stops; the file also opens from disk:';
      process.stdout.write(lang === 'zh' ? `${message} ${file}\n  http://127.0.0.1:${opts.port}/\n` : `${message} ${file})\n  http://127.0.0.1:${opts.port}/\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => server.close(() => resolve())));
    });
}
