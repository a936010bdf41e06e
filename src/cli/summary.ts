import { rootOf, type Build, type Lang } from '../core/index.js';

/** What `run` prints: the index ranking of the last year and group means, in the user's language. */
export function summarize(build: Build, lang: Lang, out: string): string {
  const { framework, regions, years, scores, ranks } = build.results;
  const root = rootOf(framework);
  const t = years.length - 1;
  const n = regions.length;
  const rows = regions
    .map((region, r) => ({ region, score: scores[root.code][t * n + r], rank: ranks[root.code][t * n + r] }))
    .filter((row) => !Number.isNaN(row.score))
    .sort((a, b) => a.rank - b.rank || a.region.code.localeCompare(b.region.code));
  const year = build.trace[0].panel.timeless ? '' : ` ${years[t]}`;
  const lines = [`${root.name[lang]}${year} — ${lang === 'zh' ? '排名' : 'ranking'}`];
  for (const row of rows.slice(0, 40)) {
    lines.push(`${String(row.rank).padStart(4)}  ${row.region.name[lang].padEnd(lang === 'zh' ? 10 : 22)} ${row.score.toFixed(2).padStart(8)}`);
  }
  if (rows.length > 40) lines.push(`  … ${rows.length - 40} ${lang === 'zh' ? '个地区未列出' : 'more regions'}`);
  const groupKey = regions[0]?.groups.region4 !== undefined ? 'region4' : null;
  if (groupKey) {
    const sums = new Map<string, { sum: number; count: number }>();
    for (const row of rows) {
      const g = row.region.groups[groupKey];
      const s = sums.get(g) ?? { sum: 0, count: 0 };
      sums.set(g, { sum: s.sum + row.score, count: s.count + 1 });
    }
    lines.push('', lang === 'zh' ? '四大区域均值' : 'Four-region means');
    for (const [g, s] of [...sums].sort((a, b) => b[1].sum / b[1].count - a[1].sum / a[1].count)) {
      lines.push(`  ${g.padEnd(12)} ${(s.sum / s.count).toFixed(2).padStart(8)}  (n=${s.count})`);
    }
  }
  lines.push('', `${lang === 'zh' ? '输出已写入' : 'outputs written to'} ${out}`);
  return `${lines.join('\n')}\n`;
}
