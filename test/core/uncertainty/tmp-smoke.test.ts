import { it } from 'vitest';
import { buildSpec } from '../../helpers/build.js';
import { runUncertainty } from '../../../src/core/uncertainty/analysis.js';
it('smoke', () => {
  const build = buildSpec({
    framework: { format: 'coinr', path: 'data/coinr-asem/iMeta.csv' }, data: { format: 'coinr', path: 'data/coinr-asem/iData.csv' }, seed: 42,
    steps: [
      { id: 'treat', op: 'treat', method: 'skew-kurtosis', params: { winmax: 5 } },
      { id: 'normalize', op: 'normalize', method: 'min-max', params: { range: [1, 100] } },
      { id: 'weight', op: 'weight', method: 'fixed' },
      { id: 'aggregate', op: 'aggregate', method: 'arithmetic' }],
    uncertainty: { runs: 1000, vary: [
      { step: 'treat', pointer: '/params/winmax', values: [1, 2, 3, 4, 5] },
      { step: 'normalize', pointer: '/method', values: [{ method: 'min-max', params: { range: [1, 100] } }, { method: 'z-score', params: { mean: 10, sd: 2 } }] },
      { step: 'weight', pointer: '/params/noise', values: [{ levels: { '2': 0.25, '3': 0.25 } }] },
      { step: 'aggregate', pointer: '/method', values: ['arithmetic', 'geometric'] }] },
  });
  for (const type of ['uncertainty', 'sensitivity'] as const) {
    const t0 = performance.now();
    const res = runUncertainty(build, { type });
    console.log(type, res.plan.totalRuns, 'runs', (performance.now() - t0).toFixed(0), 'ms', 'failures', res.failures.length, res.failures[0]?.message);
    console.log(res.intervals.slice(0, 4).map((c) => [build.results.regions[c.cell].code, c.nominalRank, c.meanRank, c.medianRank, c.q05Rank, c.q95Rank].join(' ')));
    console.log(res.indices);
  }
});
