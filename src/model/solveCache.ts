import type { CompiledModel, LoopResult } from './engine';
import { unrollRounds, type Round } from './rounds';
import { solveLoopShared } from './sharedSolve';
import type * as Steps from './solveStep';
import type { ParamValues } from './types';

/**
 * The slider step's code (see `solveLoopStep`), which a first chart does not need: the entry loads
 * it beside the dataset. Until it is there, and should it fail to load, every slider state is
 * solved in full (the same numbers, to 1e-9: see the step's property tests).
 */
let steps: typeof Steps | undefined;

export const loadSteps = () => import('./solveStep').then((module) => void (steps = module));

// One solve per slider state, shared by the chart, the panels and the export (values objects are
// replaced on every change, so identity is the cache key).
const solved = new WeakMap<ParamValues, { model: CompiledModel; result: LoopResult }>();
const unrolled = new WeakMap<LoopResult, Map<number, Round[]>>();

/** `solveLoop`, computed once per dataset and slider state (as a step from the last one: see `solveLoopStep`). */
export function solveLoopOnce(model: CompiledModel, values: ParamValues): LoopResult {
  const cached = solved.get(values);
  // A step result older than the last few lent its arrays to later steps: those sliders are solved again.
  if (cached && cached.model === model && !steps?.isRetired(cached.result)) return cached.result;
  const result = steps ? steps.solveLoopStep(model, values) : solveLoopShared(model, values);
  solved.set(values, { model, result });
  return result;
}

/**
 * Takes a solve made elsewhere as this state's: an export worker draws the very numbers the page
 * drew (a slider step's solve may differ from a fresh one in the last bits), without solving again.
 */
export function rememberSolve(model: CompiledModel, values: ParamValues, result: LoopResult): void {
  solved.set(values, { model, result });
}

/** `unrollRounds` of a solved loop, computed once per result and round count. */
export function unrollRoundsOnce(model: CompiledModel, result: LoopResult, count: number): Round[] {
  let byCount = unrolled.get(result);
  if (!byCount) unrolled.set(result, (byCount = new Map()));
  let rounds = byCount.get(count);
  if (!rounds) byCount.set(count, (rounds = unrollRounds(model, result.coefficients, count)));
  return rounds;
}
