import type { MethodDefinition } from '../pipeline/types.js';
import { availability } from './availability.js';

export const screenMethods: MethodDefinition[] = [availability];
