import { convergence } from './convergence.js';
import { couplingClassic, couplingCorrected } from './coupling.js';
import { disparityCv, disparityDagum, disparityTheil } from './disparity.js';
import { kernelDensityAnalysis } from './kernel-density.js';
import { localMoranAnalysis } from './local-moran.js';
import { markov, spatialMarkovAnalysis } from './markov.js';
import { moran } from './moran.js';
import { obstacle } from './obstacle.js';
import { trends } from './trends.js';
import { typology } from './typology.js';
import type { AnalysisDefinition } from './types.js';

/**
 * The one list of analyses (DESIGN.md §4 `analyses:`): each reads a Build and changes nothing. For an op with
 * several methods the first listed is its default (coupling → classic, disparity → dagum-gini).
 */
const all: AnalysisDefinition[] = [
  trends,
  obstacle,
  couplingClassic,
  couplingCorrected,
  disparityDagum,
  disparityTheil,
  disparityCv,
  kernelDensityAnalysis,
  markov,
  spatialMarkovAnalysis,
  moran,
  localMoranAnalysis,
  convergence,
  typology,
];

export function allAnalyses(): readonly AnalysisDefinition[] {
  return all;
}

export function analysisOps(): string[] {
  return [...new Set(all.map((a) => a.op))];
}

export function analysesOf(op: string): AnalysisDefinition[] {
  return all.filter((a) => a.op === op);
}

export function findAnalysis(op: string, method: string): AnalysisDefinition | undefined {
  return all.find((a) => a.op === op && a.method === method);
}
