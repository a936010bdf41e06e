import type { MethodDefinition } from '../pipeline/types.js';
import { divide } from './divide.js';

export const denominateMethods: MethodDefinition[] = [divide];
