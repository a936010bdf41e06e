import { NqpfError } from '../errors/nqpf-error.js';

/**
 * A dense linear program: optimise c·x subject to rowLower ≤ A x ≤ rowUpper and columnLower ≤ x ≤ columnUpper
 * (±Infinity for no bound).
 */
export interface LinearProgram {
  sense: 'maximize' | 'minimize';
  objective: ArrayLike<number>;
  rows: ArrayLike<number>[];
  rowLower: ArrayLike<number>;
  rowUpper: ArrayLike<number>;
  columnLower: ArrayLike<number>;
  columnUpper: ArrayLike<number>;
}

export interface LinearProgramSolution {
  status: 'optimal' | 'infeasible' | 'unbounded' | 'other';
  objective: number;
  x: Float64Array;
}

/** What `prepareSolvers` passes on to the HiGHS loader: where the wasm file is (bundlers) or its bytes. */
export interface SolverOptions {
  locateFile?: (file: string) => string;
  wasmBinary?: ArrayBuffer | ArrayBufferView;
}

type Solve = (program: LinearProgram) => LinearProgramSolution;

// The one loaded solver. A cache of a loaded library, not state: every solve is a pure function of its input.
let solver: Solve | null = null;

/**
 * 准备求解器 / Prepare the solvers: load HiGHS (the `highs` package, MIT, WebAssembly; Huangfu & Hall 2018) once.
 * The pipeline is synchronous, but instantiating wasm is not, so an edge (CLI, worker, web app) awaits this before
 * running a spec that uses an LP method (`benefit-of-the-doubt`); `specNeedsSolvers` tells whether one does.
 * Idempotent: later calls return at once. Browsers and bundlers may need `options.locateFile` or `wasmBinary`.
 *
 * @example await prepareSolvers(); run(spec, inputs)
 */
export async function prepareSolvers(options: SolverOptions = {}): Promise<void> {
  if (solver) return;
  // The ESM build's default export is the loader; the package's CommonJS typings wrap it once more.
  const exported = (await import('highs')).default as unknown as HighsLoader | { default: HighsLoader };
  const loadHighs = typeof exported === 'function' ? exported : exported.default;
  const highs = await loadHighs(options);
  // One HiGHS instance for the process, reloaded with each program (creating one per LP costs more than the solve).
  const model = highs.createModel();
  model.options.set('output_flag', false);
  solver = (program) => solveWithHighs(highs, model, program);
}

/** True once `prepareSolvers` has finished. */
export function solversReady(): boolean {
  return solver !== null;
}

/** The methods that solve linear programs: a spec naming any of them (as a step or an alternative) needs HiGHS. */
export const LP_METHODS: readonly string[] = ['benefit-of-the-doubt'];

/** Whether a spec document names an LP method anywhere (steps or uncertainty alternatives). */
export function specNeedsSolvers(spec: unknown): boolean {
  if (typeof spec === 'string') return LP_METHODS.includes(spec);
  if (Array.isArray(spec)) return spec.some(specNeedsSolvers);
  if (spec && typeof spec === 'object') return Object.values(spec).some(specNeedsSolvers);
  return false;
}

/**
 * Solve a linear program with the prepared solver. Throws LP_SOLVER_NOT_READY (naming the step) when
 * `prepareSolvers` has not been awaited.
 */
export function solveLinearProgram(program: LinearProgram, where: { step: string; pointer: string }): LinearProgramSolution {
  if (!solver) throw new NqpfError('LP_SOLVER_NOT_READY', {}, where);
  return solver(program);
}

type HighsLoader = (typeof import('highs'))['default'];
type HighsRuntime = Awaited<ReturnType<HighsLoader>>;

function solveWithHighs(highs: HighsRuntime, model: ReturnType<HighsRuntime['createModel']>, program: LinearProgram): LinearProgramSolution {
  const numCols = program.objective.length;
  const numRows = program.rows.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    for (let j = 0; j < numCols; j++) {
      if (row[j] === 0) continue;
      indices.push(j);
      values.push(row[j]);
    }
    starts.push(indices.length);
  }
  const bound = (v: number) => (v === Infinity ? highs.infinity : v === -Infinity ? -highs.infinity : v);
  const { maximize, minimize } = highs.constants.objectiveSense;
  model.clearSolver();
  model.passModel({
    numCols,
    numRows,
    sense: program.sense === 'maximize' ? maximize : minimize,
    colCost: Array.from(program.objective),
    colLower: Array.from(program.columnLower, bound),
    colUpper: Array.from(program.columnUpper, bound),
    rowLower: Array.from(program.rowLower, bound),
    rowUpper: Array.from(program.rowUpper, bound),
    matrix: { format: 'csr', numRows, numCols, starts, indices, values },
  });
  model.run();
  const code = model.getModelStatus();
  const codes = highs.constants.modelStatus;
  const status: LinearProgramSolution['status'] = code === codes.optimal ? 'optimal' : code === codes.infeasible ? 'infeasible' : code === codes.unbounded ? 'unbounded' : 'other';
  return { status, objective: model.getObjectiveValue(), x: Float64Array.from(model.getSolution().colValue) };
}
