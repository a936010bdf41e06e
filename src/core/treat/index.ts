import type { MethodDefinition } from '../pipeline/types.js';
import { skewKurtosis } from './skew-kurtosis.js';

export const treatMethods: MethodDefinition[] = [skewKurtosis];
