import { withAnalyses } from '../analyses/run-analyses.js';
import type { AnalysisResult, NeighborFile } from '../analyses/types.js';
import { NqpfError } from '../errors/nqpf-error.js';
import { applyOverrides } from '../framework/overrides.js';
import { dominance, dominanceNotes } from '../audit/dominance.js';
import { effectiveWeights } from '../framework/tree.js';
import type { Framework, Panel, Region } from '../model/types.js';
import { rankScores } from '../rank/rank.js';
import { canonicalJson } from '../spec/canonical.js';
import { sha256 } from '../spec/hash.js';
import { resolveSpec } from '../spec/resolve.js';
import type { ResolvedSpec, ResolvedStep } from '../spec/schema.js';
import { indicatorColumns } from '../weight/apply.js';
import { initialState } from './initial-state.js';
import { findMethod } from './registry.js';
import type { EarlierRanks, Note, PipelineState } from './types.js';

export const ENGINE_VERSION = '0.1.0';

/** What a build reads: a framework and a panel (from io adapters), with where they came from. */
export interface Inputs {
  framework: Framework;
  panel: Panel;
  /** Content hashes of the input files (set by io; empty for in-memory inputs). */
  hashes?: Record<string, string>;
  /** The framework's file name, for error locations. */
  frameworkFile?: string;
  /** Neighbour files named by analyses (params.weights), parsed by io, keyed by the path as the spec writes it. */
  analysisFiles?: Record<string, NeighborFile>;
}

export interface StepRecord {
  id: string;
  op: string;
  method: string;
  params: Record<string, unknown>;
  notes: Note[];
}

export interface WeightRow {
  node: string;
  parent: string | null;
  level: number;
  weight: number;
  effectiveWeight: number;
}

export interface Results {
  framework: Framework;
  regions: Region[];
  years: number[];
  scores: Record<string, Float64Array>;
  ranks: Record<string, Float64Array>;
  weights: WeightRow[];
}

export interface Build {
  engineVersion: string;
  specHash: string;
  inputHashes: Record<string, string>;
  spec: ResolvedSpec;
  /** Notes from joining framework and data (dropped indicators). */
  loadNotes: Note[];
  steps: StepRecord[];
  results: Results;
  /** trace[k] is the state before step k; trace[steps.length] the final state. For regenerate and audit. */
  trace: PipelineState[];
  inputs: Inputs;
  /** Checks of the result (the dominance guard, audit/dominance.ts): notes for notes.csv, the report and the web app. */
  checks: Note[];
  /** The spec's analyses (DESIGN.md §4), computed over the final state; absent when the spec lists none. */
  analyses?: AnalysisResult[];
}

/**
 * Build an index: resolve the spec, join framework and data, apply each step in order, rank.
 * Pure: the same spec and inputs give the same Build; inputs are never mutated.
 */
export function run(spec: unknown, inputs: Inputs): Build {
  const { resolved, hash } = resolveHashed(spec);
  const missing = frameworkMissingPolicy(resolved);
  const framework = applyOverrides(inputs.framework, resolved.framework);
  const { state, notes } = initialState(framework, inputs.panel, missing, inputs.frameworkFile ?? 'framework');
  return continueBuild(resolved, hash, inputs, notes, [state], [], 0);
}

export interface RegenerateOptions {
  /**
   * false: leave the result checks (the dominance guard: seconds at county scale) out, `checks` empty, for an
   * interactive caller (the web app's weight slider) that adds them later, off its critical path, with
   * `withChecks`. Default true.
   */
  checks?: boolean;
}

/**
 * Re-run a build for a changed spec from the first step that differs (the seed or inputs changing means
 * from the start). Equals run(changedSpec, build.inputs) — a property test checks it. Ranks of score columns
 * equal to the earlier build's (indicators after a weight change, untouched pillars) are taken from it.
 */
export function regenerate(build: Build, changedSpec: unknown, options: RegenerateOptions = {}): Build {
  const { resolved, hash } = resolveHashed(changedSpec);
  const sameInputs =
    canonicalJson(resolved.framework) === canonicalJson(build.spec.framework) &&
    canonicalJson(resolved.data) === canonicalJson(build.spec.data);
  if (!sameInputs) throw new NqpfError('REGENERATE_INPUTS', {}, { pointer: '/data' });
  let from = 0;
  if (resolved.seed === build.spec.seed) {
    while (from < resolved.steps.length && from < build.steps.length && sameStep(resolved.steps[from], build.steps[from])) from++;
  }
  if (from === resolved.steps.length && from === build.steps.length) {
    return withAnalyses({ ...build, spec: resolved, specHash: hash });
  }
  const earlier = { scores: build.results.scores, ranks: build.results.ranks, regions: build.results.regions.length, years: build.results.years.length };
  return continueBuild(resolved, hash, build.inputs, build.loadNotes, build.trace.slice(0, from + 1), build.steps.slice(0, from), from, { ...options, earlier });
}

/** The build with its result checks (for one regenerated with `checks: false`); what run would have given it. */
export function withChecks(build: Build): Build {
  const final = build.trace[build.trace.length - 1];
  return { ...build, checks: resultChecks(build.steps, { ...final, scores: build.results.scores }) };
}

function resultChecks(records: StepRecord[], final: PipelineState): Note[] {
  return records.some((r) => r.op === 'aggregate') ? dominanceNotes(dominance(final.framework, final.weights, final.scores!)) : [];
}

function continueBuild(
  spec: ResolvedSpec,
  specHash: string,
  inputs: Inputs,
  loadNotes: Note[],
  trace: PipelineState[],
  records: StepRecord[],
  from: number,
  options: RegenerateOptions & { earlier?: EarlierRanks } = {},
): Build {
  let state = trace[from];
  const dropped = droppedNodes([...loadNotes, ...records.flatMap((r) => r.notes)]);
  for (let index = from; index < spec.steps.length; index++) {
    const step = spec.steps[index];
    const method = findMethod(step.op, step.method)!;
    const notes: Note[] = [];
    state = method.run(state, step.params, { stepId: step.id, stepIndex: index, seed: spec.seed, notes, dropped, earlier: options.earlier });
    for (const code of droppedNodes(notes)) dropped.add(code);
    records.push({ ...step, notes });
    trace.push(state);
  }
  const final = finishState(state, options.earlier);
  return withAnalyses({
    engineVersion: ENGINE_VERSION,
    specHash,
    inputHashes: inputs.hashes ?? {},
    spec,
    loadNotes,
    steps: records,
    checks: options.checks === false ? [] : resultChecks(records, final),
    results: resultsOf(final),
    trace,
    inputs,
  });
}

/** Codes of the framework nodes that notes say were dropped (no data, screened out, no children left). */
export function droppedNodes(notes: readonly Note[]): Set<string> {
  const codes = new Set<string>();
  for (const note of notes) if ((note.code === 'NODE_DROPPED' || note.code === 'SCREENED_INDICATOR') && note.indicator) codes.add(note.indicator);
  return codes;
}

/** Scores exist even without an aggregate step (indicators only); ranks always follow (ties: min). */
export function finishState(state: PipelineState, earlier?: EarlierRanks): PipelineState {
  let out = state;
  if (!out.scores) {
    const { codes, columns } = indicatorColumns(out);
    out = { ...out, scores: Object.fromEntries(codes.map((c, j) => [c, columns[j]])) };
  }
  return out.ranks ? out : rankScores(out, earlier);
}

function resultsOf(state: PipelineState): Results {
  const effective = effectiveWeights(state.framework, state.weights);
  return {
    framework: state.framework,
    regions: state.panel.regions,
    years: state.panel.years,
    scores: state.scores!,
    ranks: state.ranks!,
    weights: state.framework.nodes.map((n) => ({
      node: n.code,
      parent: n.parent,
      level: n.level,
      weight: n.parent === null ? 1 : state.weights[n.code],
      effectiveWeight: effective[n.code],
    })),
  };
}

function sameStep(a: ResolvedStep, b: ResolvedStep): boolean {
  return canonicalJson([a.id, a.op, a.method, a.params]) === canonicalJson([b.id, b.op, b.method, b.params]);
}

function frameworkMissingPolicy(spec: ResolvedSpec): 'error' | 'drop' {
  return typeof spec.framework === 'string' ? 'error' : (spec.framework.missing ?? 'error');
}

export function hashSpec(spec: ResolvedSpec): string {
  return sha256(canonicalJson(spec));
}

/**
 * The last spec document resolved, with its hash: builds repeated with an unchanged spec (uncertainty
 * workers, benchmarks, a session re-running its spec) skip validation and hashing. The document must be the
 * same object with the same JSON text, so one edited in place is resolved again.
 */
let last: { document: object; text: string; resolved: ResolvedSpec; hash: string } | null = null;

function resolveHashed(document: unknown): { resolved: ResolvedSpec; hash: string } {
  const text = typeof document === 'object' && document !== null ? jsonText(document) : undefined;
  if (last && last.document === document && last.text === text) return last;
  const resolved = resolveSpec(document);
  const hash = hashSpec(resolved);
  if (text !== undefined) last = { document: document as object, text, resolved, hash };
  return { resolved, hash };
}

/** JSON text of a document, or undefined when it has none (cycles, BigInt): such documents are not kept. */
function jsonText(document: object): string | undefined {
  try {
    return JSON.stringify(document);
  } catch {
    return undefined;
  }
}
