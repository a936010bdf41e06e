import type { MethodDefinition } from '../pipeline/types.js';
import type { AggregateKernel } from './apply.js';
import { benefitOfTheDoubt } from './benefit-of-the-doubt.js';
import { copeland } from './copeland.js';
import { baseParams, defineAggregate, rowKernels } from './define.js';
import { generalizedMean } from './generalized-mean.js';
import { greyRelational } from './grey-relational.js';
import { mazziottaPareto, adjustedMazziottaPareto } from './mazziotta-pareto.js';
import { meanMin } from './mean-min.js';
import { topsis } from './topsis.js';
import { vikor } from './vikor.js';

export { rowKernels };

function rowMethod(kernel: AggregateKernel, title: { zh: string; en: string }, summary: { zh: string; en: string }): MethodDefinition {
  return defineAggregate({ method: kernel.name, title, summary, params: baseParams, kernel: () => kernel });
}

export const aggregateMethods: MethodDefinition[] = [
  rowMethod(rowKernels.arithmetic, { zh: '加权算术平均', en: 'Arithmetic mean' }, { zh: 'Σwx/Σw（完全补偿）', en: 'Σwx/Σw (fully compensatory)' }),
  rowMethod(rowKernels.geometric, { zh: '加权几何平均', en: 'Geometric mean' }, { zh: '(Πx^w)^(1/Σw)，需正数', en: '(Πx^w)^(1/Σw), needs x > 0' }),
  rowMethod(rowKernels.harmonic, { zh: '加权调和平均', en: 'Harmonic mean' }, { zh: 'Σw/Σ(w/x)，需正数', en: 'Σw/Σ(w/x), needs x > 0' }),
  generalizedMean,
  copeland,
  topsis,
  vikor,
  greyRelational,
  mazziottaPareto,
  adjustedMazziottaPareto,
  meanMin,
  benefitOfTheDoubt,
];
