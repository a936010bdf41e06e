import type { Lang, LocalizedName, ResolvedStep } from '../../core/index.js';

/**
 * The methods appendix's formulas and references, by `op/method` (formulas as in docs/METHODS.md), and the
 * conventions a step's resolved parameters stand for, in words. A method without an entry here is still
 * listed with its registry title and summary.
 */
export interface MethodNote {
  formula: string;
  reference: string;
}

const COINR = 'Becker W. et al. (2022), COINr: An R package for developing composite indicators, JOSS 7(78), 4567; COINr 1.1.14';
const HANDBOOK = 'OECD/JRC (2008), Handbook on Constructing Composite Indicators: Methodology and User Guide, OECD Publishing';

export const METHOD_NOTES: Record<string, MethodNote> = {
  'denominate/divide': { formula: 'x′ = x / d × scale', reference: HANDBOOK },
  'impute/mean': { formula: 'x̂_it = mean_j x_jt (same year)', reference: HANDBOOK },
  'impute/median': { formula: 'x̂_it = median_j x_jt (same year)', reference: HANDBOOK },
  'impute/group-mean': { formula: 'x̂_it = mean of x_jt over regions j of the same group', reference: COINR },
  'impute/group-median': { formula: 'x̂_it = median of x_jt over regions j of the same group', reference: COINR },
  'impute/min': { formula: 'x̂_it = min_j x_jt', reference: COINR },
  'impute/max': { formula: 'x̂_it = max_j x_jt', reference: COINR },
  'impute/latest': { formula: 'x̂_it = x_is, s = the latest earlier year with a value (within the look-back limit)', reference: COINR },
  'impute/constant': { formula: 'x̂_it = c', reference: COINR },
  'impute/linear-time': { formula: 'x̂_it linear between the nearest observed years; constant before the first and after the last (R approx, rule = 2)', reference: 'R Core Team, stats::approx' },
  'screen/availability': { formula: 'keep a region if its share of present (non-zero) values ≥ threshold', reference: COINR },
  'treat/skew-kurtosis': {
    formula: 'treat iff |skew| ≥ 2 and kurt ≥ 3.5 (Excel SKEW/KURT); winsorise one point at a time up to winmax; else log: ln(x − min + 0.01(max − min))',
    reference: `${COINR}; European Commission JRC COIN (2019), Ten step guide`,
  },
  'normalize/min-max': { formula: 'z = lo + (hi − lo)(x − min)/(max − min)', reference: HANDBOOK },
  'normalize/z-score': { formula: 'z = m + s(x − x̄)/σ', reference: HANDBOOK },
  'normalize/scaled': { formula: 'z = (x − a)/(b − a) × factor', reference: COINR },
  'normalize/dist-to-max': { formula: 'z = 1 − (max − x)/(max − min)', reference: COINR },
  'normalize/dist-to-ref': { formula: 'z = 1 − (x_ref − x)/(x_ref − min)', reference: COINR },
  'normalize/dist-to-target': { formula: 'z = (x − min)/(target − min), optionally capped at 1', reference: COINR },
  'normalize/frac-max': { formula: 'z = x / max', reference: COINR },
  'normalize/percentile-rank': { formula: 'z = (rank − 1)/(n − 1)', reference: COINR },
  'normalize/rank': { formula: 'z = rank of x (ties: minimum)', reference: COINR },
  'normalize/borda': { formula: 'z = rank − 1', reference: COINR },
  'normalize/goalposts': { formula: 'z = clip((x − lo)/(hi − lo), 0, 1) × scale', reference: COINR },
  'normalize/vector': { formula: 'z = x / √Σx²', reference: 'Hwang C.-L. & Yoon K. (1981), Multiple Attribute Decision Making, Springer' },
  'weight/fixed': { formula: 'w = the weights written in the framework, normalised within each parent', reference: HANDBOOK },
  'weight/equal': { formula: 'w = 1 / (number of siblings)', reference: HANDBOOK },
  'weight/entropy': {
    formula: "z = (x − min)/(max − min); z′ = z + A; p = z′/Σz′; e_j = −(1/ln N) Σ p ln p; g_j = 1 − e_j; w_j = g_j / Σg",
    reference: '杨丽, 孙之淳 (2015), 基于熵值法的西部新型城镇化发展水平测评, 经济问题 (3): 115–119; Shannon C. E. (1948)',
  },
  'weight/critic': { formula: 'C_j = σ_j Σ_k (1 − r_jk); w = C / ΣC', reference: 'Diakoulaki D., Mavrotas G. & Papayannakis L. (1995), Computers & Operations Research 22(7): 763–770' },
  'weight/standard-deviation': { formula: 'w_j = σ_j / Σσ', reference: HANDBOOK },
  'weight/coefficient-of-variation': { formula: 'w_j = (σ_j / x̄_j) / Σ(σ / x̄)', reference: HANDBOOK },
  'weight/pca': { formula: 'w_j ∝ squared loading of the first principal component (eigenvalues descending, sign fixed)', reference: HANDBOOK },
  'weight/ahp': { formula: 'w = principal eigenvector of the pairwise matrix; CR = CI/RI, CI = (λmax − n)/(n − 1)', reference: 'Saaty T. L. (1980), The Analytic Hierarchy Process, McGraw-Hill' },
  'aggregate/arithmetic': { formula: 'y = Σ w x / Σ w over the present children', reference: HANDBOOK },
  'aggregate/geometric': { formula: 'y = exp(Σ w ln x / Σ w), x > 0', reference: HANDBOOK },
  'aggregate/harmonic': { formula: 'y = Σ w / Σ (w / x), x > 0', reference: COINR },
  'aggregate/generalized-mean': { formula: 'y = (Σ w x^p / Σ w)^(1/p)', reference: COINR },
  'aggregate/copeland': { formula: 'outranking M[p,q] = Σ w[x_p > x_q] + ½ Σ w[x_p = x_q]; y = wins − losses', reference: COINR },
  'aggregate/topsis': { formula: 'D± = distance to the ideal (anti-ideal) point; C = D⁻ / (D⁺ + D⁻)', reference: 'Hwang C.-L. & Yoon K. (1981); Opricovic S. & Tzeng G.-H. (2004), EJOR 156(2): 445–455' },
  'aggregate/vikor': { formula: 'Q = v(S − S*)/(S⁻ − S*) + (1 − v)(R − R*)/(R⁻ − R*), score = 1 − Q', reference: 'Opricovic S. & Tzeng G.-H. (2004), EJOR 156(2): 445–455' },
  'aggregate/grey-relational': { formula: 'ξ = (Δmin + ρΔmax)/(Δ + ρΔmax), ρ = 0.5; grade = Σ w ξ', reference: '邓聚龙 (1982), 灰色系统 / Deng J. (1982), Systems & Control Letters 1(5): 288–294' },
  'aggregate/mazziotta-pareto': { formula: 'MPI = M − S · cv (standardised to mean 100, sd 10)', reference: 'Mazziotta M. & Pareto A. (2016), Social Indicators Research 127: 983–1003; R package Compind' },
  'aggregate/adjusted-mazziotta-pareto': { formula: 'AMPI = M − S · cv on goalpost-rescaled values (70–130)', reference: 'Mazziotta M. & Pareto A. (2016); R package Compind' },
  'aggregate/mean-min': { formula: 'y = mean − α · (mean − min)', reference: 'R package Compind (ci_mean_min)' },
  'rank/min': { formula: 'rank 1 = highest score, within each year; ties share the smallest rank', reference: COINR },
};

const POOLED: Record<'true' | 'false', LocalizedName> = {
  true: { zh: '面板合并：所有年份一起计算（得分跨年可比）', en: 'pooled: all years computed together (scores comparable across years)' },
  false: { zh: '逐年计算：每年单独计算（得分仅在年内可比）', en: 'per year: each year on its own (scores comparable within a year only)' },
};

/** The conventions a step's resolved parameters stand for, in words (METHODS.md: print every convention). */
export function conventionsOf(step: ResolvedStep, lang: Lang): string[] {
  const p = step.params;
  const out: string[] = [];
  const zh = lang === 'zh';
  if (step.op === 'normalize') out.push(zh ? '负向指标在标准化前取反（x → −x），使最优地区得分最高' : 'negative-direction indicators are flipped (x → −x) before normalising, so the best region scores highest');
  if (typeof p.pooled === 'boolean') out.push(POOLED[String(p.pooled) as 'true' | 'false'][lang]);
  if (Array.isArray(p.range)) out.push(zh ? `映射区间 [${p.range.join(', ')}]` : `rescaled to [${p.range.join(', ')}]`);
  if (typeof p.shift === 'number') {
    out.push(
      p.shift > 0
        ? zh ? `标准化后平移 A = ${p.shift}（避免 ln 0）` : `shift A = ${p.shift} added after standardising (avoids ln 0)`
        : zh ? 'A = 0，约定 0·ln 0 = 0' : 'A = 0 with the convention 0·ln 0 = 0',
    );
  }
  if (step.method === 'entropy' && typeof p.pooled === 'boolean') {
    out.push(p.pooled ? (zh ? 'k = 1/ln N，N 为该指标全部地区 × 年份的有值单元数' : 'k = 1/ln N, N = the cells with a value over all regions × years') : zh ? '各年权重取均值' : 'the mean of the yearly weights');
  }
  if (p.scope === 'all') out.push(zh ? '全部指标一起赋权，上级节点权重为其下指标权重之和' : 'all indicators weighted together; a parent weighs the sum of its indicators');
  if (p.scope === 'group') out.push(zh ? '在每个上级节点内分别赋权' : 'weighted within each parent');
  if (p.constant === 'error') out.push(zh ? '常数列报错（不静默产生 NaN）' : 'a constant column is an error (never a silent NaN)');
  if (typeof p.threshold === 'number' && step.op === 'aggregate') {
    out.push(p.threshold > 0 ? (zh ? `可得数据占比低于 ${p.threshold} 时不计算` : `no score when under ${p.threshold} of the children are present`) : zh ? '按现有子节点计算（缺失者不计）' : 'computed over the children present');
  }
  if (step.op === 'rank') out.push(zh ? '并列取最小名次' : 'ties share the smallest rank');
  return out;
}
