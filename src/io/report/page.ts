import type { Lang } from '../../core/index.js';
import { html, trusted, type SafeHtml } from './html.js';
import { REPORT_CSS } from './report-css.js';

/**
 * The shell every nqpf HTML page shares (report.html, the sensitivity report): one self-contained document, a
 * Content-Security-Policy that allows no script and no outside load, the report CSS inline, the title header.
 */
export function reportPage(page: { lang: Lang; title: string; subtitle: SafeHtml | string; engineVersion: string; body: SafeHtml }): string {
  return html`<!DOCTYPE html>
<html lang="${page.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="generator" content="nqpf ${page.engineVersion}">
<title>${page.title}</title>
<style>${trusted(REPORT_CSS)}</style>
</head>
<body>
<header class="title"><h1>${page.title}</h1><p class="subtitle">${page.subtitle}</p></header>
${page.body}</body>
</html>
`.value;
}
