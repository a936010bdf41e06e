import { rootOf, type Build, type Lang } from '../core/index.js';
import { REGION4_LABELS } from '../core/regions/index.js';
import { printable } from '../core/errors/printable.js';

/** What `run` prints: the index ranking of the last year (zh and en names) and group means. */
export function summarize(build: Build, lang: Lang, out: string): string {
  const { framework, regions, years, scores, ranks } = build.results;
  const root = rootOf(framework);
  const t = years.length - 1;
  const n = regions.length;
  const rows = regions
    .map((region, r) => ({ region, score: scores[root.code][t * n + r], rank: ranks[root.code][t * n + r] }))
    .filter((row) => !Number.isNaN(row.score))
    .sort((a, b) => a.rank - b.rank || a.region.code.localeCompare(b.region.code));
  const digits = rows.every((row) => Math.abs(row.score) < 10) ? 4 : 2;
  const year = build.trace[0].panel.timeless ? '' : ` ${years[t]}`;
  // Names come from the user's files: printed with control characters escaped and cut (no terminal escapes).
  const title = root.name.zh === root.name.en ? printable(root.name.en, 80) : `${printable(root.name.zh, 40)} ${printable(root.name.en, 40)}`;
  const lines = [`${title}${year} — ${lang === 'zh' ? '排名' : 'ranking'}`];
  for (const row of rows.slice(0, 40)) {
    const zh = printable(row.region.name.zh, 40);
    const en = printable(row.region.name.en, 40);
    const name = zh === en ? pad(en, 28) : `${pad(zh, 8)} ${pad(en, 19)}`;
    lines.push(`${String(row.rank).padStart(4)}  ${name} ${row.score.toFixed(digits).padStart(9)}`);
  }
  if (rows.length > 40) lines.push(`  … ${rows.length - 40} ${lang === 'zh' ? '个地区未列出（见 scores.csv）' : 'more regions (see scores.csv)'}`);
  if (regions[0]?.groups.region4 !== undefined) lines.push('', ...groupMeans(rows, digits));
  lines.push('', `${lang === 'zh' ? '输出已写入' : 'outputs written to'} ${out}`);
  return `${lines.join('\n')}\n`;
}

function groupMeans(rows: { region: { groups: Record<string, string> }; score: number }[], digits: number): string[] {
  const sums = new Map<string, { sum: number; count: number }>();
  for (const row of rows) {
    const group = row.region.groups.region4;
    const s = sums.get(group) ?? { sum: 0, count: 0 };
    sums.set(group, { sum: s.sum + row.score, count: s.count + 1 });
  }
  const lines = ['四大区域均值 Four-region means'];
  for (const [group, s] of [...sums].sort((a, b) => b[1].sum / b[1].count - a[1].sum / a[1].count)) {
    const label = REGION4_LABELS[group as keyof typeof REGION4_LABELS];
    const name = label ? `${pad(label.zh, 4)} ${pad(label.en, 10)}` : pad(printable(group, 40), 15);
    lines.push(`  ${name} ${(s.sum / s.count).toFixed(digits).padStart(9)}  (n=${s.count})`);
  }
  return lines;
}

/** Pad to a display width, counting CJK characters as two columns. */
function pad(text: string, width: number): string {
  const used = [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - used));
}
