import type { Lang } from '../core/index.js';
import { seriesJumps } from '../core/audit/series-jumps.js';
import { indicatorsOf } from '../core/framework/tree.js';
import type { Inputs } from '../core/pipeline/run.js';
import type { Note } from '../core/pipeline/types.js';

/**
 * What `validate` prints after `ok`: regions, years, the framework's indicators found in the data (and
 * those dropped), blank cells among them, cells cleaned, and values that break their own series
 * (core/audit/series-jumps.ts; flagged, never changed) — the
 * facts a user checks before trusting a run.
 */
export function validationSummary(inputs: Inputs, notes: readonly Note[], lang: Lang): string {
  const { panel, framework } = inputs;
  const indicators = indicatorsOf(framework);
  const present = indicators.filter((n) => n.code in panel.columns);
  const cells = panel.regions.length * panel.years.length;
  let blanks = 0;
  for (const node of present) {
    const seen = panel.observed[node.code];
    for (let i = 0; i < cells; i++) if (seen[i] === 0) blanks++;
  }
  const cleaned = notes.filter((n) => n.code === 'CELL_CLEANED').length;
  const dropped = indicators.length - present.length;
  const jumps = seriesJumps(panel, present.map((n) => n.code));
  const span = panel.timeless ? '—' : panel.years.length === 1 ? String(panel.years[0]) : `${panel.years[0]}–${panel.years[panel.years.length - 1]} (${panel.years.length})`;
  const share = cells * present.length === 0 ? 0 : (100 * blanks) / (cells * present.length);
  const zh = lang === 'zh';
  const lines = [
    zh ? `  地区     ${panel.regions.length}` : `  regions     ${panel.regions.length}`,
    zh ? `  年份     ${span}` : `  years       ${span}`,
    zh ? `  指标     ${present.length} / ${indicators.length}${dropped > 0 ? `（${dropped} 个不在数据中，已略去）` : ''}` : `  indicators  ${present.length} of ${indicators.length}${dropped > 0 ? ` (${dropped} not in the data, dropped)` : ''}`,
    zh ? `  空值     ${blanks}（${share.toFixed(1)}%）` : `  blanks      ${blanks} (${share.toFixed(1)}%)`,
    zh ? `  已清洗   ${cleaned}` : `  cleaned     ${cleaned}`,
    zh ? `  突变值   ${jumps.length}` : `  jumps       ${jumps.length}`,
  ];
  for (const jump of jumps.slice(0, 20)) lines.push(`    ${jump.detail ?? ''}`);
  if (jumps.length > 20) lines.push(`    … +${jumps.length - 20}`);
  return `${lines.join('\n')}\n`;
}
