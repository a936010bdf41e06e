import type { MethodDefinition } from '../pipeline/types.js';
import { entropy } from './entropy.js';
import { equal } from './equal.js';
import { fixed } from './fixed.js';

export const weightMethods: MethodDefinition[] = [fixed, equal, entropy];
