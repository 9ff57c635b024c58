import {
  evaluateFlows,
  settlePayments,
  solveTotals,
  steadyState,
  type CompiledModel,
  type FlowCoefficients,
  type LoopResult,
  type SteadyState,
} from './engine';
import { solveInflowByOrigin } from './originSplit';
import { sameValues } from './sameValues';
import { prepareParts, releaseSteps, takePrepared } from './preparedSteps';
import { solveLoopShared } from './sharedSolve';
import type { Structure } from './structure';
import type { ParamValues } from './types';

/**
 * How the split by origin answers one direction of change in the injected amounts, at fixed shares:
 * `inflowByOrigin` is the inflow split for amounts equal to `direction` (linear, so any multiple of
 * it scales it; the flows' split follows from the inflow's: see `FlowSplit`).
 */
interface Response {
  shares: Float64Array;
  direction: Float64Array;
  inflowByOrigin: Float64Array;
  /** The origins whose column of `inflowByOrigin` is not all zero (only these move), as runs: start, end (exclusive), start, end… */
  runs: Int32Array;
}

/** A model's last full solve, which steps add to, and the response of the slider being dragged. */
interface Anchor {
  result: SteadyState;
  response: Response | undefined;
}

const anchors = new WeakMap<CompiledModel, Anchor>();

/**
 * How many of a model's latest step results keep their arrays: the newest (on screen) and the one
 * before it (a render that React set aside may still read it; so may the side panel, a render behind
 * the sliders, see usePanelInput: should it fall further behind, its values are solved again, as any
 * retired step's are). Older ones lend their arrays to the next step: at 2,000 entities the inflow
 * split is about 6 MB, and fresh memory for it on every step (page faults, then the garbage
 * collector) costs more than the arithmetic.
 */
export const KEPT_STEPS = 2;

/** A model's latest step results (made by adding a response, or solved in full during a drag), oldest first. */
const recent = new WeakMap<CompiledModel, SteadyState[]>();

/** Step results whose arrays went to a later step: they hold other numbers now. */
const retired = new WeakSet<LoopResult>();

/** Whether `result` came from a slider step whose arrays were since reused: solve its sliders again instead of reading it. */
export function isRetired(result: LoopResult): boolean {
  return retired.has(result);
}

/**
 * `solveLoop` for a slider step. The split by origin (a solve as wide as there are origins, and the
 * largest arrays) is linear in the injected amounts while the shares stay as they are. So when a
 * step changes only injected amounts, the inflow split is that of the model's last full solve plus a
 * multiple of one response (solved once per slider being dragged), updated only in the origins'
 * columns that the change reaches: the origins that inject the changed amounts, and those that
 * reinvest money the change passes through. The flows' split follows from it, row by row, when
 * read (see `FlowSplit`). Totals (inflow, money per flow, what is kept) are solved afresh: they are cheap. A
 * change in any share (a share slider, or a payment whose share of its payer's inflow moves with the
 * amounts) solves everything. Even a change that reaches most origins (where most reinvest, as in
 * the generated bench datasets) is added, not solved: a solve writes every entry of the inflow split too,
 * after two batched walks over the graph and a solve as wide as there are origins per port.
 */
export function solveLoopStep(model: CompiledModel, values: ParamValues): LoopResult {
  const s = model.structure;
  const anchor = anchors.get(model);
  // The model's first solve is a full one, which the page may have done already for the same sliders.
  if (!anchor) {
    const result = solveLoopShared(model, values);
    if (result.status === 'converged') anchors.set(model, { result, response: undefined });
    return result;
  }
  const { coefficients, unpaid } = settlePayments(s, evaluateFlows(model, values));
  const totals = solveTotals(s, coefficients);
  if (totals.status === 'divergent') return totals;
  const sameShares = sameValues(anchor.result.coefficients.shares, coefficients.shares);
  const delta = sameShares ? amountChange(s, anchor.result.coefficients, coefficients) : undefined;
  // Same shares and amounts: the same loop, unless a payer that receives nothing now owes more.
  if (delta === 'none' && sameValues(anchor.result.unpaid, unpaid)) return anchor.result;
  if (delta instanceof Float64Array) {
    const response = responseTo(model, anchor, coefficients.shares, delta);
    if (response) {
      const inflowByOrigin = addResponse(s, anchor.result, response.response, response.times, totals.injected, spareSplit(model));
      const result = steadyState(s, coefficients, totals, inflowByOrigin, unpaid);
      stepsOf(model).push(result);
      return result;
    }
  }
  // A full solve (a share slider's step) writes its split into a retired step's array too: a fresh
  // one on every step (6 MB at 2,000/10,000) feeds the garbage collector mid-drag.
  const inflowByOrigin = solveInflowByOrigin(s, coefficients.shares, coefficients.amounts, totals.inflow, spareSplit(model));
  const result = steadyState(s, coefficients, totals, inflowByOrigin, unpaid);
  // The response depends on the shares only, so it outlives a full solve at the same shares.
  anchors.set(model, { result, response: sameShares ? anchor.response : undefined });
  stepsOf(model).push(result);
  return result;
}

/**
 * The change in injected amounts from the anchor, 'none' when there is none, or undefined when a
 * changed amount is now 0: the full solve then gives exact zeros where that money no longer goes,
 * rather than a difference of two nearly equal numbers.
 */
function amountChange(s: Structure, from: FlowCoefficients, to: FlowCoefficients): Float64Array | 'none' | undefined {
  const delta = new Float64Array(s.flowCount);
  let changed = false;
  for (let f = 0; f < s.flowCount; f++) {
    const d = (to.amounts[f] as number) - (from.amounts[f] as number);
    if (d === 0) continue;
    if (to.amounts[f] === 0) return undefined;
    delta[f] = d;
    changed = true;
  }
  return changed ? delta : 'none';
}

/** The anchor's response when `delta` is a multiple of its direction, else a new response to `delta` (kept on the anchor). */
function responseTo(
  model: CompiledModel,
  anchor: Anchor,
  shares: Float64Array,
  delta: Float64Array,
): { response: Response; times: number } | undefined {
  const known = anchor.response;
  const times = known && sameValues(known.shares, shares) ? multipleOf(delta, known.direction) : undefined;
  if (known && times !== undefined) return { response: known, times };
  const s = model.structure;
  const totals = solveTotals(s, { shares, amounts: delta });
  if (totals.status === 'divergent') return undefined;
  // Into an array made ready ahead, when there is one: the first step of a drag solves its response,
  // and fresh memory for it (6 MB at 2,000/10,000) was a fifth of that step's solve.
  const inflowByOrigin = solveInflowByOrigin(s, shares, delta, totals.inflow, takePrepared(model));
  const response = { shares, direction: delta, inflowByOrigin, runs: movingRuns(inflowByOrigin, s.origins.length) };
  anchor.response = response;
  return { response, times: 1 };
}

/**
 * λ with delta = λ · direction, flow by flow to 1e-12 of each change, or undefined. Every part of
 * the result is a sum of amounts times non-negative factors, so an amount off by 1e-12 of its change
 * moves no part by more than 1e-12 of what the change moves it.
 */
function multipleOf(delta: Float64Array, direction: Float64Array): number | undefined {
  let largest = -1;
  for (let f = 0; f < direction.length; f++) {
    if (largest < 0 || Math.abs(direction[f] as number) > Math.abs(direction[largest] as number)) largest = f;
  }
  if (largest < 0 || direction[largest] === 0) return undefined;
  const times = (delta[largest] as number) / (direction[largest] as number);
  for (let f = 0; f < delta.length; f++) {
    const d = delta[f] as number;
    if (Math.abs(d - times * (direction[f] as number)) > 1e-12 * Math.abs(d)) return undefined;
  }
  return times;
}

/** Origins with any money in `byOrigin` (rows by origin), as runs of neighbouring ones: start, end (exclusive), start, end… */
function movingRuns(byOrigin: Float64Array, origins: number): Int32Array {
  const moving = new Uint8Array(origins);
  for (let i = 0; i < byOrigin.length; i++) if (byOrigin[i] !== 0) moving[i % origins] = 1;
  const runs: number[] = [];
  moving.forEach((m, o) => {
    if (!m) return;
    if (runs.length > 0 && runs[runs.length - 1] === o) runs[runs.length - 1] = o + 1;
    else runs.push(o, o + 1);
  });
  return Int32Array.from(runs);
}

/** The kept step results of a model (each is pushed once, when made: its arrays must be lent at most once). */
function stepsOf(model: CompiledModel): SteadyState[] {
  let steps = recent.get(model);
  if (!steps) recent.set(model, (steps = []));
  return steps;
}

/** An array for the next step's inflow split: that of the oldest step beyond the kept ones (which retires), one made ready ahead, or none (a new one). */
function spareSplit(model: CompiledModel): Float64Array | undefined {
  const steps = stepsOf(model);
  // The readiest first; handed out, an array made ready is no longer written by `prepareSteps`.
  if (steps.length < KEPT_STEPS + 1) return takePrepared(model);
  // From here on steps lend their own arrays.
  releaseSteps(model);
  const oldest = steps.shift()!;
  // The anchor (a full solve that steps add to) stays as it is for as long as it is the anchor.
  if (anchors.get(model)?.result === oldest) return undefined;
  retired.add(oldest);
  return oldest.inflowByOrigin;
}

// With the step's code: what a page loads it for (see usePreparedSteps) comes from here.
export { releaseSteps };

/**
 * Makes ready, a slice at a time, the arrays of a large model's first slider steps. Until
 * KEPT_STEPS + 1 steps exist no step has arrays to lend, and each of the first steps would take
 * fresh memory for its inflow split, which the browser maps and zeroes page by page as it is first
 * written: at 2,000/10,000 about 6 MB a step. Written ahead, a slice per idle moment, those pages
 * are there when a step writes every entry of its split again. Only the steps still to come before
 * steps lend arrays are prepared (see `prepareParts`), and the first amount slider's response.
 */
export function prepareSteps(model: CompiledModel, budget: number): boolean {
  const toCome = KEPT_STEPS + 1 - stepsOf(model).length;
  // And, while steps are still to come, one for the response of the first amount slider dragged
  // (see `responseTo`); once steps lend their own arrays, none (a share slider knows no response).
  const response = anchors.get(model)?.response ? 0 : 1;
  return prepareParts(model, budget, toCome > 0 ? toCome + response : 0);
}

/**
 * The anchor's inflow split plus `times` the response, in the response's columns only; every other
 * column is the anchor's as it stands, exactly what a full solve gives it. A sum below 1e-15 of the money
 * injected, or below 1e-14 of the anchor's own part (the rounding of the anchor minus nearly all of
 * it), is 0: money is never negative, and where a full solve's arithmetic runs out of digits (on
 * amounts near 0) it leaves 0, not the last bits of a difference. Written into `into` when given.
 *
 * The flows' split is not added: it is read from the new inflow split when needed (see `FlowSplit`).
 */
function addResponse(
  s: Structure,
  anchor: SteadyState,
  response: Response,
  times: number,
  injected: number,
  into: Float64Array | undefined,
): Float64Array {
  const least = 1e-15 * Math.max(1, injected);
  const origins = s.origins.length;
  const { runs } = response;
  const base = anchor.inflowByOrigin;
  const change = response.inflowByOrigin;
  const inflowByOrigin = into ?? new Float64Array(base.length);
  // One pass over each row, in runs of neighbouring columns.
  for (let row = 0; row < inflowByOrigin.length; row += origins) {
    let o = 0;
    for (let r = 0; r < runs.length; r += 2) {
      const start = row + (runs[r] as number);
      const end = row + (runs[r + 1] as number);
      for (let i = row + o; i < start; i++) inflowByOrigin[i] = base[i] as number;
      for (let i = start; i < end; i++) {
        const b = base[i] as number;
        const x = b + times * (change[i] as number);
        // Nor what is left of the anchor's amount when the step takes it all (a few of its last bits).
        inflowByOrigin[i] = x >= least && x > 1e-14 * b ? x : 0;
      }
      o = end - row;
    }
    for (let i = row + o; i < row + origins; i++) inflowByOrigin[i] = base[i] as number;
  }
  return inflowByOrigin;
}
