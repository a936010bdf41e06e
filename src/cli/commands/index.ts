import type { Command } from 'commander';
import type { Lang } from '../../core/index.js';
import { registerAudit } from './audit.js';
import { registerAnalyze } from './analyze.js';
import { registerInit } from './init.js';
import { registerDiff } from './diff.js';
import { registerMethods } from './methods.js';
import { registerReport } from './report.js';
import { registerRun } from './run.js';
import { registerSchema } from './schema.js';
import { registerServe } from './serve.js';
import { registerSensitivity } from './sensitivity.js';
import { registerValidate } from './validate.js';
import { registerWhatif } from './whatif.js';

/** Each command registers itself on the program; the order here is the order of `nqpf --help`. */
export type RegisterCommand = (program: Command, lang: Lang) => void;

export const commands: RegisterCommand[] = [registerRun, registerAnalyze, registerValidate, registerMethods, registerSchema, registerInit, registerServe, registerSensitivity, registerAudit, registerReport, registerDiff, registerWhatif];
