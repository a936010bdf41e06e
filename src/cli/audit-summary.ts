import type { Lang } from '../core/index.js';
import type { AuditResult } from '../core/audit/run-audit.js';
import type { Note } from '../core/pipeline/types.js';
import { BINNED_GRID, EXACT_PAIRS } from '../core/audit/importance.js';

/**
 * The audit's report, `audit/report.md`: what each table flags, in words, so the user knows where to look —
 * indicators with low availability or outlying skew and kurtosis (COINr thresholds), high, low and
 * negative correlations, groups with Cronbach's α below 0.7 (Nunnally 1978), and values that break their
 * own series (core/audit/series-jumps.ts, flagged, never changed). Each line names the CSV with the details.
 */
export function auditReport(audit: AuditResult, jumps: readonly Note[], lang: Lang): string {
  const zh = lang === 'zh';
  const list = (items: string[]) => (items.length === 0 ? (zh ? '无' : 'none') : items.join(zh ? '、' : ', '));
  const lowAvailability = audit.stats.filter((s) => s.flagAvailability === 'LOW').map((s) => s.indicator);
  const outlying = audit.stats.filter((s) => s.flagSkewKurtosis === 'OUT').map((s) => s.indicator);
  const corr = (flag: string) => audit.correlations.filter((c) => c.flag === flag).map((c) => `${c.node}~${c.against} (${c.method} ${c.r.toFixed(2)})`);
  const weakGroups = audit.groups.filter((g) => Number.isFinite(g.alpha) && g.alpha < 0.7).map((g) => `${g.node} (α = ${g.alpha.toFixed(2)})`);
  const lines = zh
    ? [
        '# 统计审计报告',
        '',
        `- 有效数据比例偏低的指标（indicator-stats.csv）：${list(lowAvailability)}`,
        `- 偏度与峰度超出阈值、可能需要处理离群值的指标（indicator-stats.csv）：${list(outlying)}`,
        `- 高度相关（可能重复）的指标对（correlations.csv）：${list(corr('high'))}`,
        `- 负相关的指标对（correlations.csv）：${list(corr('negative'))}`,
        `- 内部一致性偏低（克朗巴赫 α < 0.7）的维度（groups.csv）：${list(weakGroups)}`,
        `- 序列突变值（series-jumps.csv，仅标记、未改动）：${jumps.length} 个`,
        ...jumps.slice(0, 20).map((j) => `  - ${j.detail}`),
      ]
    : [
        '# Statistical audit',
        '',
        `- Indicators with low data availability (indicator-stats.csv): ${list(lowAvailability)}`,
        `- Indicators whose skew and kurtosis are out of bounds, candidates for outlier treatment (indicator-stats.csv): ${list(outlying)}`,
        `- Highly correlated (possibly redundant) pairs (correlations.csv): ${list(corr('high'))}`,
        `- Negatively correlated pairs (correlations.csv): ${list(corr('negative'))}`,
        `- Groups with low internal consistency, Cronbach's α < 0.7 (groups.csv): ${list(weakGroups)}`,
        `- Values that break their own series (series-jumps.csv; flagged, never changed): ${jumps.length}`,
        ...jumps.slice(0, 20).map((j) => `  - ${j.detail}`),
      ];
  if (jumps.length > 20) lines.push(`  - … +${jumps.length - 20}`);
  if (audit.importanceBinnedPairs > 0) {
    const n = audit.importanceBinnedPairs.toLocaleString('en');
    lines.push(
      zh
        ? `- 一阶效应（importance.csv）：${n} 个地区-年份超过 ${EXACT_PAIRS.toLocaleString('en')}，核回归在 ${BINNED_GRID} 点线性分箱网格上计算（Fan & Marron 1994），全部样本参与`
        : `- First-order effects (importance.csv): ${n} region-years exceed ${EXACT_PAIRS.toLocaleString('en')}, so the kernel regression ran on a ${BINNED_GRID}-point linearly binned grid (Fan & Marron 1994), every pair counted`,
    );
  }
  return `${lines.join('\n')}\n`;
}
