import type { MethodDefinition } from '../pipeline/types.js';
import { ahp } from './ahp.js';
import { coefficientOfVariation } from './coefficient-of-variation.js';
import { critic } from './critic.js';
import { entropy } from './entropy.js';
import { equal } from './equal.js';
import { fixed } from './fixed.js';
import { optimised } from './optimised.js';
import { pca } from './pca.js';
import { standardDeviation } from './standard-deviation.js';

export const weightMethods: MethodDefinition[] = [fixed, equal, entropy, critic, standardDeviation, coefficientOfVariation, pca, ahp, optimised];
