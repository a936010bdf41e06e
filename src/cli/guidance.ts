import { guidanceTables, hasGuidance, prepareSolvers, runGuidance, type Build, type GuidanceResult } from '../core/index.js';
import type { OutputWriter } from '../io/node/output-folder.js';
import { loadTargets } from '../io/node/guidance-inputs.js';
import { inSpecFile } from './build-spec.js';

/**
 * The spec's guidance blocks over a build (scenarios, paths, projection, targets), every problem located in
 * the spec file; null when the spec has none. Paths solve linear programs: HiGHS is loaded first.
 */
export async function guidanceOf(build: Build, specPath: string, specDir: string): Promise<GuidanceResult | null> {
  if (!hasGuidance(build)) return null;
  if ((build.spec.paths?.length ?? 0) > 0) await prepareSolvers();
  return inSpecFile(specPath, () => runGuidance(build, loadTargets(build.spec, specDir)));
}

/** Guidance tables as output files: scenarios/<id>.csv, paths/<id>.csv, paths/<id>-outcome.csv, projection.csv, targets.csv … */
export function writeGuidance(out: OutputWriter, result: GuidanceResult): void {
  for (const table of guidanceTables(result)) out.table(table);
}

/** A few lines on what the guidance found (paths' outcomes above all), for the terminal. */
export function summarizeGuidance(result: GuidanceResult, lang: 'zh' | 'en'): string {
  const lines: string[] = [];
  for (const s of result.scenarios) {
    const moved = s.rows.filter((r) => r.rankAfter !== r.rankBefore && r.node === s.rows[0].node).length;
    lines.push(lang === 'zh' ? `情景 ${s.id}（${s.year}）：${moved} 个地区的总指数排名变化` : `scenario ${s.id} (${s.year}): ${moved} regions change index rank`);
  }
  for (const p of result.paths) {
    const verdict = p.reached ? (lang === 'zh' ? '达到目标' : 'target reached') : lang === 'zh' ? '未达到目标' : 'target NOT reached';
    lines.push(
      lang === 'zh'
        ? `路径 ${p.id}：${p.region} ${p.year} ${p.target}，改动 ${p.moves.length} 个指标（${p.solver === 'lp' ? '线性规划' : '搜索'}）；完全重建后排名 ${p.rankAfter}，${verdict}`
        : `path ${p.id}: ${p.region} ${p.year} ${p.target}, ${p.moves.length} indicators moved (${p.solver}); full rebuild: rank ${p.rankAfter}, ${verdict}`,
    );
    for (const e of p.excluded) lines.push(lang === 'zh' ? `  未纳入路径：${e.indicator}（${e.reason}），见 paths/${p.id}-excluded.csv` : `  not moved: ${e.indicator} (${e.reason}), in paths/${p.id}-excluded.csv`);
  }
  const projection = result.projection;
  if (projection) {
    const mode = lang === 'zh' ? (projection.rebuilt ? '整体重建' : '保持构建的权重与边界') : projection.rebuilt ? 'rebuilt with the projected years' : "weights and bounds held: scores.csv's scale";
    lines.push(lang === 'zh' ? `预测（外推，${mode}）：${projection.years[0]}–${projection.years.at(-1)}，见 projection.csv` : `projection (extrapolated; ${mode}): ${projection.years[0]}–${projection.years.at(-1)}, in projection.csv`);
  }
  if (result.targets) lines.push(lang === 'zh' ? `目标差距：${result.targets.length} 行，见 targets.csv` : `distance to targets: ${result.targets.length} rows, in targets.csv`);
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
