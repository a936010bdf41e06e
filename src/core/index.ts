/** nqpf's public library API: explicit re-exports only (a test lists them). */
export type { Framework, FrameworkNode, FrameworkSource, LocalizedName, Panel, Region } from './model/types.js';
export { NqpfError, NqpfErrors, isNqpfError, locationPrefix, type ErrorLocation } from './errors/nqpf-error.js';
export { messages, formatMessage, type Lang } from './errors/messages.js';
export { buildFramework, type RawFrameworkNode } from './framework/build-framework.js';
export { effectiveWeights, indicatorsOf, childrenOf, rootOf } from './framework/tree.js';
export { run, regenerate, hashSpec, ENGINE_VERSION, type Build, type Inputs, type Results, type StepRecord, type WeightRow } from './pipeline/run.js';
export { allMethods, findMethod, methodsOf, defaultMethod } from './pipeline/registry.js';
export { OPS, type MethodDefinition, type Note, type Op, type PipelineState } from './pipeline/types.js';
export { resolveSpec } from './spec/resolve.js';
export { specSchema, specJsonSchema, type ResolvedSpec, type ResolvedStep, type ResolvedAnalysis, type SpecInput } from './spec/schema.js';
export { canonicalJson } from './spec/canonical.js';
export { sha256 } from './spec/hash.js';
export { rankMin } from './stats/rank-min.js';
export { minMaxKernel } from './normalize/min-max.js';
export { zScoreKernel } from './normalize/z-score.js';
export { percentileRankKernel } from './normalize/percentile-rank.js';
export { entropyWeights } from './weight/entropy.js';
