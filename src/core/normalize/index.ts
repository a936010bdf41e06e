import type { MethodDefinition } from '../pipeline/types.js';
import { borda } from './borda.js';
import { distToMax } from './dist-to-max.js';
import { distToRef } from './dist-to-ref.js';
import { distToTarget } from './dist-to-target.js';
import { fracMax } from './frac-max.js';
import { goalposts } from './goalposts.js';
import { minMax } from './min-max.js';
import { percentileRank } from './percentile-rank.js';
import { rank } from './rank.js';
import { scaled } from './scaled.js';
import { vector } from './vector.js';
import { zScore } from './z-score.js';

export const normalizeMethods: MethodDefinition[] = [
  minMax, zScore, scaled, distToMax, distToRef, distToTarget, fracMax, percentileRank, rank, borda, goalposts, vector,
];
