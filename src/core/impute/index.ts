import type { MethodDefinition } from '../pipeline/types.js';
import { constant } from './constant.js';
import { maximum, minimum } from './extreme.js';
import { groupMean, groupMedian } from './group-mean.js';
import { latest } from './latest.js';
import { linearTime } from './linear-time.js';
import { mean } from './mean.js';
import { median } from './median.js';

export const imputeMethods: MethodDefinition[] = [mean, median, groupMean, groupMedian, minimum, maximum, latest, constant, linearTime];
