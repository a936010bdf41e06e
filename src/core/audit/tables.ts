import type { UncertaintyTable as AuditTable } from '../uncertainty/tables.js';
import type { AuditResult } from './run-audit.js';

/** The tables of `nqpf audit`, in a fixed order at full precision (the same build gives the same bytes). */
export function auditTables(audit: AuditResult): AuditTable[] {
  return [
    {
      name: 'indicator-stats',
      header: ['indicator', 'min', 'max', 'mean', 'median', 'sd', 'skew', 'kurtosis', 'n_available', 'n_nonzero', 'n_unique', 'n_same', 'frc_available', 'frc_nonzero', 'frc_unique', 'frc_same', 'flag_available', 'flag_nonzero', 'flag_unique', 'flag_skew_kurtosis'],
      headerZh: ['指标', '最小值', '最大值', '均值', '中位数', '标准差', '偏度', '峰度', '有效数', '非零数', '不同值数', '最多重复数', '有效比例', '非零比例', '不同值比例', '重复比例', '有效性标记', '非零标记', '不同值标记', '偏峰标记'],
      rows: audit.stats.map((s) => [s.indicator, s.min, s.max, s.mean, s.median, s.sd, s.skew, s.kurtosis, s.available, s.nonZero, s.unique, s.same, s.fractionAvailable, s.fractionNonZero, s.fractionUnique, s.fractionSame, s.flagAvailability, s.flagNonZero, s.flagUnique, s.flagSkewKurtosis]),
    },
    {
      name: 'correlations',
      header: ['node', 'level', 'against', 'method', 'r', 'p_value', 'n', 'flag'],
      headerZh: ['节点', '层级', '对照', '方法', '相关系数', 'p 值', '样本数', '标记'],
      rows: audit.correlations.map((c) => [c.node, c.level, c.against, c.method, c.r, c.p, c.n, c.flag]),
    },
    {
      name: 'groups',
      header: ['node', 'level', 'children', 'cronbach_alpha', 'pca_rows', 'pc1_variance', 'pc2_variance'],
      headerZh: ['节点', '层级', '下级数', '克朗巴赫α', 'PCA 行数', '第一主成分方差占比', '第二主成分方差占比'],
      rows: audit.groups.map((g) => [g.node, g.level, g.children, g.alpha, g.pcaRows, g.varianceExplained[0], g.varianceExplained[1]]),
    },
    {
      name: 'pca-loadings',
      header: ['node', 'component', 'pc1_loading'],
      headerZh: ['节点', '成分', '第一主成分载荷'],
      rows: audit.groups.flatMap((g) => g.loadings.map((l) => [g.node, l.component, l.loading])),
    },
    {
      name: 'importance',
      header: ['node', 'level', 'correlation_ratio', 'r_squared', 'importance_share', 'weight_share'],
      headerZh: ['节点', '层级', '相关比（一阶效应）', '判定系数', '重要性占比', '权重占比'],
      rows: audit.importance.map((i) => [i.node, i.level, i.correlationRatio, i.linear, i.share, i.weightShare]),
    },
    {
      name: 'effective-weights',
      header: ['node', 'parent', 'level', 'weight', 'effective_weight'],
      headerZh: ['节点', '上级', '层级', '权重', '有效权重'],
      rows: audit.weights.map((w) => [w.node, w.parent ?? '', w.level, w.weight, w.effectiveWeight]),
    },
    {
      name: 'remove-one',
      header: ['node', 'level', 'mean_abs_rank_change', 'error'],
      headerZh: ['剔除节点', '层级', '平均绝对排名变化', '错误'],
      rows: audit.removal.effects.map((e) => [e.node, audit.removal.level, e.meanAbsRankChange, e.error ?? '']),
    },
  ];
}
