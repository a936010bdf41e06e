import type { Message } from '../messages.js';

/** Messages of combined, optimised and benefit-of-the-doubt weights, and of the LP solver. */
export const weightingMessages: Record<string, Message> = {
  COMBINED_ALPHA: { zh: 'alpha 有 {count} 个值，但组合了 {members} 种方法', en: 'alpha has {count} values but {members} methods are combined' },
  OPT_WEIGHTS_LEVEL: {
    zh: '第 {level} 层不能优化权重：{detail}',
    en: 'cannot optimise the weights of level {level}: {detail}',
  },
  OPT_WEIGHTS_TARGETS: { zh: '目标重要性无效：{detail}', en: 'bad target importances: {detail}' },
  OPT_WEIGHTS_NOT_CONVERGED: {
    zh: '第 {level} 层权重优化在 {value} 次迭代后未收敛；请增大 maxIterations 或 tolerance',
    en: 'weight optimisation of level {level} did not converge in {value} iterations; raise maxIterations or tolerance',
  },
  OPT_WEIGHTS_CORRELATION: {
    zh: '{indicator} 与总指数的相关系数 {value}（{detail}）',
    en: '{indicator} correlates with the index at {value} ({detail})',
  },
  LP_SOLVER_NOT_READY: {
    zh: '线性规划求解器尚未加载；运行前请先 await prepareSolvers()',
    en: 'the linear-programming solver is not loaded; await prepareSolvers() before running',
  },
  BOD_RESTRICTIONS: { zh: '份额约束无效：{detail}', en: 'bad share restrictions: {detail}' },
  BOD_LP_FAILED: {
    zh: '{region} {year} 的 {node} 的线性规划求解失败（{detail}）',
    en: 'the linear program of {node} for {region} {year} failed ({detail})',
  },
  BOD_WEIGHTS: { zh: '{region} {year} {indicator} 的 BoD 权重 {value}（{detail}）', en: '{region} {year} {indicator} BoD weight {value} ({detail})' },
};
