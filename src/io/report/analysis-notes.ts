import type { Lang, LocalizedName } from '../../core/index.js';

/**
 * The methods appendix's entries for the analyses (`analyses:`) and the uncertainty block (`uncertainty:`), by
 * `op/method`: the formula as the code computes it and the conventions a student must state, in zh and en, and
 * the references to cite. The same facts at length, with every edge case, are in docs/METHODS.md (`## analyses`,
 * `## uncertainty`); a test checks that every registered analysis has an entry here.
 */
export interface AnalysisNote {
  formula: LocalizedName;
  conventions: LocalizedName;
  reference: string;
}

const RESCALE = {
  zh: 'rescale: auto 时，取值已在 [0, 1] 内则直接使用，否则对全部地区 × 年份合并做极差变换 (x − min)/(max − min)。',
  en: 'rescale: auto uses values already in [0, 1] as they are, else rescales each column over all regions × years pooled, (x − min)/(max − min).',
};
const WEIGHTS = {
  zh: '空间权重：weights: auto 为随包的省级 queen 邻接（海南与广东相连），默认行标准化；某年有缺失值即报错，不静默删去地区。',
  en: 'Spatial weights: weights: auto is the bundled queen contiguity of the provinces (Hainan joined to Guangdong), row-standardised by default; a missing value in a year is an error, no region is dropped silently.',
};
const WANG_2021 = '王淑佳, 孔伟, 任亮 等 (2021). 国内耦合协调度模型的误区及修正. 自然资源学报, 36(3): 793–810';
const LIAO_1999 = '廖重斌 (1999). 环境与经济协调发展的定量评判及其分类体系. 热带地理, 19(2)';
const DAGUM = 'Dagum C. (1997), A new approach to the decomposition of the Gini income inequality ratio, Empirical Economics 22(4): 515–531';
const THEIL = 'Theil H. (1967), Economics and Information Theory, North-Holland; Shorrocks A. F. (1980), Econometrica 48(3): 613–625';
const REY_2001 = 'Rey S. J. (2001), Spatial empirics for economic growth and convergence, Geographical Analysis 33(3): 195–214';
const MARKOV = `Quah D. (1993), European Economic Review 37: 426–434; ${REY_2001}; Kemeny J. G. & Snell J. L. (1976), Finite Markov Chains, Springer; PySAL giddy`;
const CLIFF_ORD = 'Cliff A. D. & Ord J. K. (1981), Spatial Processes: Models and Applications, Pion';
const CLASSIC_D = {
  zh: 'C = k·[Π U_i / (Σ U_i)^k]^{1/k}；T = Σ α_i U_i；D = √(C·T)；D 按 0.1 分为十级（[0, 0.1] 极度失调 … (0.9, 1] 优质协调）',
  en: 'C = k·[Π U_i / (Σ U_i)^k]^{1/k}; T = Σ α_i U_i; D = √(C·T); D in ten bands of 0.1 ([0, 0.1] extreme imbalance … (0.9, 1] high-quality coordination)',
};
const COUPLING_CONVENTIONS = {
  zh: `U_i 为各维度（子系统）得分；α 之和为 1（equal 为 1/k）；经典耦合度 C 与修正耦合度 C′ 均列出。${RESCALE.zh}`,
  en: `U_i are the dimension (subsystem) scores; α sums to 1 (equal: 1/k); both the classic C and the corrected C′ are listed. ${RESCALE.en}`,
};
const INEQUALITY_GROUPS = {
  zh: '逐年计算，仅含当年有值的地区；groups 为地区分组（默认 region4：东部、中部、西部、东北）；要求数值非负。',
  en: 'Each year over the regions with a value; groups is the region grouping (default region4: east, central, west, northeast); values must be non-negative.',
};

export const ANALYSIS_NOTES: Record<string, AnalysisNote> = {
  'trends/trends': {
    formula: { zh: '年均复合增长率 CAGR = (x_末/x_初)^{1/(末年 − 初年)} − 1；同比增长率 = x_t/x_{t−1} − 1；全国与分组的逐年均值', en: 'CAGR = (x_last/x_first)^{1/(year_last − year_first)} − 1; year-on-year growth = x_t/x_{t−1} − 1; national and group means by year' },
    conventions: { zh: '取首末两个有值年份；首值或末值 ≤ 0 时不计算 CAGR；均值为不加权平均。', en: 'First and last observed years; no CAGR when the first or last value is ≤ 0; means are unweighted.' },
    reference: 'compound annual growth rate (geometric mean growth)',
  },
  'obstacle/obstacle': {
    formula: { zh: 'O_ij = F_j (1 − z_ij) / Σ_j F_j (1 − z_ij) × 100%；维度障碍度 = 其下指标障碍度之和', en: 'O_ij = F_j (1 − z_ij) / Σ_j F_j (1 − z_ij) × 100 %; a dimension\'s obstacle degree is the sum over its indicators' },
    conventions: { zh: `F_j 为指标的有效权重（逐层归一后相乘），z 为标准化后的指标值。${RESCALE.zh}缺失的指标不参与该地区当年的计算。`, en: `F_j is the indicator's effective weight (normalised within each parent, multiplied down the tree); z the normalized indicator. ${RESCALE.en} A missing indicator is left out of that region-year.` },
    reference: 'the obstacle-degree (障碍度) model of the Chinese regional-evaluation literature (factor contribution × deviation); nqpf docs/METHODS.md, worked case H5',
  },
  'coupling/classic': { formula: CLASSIC_D, conventions: COUPLING_CONVENTIONS, reference: `${LIAO_1999}; ${WANG_2021}` },
  'coupling/corrected': {
    formula: {
      zh: 'C′ = √{[1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{k−1} m] · [Π (U_i / max U)]^{1/(k−1)}}；T = Σ α_i U_i；D = √(C′·T)；十级等级同经典形式',
      en: 'C′ = √{[1 − Σ_{i>j} |U_i − U_j| / Σ_{m=1}^{k−1} m] · [Π (U_i / max U)]^{1/(k−1)}}; T = Σ α_i U_i; D = √(C′·T); the ten bands as the classic form',
    },
    conventions: COUPLING_CONVENTIONS,
    reference: `${WANG_2021}; ${LIAO_1999}`,
  },
  'disparity/dagum-gini': {
    formula: {
      zh: 'G = ΣΣΣΣ|y_ji − y_hr| / (2n²ȳ) = G_w + G_nb + G_t；G_w = Σ G_jj p_j s_j；G_nb = Σ_{j<h} G_jh (p_j s_h + p_h s_j) D_jh；G_t = Σ_{j<h} G_jh (p_j s_h + p_h s_j)(1 − D_jh)；D_jh = (d_jh − p_jh)/(d_jh + p_jh)',
      en: 'G = ΣΣΣΣ|y_ji − y_hr| / (2n²ȳ) = G_w + G_nb + G_t; G_w = Σ G_jj p_j s_j; G_nb = Σ_{j<h} G_jh (p_j s_h + p_h s_j) D_jh; G_t = Σ_{j<h} G_jh (p_j s_h + p_h s_j)(1 − D_jh); D_jh = (d_jh − p_jh)/(d_jh + p_jh)',
    },
    conventions: { zh: `${INEQUALITY_GROUPS.zh}p_j 为地区数占比，s_j 为得分总量占比；分组按均值从高到低排序；三部分之和严格等于 G。`, en: `${INEQUALITY_GROUPS.en} p_j is the group's share of regions, s_j its share of the total; groups sorted by mean, highest first; the three parts sum to G exactly.` },
    reference: DAGUM,
  },
  'disparity/theil': {
    formula: { zh: 'T = (1/n) Σ (y/ȳ) ln(y/ȳ) = Σ_g s_g T_g（组内）+ Σ_g s_g ln(s_g/p_g)（组间）', en: 'T = (1/n) Σ (y/ȳ) ln(y/ȳ) = Σ_g s_g T_g (within) + Σ_g s_g ln(s_g/p_g) (between)' },
    conventions: { zh: `${INEQUALITY_GROUPS.zh}约定 0·ln 0 = 0。`, en: `${INEQUALITY_GROUPS.en} 0·ln 0 = 0.` },
    reference: THEIL,
  },
  'disparity/cv': {
    formula: { zh: 'CV = sd / mean（逐年，全体与各分组）', en: 'CV = sd / mean (by year, overall and per group)' },
    conventions: { zh: 'sample: true 时标准差用 n − 1（R sd()），否则用 n；均值为 0 或数值过少时留空。', en: 'sample: true uses the n − 1 SD (R sd()), else n; empty when the mean is 0 or there are too few values.' },
    reference: 'standard σ-type dispersion measure; see also σ-convergence (Barro & Sala-i-Martin 1992)',
  },
  'kernel-density/kernel-density': {
    formula: { zh: 'f(x) = (1/n) Σ K_h(x − x_i)；带宽 nrd0 = 0.9·min(sd, IQR/1.34)·n^{−1/5}（Silverman），nrd = 1.06·min(sd, IQR/1.34)·n^{−1/5}（Scott）', en: 'f(x) = (1/n) Σ K_h(x − x_i); bandwidth nrd0 = 0.9·min(sd, IQR/1.34)·n^{−1/5} (Silverman), nrd = 1.06·min(sd, IQR/1.34)·n^{−1/5} (Scott)' },
    conventions: { zh: '带宽为核函数的标准差（与 R density() 相同）；网格从 min − cut·h 到 max + cut·h；逐年估计，缺失地区不计。', en: "The bandwidth is the kernel's standard deviation (as R density()); grid from min − cut·h to max + cut·h; each year on its own, missing regions left out." },
    reference: 'Silverman B. W. (1986), Density Estimation for Statistics and Data Analysis, Chapman & Hall; Scott D. W. (1992), Multivariate Density Estimation, Wiley; R stats::density',
  },
  'markov/markov': {
    formula: { zh: 'p_ij = n_ij / Σ_j n_ij（相邻两年由类别 i 转入 j 的次数）；稳态分布 πP = π；平均首达时间 m_ij = (z_jj − z_ij)/π_j，Z = (I − P + 1π)⁻¹；平均逗留时间 1/(1 − p_ii)', en: 'p_ij = n_ij / Σ_j n_ij (moves from class i to j between consecutive years); steady state πP = π; mean first passage m_ij = (z_jj − z_ij)/π_j, Z = (I − P + 1π)⁻¹; sojourn time 1/(1 − p_ii)' },
    conventions: { zh: '类别为分位数（R 第 7 类），类别 1 为最低，右闭；pooled: false 时逐年划分。', en: 'Classes are quantiles (R type 7), class 1 the lowest, right-closed; pooled: false classes each year separately.' },
    reference: MARKOV,
  },
  'spatial-markov/spatial-markov': {
    formula: { zh: '以期初年份空间滞后 (Wy)_i = Σ_j w_ij y_j 的类别 l 为条件的转移概率 p_ij(l) = n_ij(l) / Σ_j n_ij(l)', en: 'Transition probabilities p_ij(l) = n_ij(l) / Σ_j n_ij(l), conditioned on the class l of the spatial lag (Wy)_i = Σ_j w_ij y_j in the initial year' },
    conventions: { zh: `W 行标准化；本值与滞后值各自按分位数分类（默认全部年份合并，同 giddy）。${WEIGHTS.zh}`, en: `Row-standardised W; values and lags classed by their own quantiles (pooled over all years by default, as giddy). ${WEIGHTS.en}` },
    reference: `${REY_2001}; PySAL giddy Spatial_Markov`,
  },
  'moran/moran': {
    formula: { zh: 'I = (n/S0) ΣΣ w_ij z_i z_j / Σ z_i²，z = y − ȳ；E[I] = −1/(n − 1)；正态与随机化假设下的方差及双侧 z 检验；置换 p 值 = (较大次数 + 1)/(置换次数 + 1)', en: 'I = (n/S0) ΣΣ w_ij z_i z_j / Σ z_i², z = y − ȳ; E[I] = −1/(n − 1); variances under normality and randomisation with two-sided z-tests; permutation p = (larger + 1)/(permutations + 1)' },
    conventions: { zh: `${WEIGHTS.zh}置换以规格的随机种子、分析 id 与年份为种子，可重现。`, en: `${WEIGHTS.en} Permutations are seeded from the spec seed, the analysis id and the year, so they are reproducible.` },
    reference: `Moran P. A. P. (1950), Biometrika 37: 17–23; ${CLIFF_ORD}; PySAL esda`,
  },
  'local-moran/local-moran': {
    formula: { zh: 'I_i = (n − 1) z_i (Wz)_i / Σ z²，z 按总体标准差标准化；象限 HH/LH/LL/HL；条件置换 p 值，p ≤ significance 时为集聚，否则 ns', en: 'I_i = (n − 1) z_i (Wz)_i / Σ z², z standardised by the population SD; quadrants HH/LH/LL/HL; conditional-permutation p-value, a cluster when p ≤ significance, else ns' },
    conventions: { zh: `${WEIGHTS.zh}未做多重检验校正。`, en: `${WEIGHTS.en} No correction for multiple tests.` },
    reference: 'Anselin L. (1995), Local indicators of spatial association—LISA, Geographical Analysis 27(2): 93–115; PySAL esda Moran_Local',
  },
  'convergence/convergence': {
    formula: { zh: 'σ 收敛：逐年标准差与变异系数；绝对 β 收敛：ln(x_{t+1}/x_t) = α + β ln x_t + ε；条件 β 收敛加地区固定效应；收敛速度 λ = −ln(1 + β)，半衰期 ln 2/λ', en: 'σ-convergence: SD and CV by year; absolute β: ln(x_{t+1}/x_t) = α + β ln x_t + ε; conditional β adds region fixed effects; speed λ = −ln(1 + β), half-life ln 2/λ' },
    conventions: { zh: 'form: annual 合并全部相邻年份（跨多年时按年数年化）；form: span 用首末两年，λ = −ln(1 + β)/T；取对数要求得分为正。', en: 'form: annual pools every pair of consecutive years (annualised over uneven gaps); form: span uses the first and last year, λ = −ln(1 + β)/T; logs need positive scores.' },
    reference: 'Barro R. J. & Sala-i-Martin X. (1992), Journal of Political Economy 100(2): 223–251; Islam N. (1995), Quarterly Journal of Economics 110(4): 1127–1170',
  },
  'typology/typology': {
    formula: { zh: '水平分档（分位数或 Jenks 自然断点）；维度得分与全国均值之差判定优势、短板维度；水平 × 增速象限（以均值为界）；维度得分的 k 均值或 Ward 聚类；主要障碍因子与最相似地区', en: 'Level bands (quantiles or Jenks natural breaks); leading and lagging dimensions from the gap to the national mean; level × growth quadrants (split at the means); k-means or Ward clusters on the dimension scores; top obstacles and most similar regions' },
    conventions: { zh: 'k 均值以规格随机种子播种（k-means++），结果可重现；Ward 同 R hclust(ward.D2)；象限中等于均值者计为“高”。', en: 'k-means is seeded from the spec seed (k-means++), so it is reproducible; Ward as R hclust(ward.D2); a value equal to the mean counts as high in the quadrants.' },
    reference: 'Fisher W. D. (1958), JASA 53: 789–798; Jenks G. F. (1977); Arthur D. & Vassilvitskii S. (2007), k-means++; Ward J. H. (1963), JASA 58: 236–244',
  },
};

export const UNCERTAINTY_NOTES: Record<'uncertainty' | 'sensitivity', AnalysisNote> = {
  uncertainty: {
    formula: { zh: 'N 次运行，每次按均匀抽样改变 vary 中的选择并重建指数；每个地区 × 年份给出名义排名及排名的均值、中位数、5% 与 95% 分位数（R 第 7 类）', en: 'N runs, each rebuilding the index with the choices in vary drawn uniformly; for every region × year the nominal rank and the mean, median, 5th and 95th percentile rank (R type 7)' },
    conventions: { zh: '离散取值把均匀抽样等宽分箱，连续区间线性映射；权重噪声把权重乘以 (1 + U(−n, n))；全部抽样由规格的随机种子决定；失败的运行单独列出，不计入统计。', en: 'A discrete list maps the uniform draw to equal-width bins, a range maps it linearly; weight noise multiplies weights by (1 + U(−n, n)); every draw follows from the spec seed; failed runs are listed and left out of the statistics.' },
    reference: 'Saisana M., Saltelli A. & Tarantola S. (2005), J. R. Stat. Soc. A 168(2): 307–323; OECD/JRC (2008), Handbook on Constructing Composite Indicators; COINr get_sensitivity',
  },
  sensitivity: {
    formula: { zh: 'Saltelli 设计 N(d + 2) 次运行；y = 目标节点排名相对名义排名的平均绝对变化；一阶 S_i = mean(y_B (y_ABi − y_A))/V；总效应 S_Ti = Σ (y_A − y_ABi)²/(2NV)；V = var(y_A ∪ y_B)', en: 'Saltelli design, N(d + 2) runs; y = mean absolute rank change of the target against the nominal ranks; first order S_i = mean(y_B (y_ABi − y_A))/V; total S_Ti = Σ (y_A − y_ABi)²/(2NV); V = var(y_A ∪ y_B)' },
    conventions: { zh: '区间为 1000 次自助重抽样的 5%–95% 分位数；N 较小时 S_i 可能略为负值或大于 S_Ti，请结合区间解读。', en: 'Intervals are the 5th–95th percentiles of 1000 bootstrap resamples; with a small N, S_i can be slightly negative or exceed S_Ti: read the intervals.' },
    reference: 'Saltelli A. et al. (2010), Computer Physics Communications 181(2): 259–270; Jansen M. J. W. (1999), Computer Physics Communications 117: 35–43; Saisana, Saltelli & Tarantola (2005)',
  },
};

/** A resolved parameter value as short text: numbers and words as they are, lists and objects as compact JSON. */
function valueText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
}

/** The parameters an analysis ran with (defaults filled), as `key = value` items in spec order. */
export function paramsText(params: Record<string, unknown>, lang: Lang): string {
  const items = Object.entries(params)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k} = ${valueText(v)}`);
  return items.length === 0 ? (lang === 'zh' ? '无' : 'none') : items.join(lang === 'zh' ? '；' : '; ');
}
