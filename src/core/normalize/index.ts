import type { MethodDefinition } from '../pipeline/types.js';
import { minMax } from './min-max.js';
import { percentileRank } from './percentile-rank.js';
import { rank } from './rank.js';
import { zScore } from './z-score.js';

export const normalizeMethods: MethodDefinition[] = [minMax, zScore, rank, percentileRank];
