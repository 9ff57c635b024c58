import { evaluateExpr } from './expr';
import { solveClosedLoop } from './linear';
import { FlowSplit } from './flowSplit';
import type { OriginRows } from './originMatrix';
import { defaultYear, resolveMoment, type Moment } from './resolveMoment';
import { mainOrigins, solveInflowByOrigin } from './originSplit';
import { cachedPortSystem } from './portSystems';
import { compileStructure, type Structure } from './structure';
import { isAmountFlow, type Dataset, type ParamValues } from './types';

/** A dataset prepared for repeated runs at one moment: the graph work is done once, slider runs reuse it. */
export interface CompiledModel {
  /** The dataset as it stands at `moment`: year-dependent amounts resolved, deals not yet made at 0. */
  dataset: Dataset;
  /** The dataset as loaded, every year in it. */
  source: Dataset;
  moment: Moment;
  structure: Structure;
}

const compiled = new WeakMap<Dataset, Map<string, CompiledModel>>();

/**
 * The dataset compiled for a model year and date (by default its first year and its as-of date).
 * The same dataset and moment give the same object, so switching back and forth costs nothing and
 * whatever is memoised on the model stays valid.
 */
export function compileModel(source: Dataset, at: Partial<Moment> = {}): CompiledModel {
  const moment: Moment = { year: at.year !== undefined ? at.year : defaultYear(source.meta), date: at.date ?? source.meta.asOf };
  const byMoment = compiled.get(source) ?? new Map<string, CompiledModel>();
  compiled.set(source, byMoment);
  const key = `${moment.year}|${moment.date}`;
  const known = byMoment.get(key);
  if (known) return known;
  const dataset = resolveMoment(source, moment);
  const model = { dataset, source, moment, structure: compileStructure(dataset) };
  byMoment.set(key, model);
  return model;
}

/** Slider values turned into numbers per flow: injected amounts and shares of the from-entity's inflow. */
export interface FlowCoefficients {
  /** Share of the from-entity's inflow, 0 for injected amounts. Payments appear here once settled. */
  shares: Float64Array;
  /** Injected amount, 0 for share flows and payments. */
  amounts: Float64Array;
}

/** Coefficients before payments are settled: what each payment asks for, in the dataset's unit. */
export interface RawCoefficients extends FlowCoefficients {
  payments: Float64Array;
}

export function evaluateFlows(model: CompiledModel, values: ParamValues): RawCoefficients {
  const { dataset, structure } = model;
  const shares = new Float64Array(structure.flowCount);
  const amounts = new Float64Array(structure.flowCount);
  const payments = new Float64Array(structure.flowCount);
  const shareSum = new Float64Array(structure.entityCount);
  const restFlow = new Int32Array(structure.entityCount).fill(-1);
  dataset.flows.forEach((flow, f) => {
    if (isAmountFlow(flow)) {
      (structure.isPayment[f] ? payments : amounts)[f] = finiteNonNegative(evaluateExpr(flow.amount, values));
    } else if (flow.share === 'rest') {
      restFlow[structure.flowFrom[f] as number] = f;
    } else {
      const share = Math.min(1, finiteNonNegative(evaluateExpr(flow.share, values)));
      shares[f] = share;
      shareSum[structure.flowFrom[f] as number]! += share;
    }
  });
  // Validation keeps sums ≤ 1 over the sliders' ranges; values from elsewhere are scaled back rather than creating money.
  dataset.flows.forEach((_, f) => {
    const sum = shareSum[structure.flowFrom[f] as number] as number;
    if (sum > 1) shares[f]! /= sum;
  });
  restFlow.forEach((f, e) => {
    if (f >= 0) shares[f] = Math.max(0, 1 - Math.min(1, shareSum[e] as number));
  });
  return { shares, amounts, payments };
}

/**
 * Payments become shares of what their payer receives, so that the money in them carries the
 * payer's mix of origins (a lab pays its clouds with its investors' and customers' money). The
 * payer's inflow is found with the payments as fixed amounts; they come out of what its share
 * flows leave, and a payer that cannot cover them pays what it has, shared in proportion to what
 * it owes (what is not paid is in `unpaid`). Without shortfalls the totals are exactly those of
 * the fixed amounts.
 */
export function settlePayments(s: Structure, raw: RawCoefficients): { coefficients: FlowCoefficients; unpaid: Float64Array } {
  const { shares, amounts, payments } = raw;
  const unpaid = new Float64Array(s.flowCount);
  if (!s.hasPayments) return { coefficients: { shares, amounts }, unpaid };
  const inject = new Float64Array(s.entityCount);
  const owed = new Float64Array(s.entityCount);
  const committed = new Float64Array(s.entityCount);
  for (let f = 0; f < s.flowCount; f++) {
    inject[s.flowTo[f] as number]! += (amounts[f] as number) + (payments[f] as number);
    owed[s.flowFrom[f] as number]! += payments[f] as number;
    if (!s.isRest[f]) committed[s.flowFrom[f] as number]! += shares[f] as number;
  }
  const system = cachedPortSystem(s, shares, 'pay');
  // A loop that amplifies itself has no inflow to pay from; the caller reports it as divergent.
  if (!system.convergent) return { coefficients: { shares, amounts }, unpaid };
  const inflow = solveClosedLoop(s, shares, system, inject);
  const effective = Float64Array.from(shares);
  const paidShare = new Float64Array(s.entityCount);
  for (let f = 0; f < s.flowCount; f++) {
    if (!s.isPayment[f]) continue;
    const e = s.flowFrom[f] as number;
    const received = inflow[e] as number;
    const available = received * Math.max(0, 1 - (committed[e] as number));
    const part = (owed[e] as number) > available ? available / (owed[e] as number) : 1;
    effective[f] = received > 0 ? ((payments[f] as number) * part) / received : 0;
    unpaid[f] = (payments[f] as number) * (1 - (received > 0 ? part : 0));
    paidShare[e]! += effective[f] as number;
  }
  for (let f = 0; f < s.flowCount; f++) {
    if (s.isRest[f]) effective[f] = Math.max(0, (shares[f] as number) - (paidShare[s.flowFrom[f] as number] as number));
  }
  return { coefficients: { shares: effective, amounts }, unpaid };
}

function finiteNonNegative(x: number): number {
  return Number.isFinite(x) && x > 0 ? x : 0;
}

/** Money per flow and per entity with the loop closed, each also split by origin. */
export interface SteadyState {
  status: 'converged';
  readonly gain: number;
  coefficients: FlowCoefficients;
  /** Money on each flow, indexed like dataset.flows. */
  flowValue: Float64Array;
  /** The part of each flow that each origin put in, by flow then origin (derived when read: see `FlowSplit`). */
  flowByOrigin: OriginRows;
  /**
   * The origin of each flow's largest part in `flowByOrigin`, or -1 where it has none: what a thin
   * link is drawn in. Found per sender, not per flow (see `mainOrigins`); absent for totals made otherwise.
   */
  mainOrigin?: Int32Array;
  /** Total inflow of each entity (sources receive nothing; their outflow is their injections). */
  inflow: Float64Array;
  inflowByOrigin: Float64Array;
  /** What each entity keeps: inflow not passed on (all of it for a sink). */
  absorbed: Float64Array;
  injected: number;
  /** What each payment could not pay because its payer received too little (0 for other flows). */
  unpaid: Float64Array;
}

/** The loop returns a dollar or more per dollar: totals grow without bound, so there is no steady state. */
export interface Divergent {
  status: 'divergent';
  gain: number;
  coefficients: FlowCoefficients;
  injected: number;
}

export type LoopResult = SteadyState | Divergent;

export function solveLoop(model: CompiledModel, values: ParamValues): LoopResult {
  return solveCoefficients(model.structure, evaluateFlows(model, values));
}

/** The loop for coefficients already evaluated (and, for a stress test, shocked and cleared). */
export function solveCoefficients(s: Structure, raw: RawCoefficients): LoopResult {
  const { coefficients, unpaid } = settlePayments(s, raw);
  const totals = solveTotals(s, coefficients);
  if (totals.status === 'divergent') return totals;
  const inflowByOrigin = solveInflowByOrigin(s, coefficients.shares, coefficients.amounts, totals.inflow);
  return steadyState(s, coefficients, totals, inflowByOrigin, unpaid);
}

/** Each entity's total inflow with the loop closed, or the loop's verdict that it diverges. */
export type LoopTotals = { status: 'converged'; readonly gain: number; inflow: Float64Array; injected: number } | Divergent;

/** Money on every flow: an injected amount as set, any other flow its share of its sender's inflow. */
export function flowValuesOf(s: Structure, { shares, amounts }: FlowCoefficients, inflow: Float64Array): Float64Array {
  // A loop: `Float64Array.from` with a function walks an iterator, an object per flow on every step.
  const values = new Float64Array(s.flowCount);
  for (let f = 0; f < s.flowCount; f++) {
    values[f] = s.isAmount[f] ? (amounts[f] as number) : (inflow[s.flowFrom[f] as number] as number) * (shares[f] as number);
  }
  return values;
}

/** Totals only, without the split by origin: one solve with the port system of the shares (cached). */
export function solveTotals(s: Structure, coefficients: FlowCoefficients): LoopTotals {
  const { shares, amounts } = coefficients;
  const inject = new Float64Array(s.entityCount);
  let injected = 0;
  amounts.forEach((amount, f) => {
    if (!s.isAmount[f] || amount === 0) return;
    injected += amount;
    inject[s.flowTo[f] as number]! += amount;
  });
  const system = cachedPortSystem(s, shares, 'full');
  if (!system.convergent) return { status: 'divergent', gain: system.gain, coefficients, injected };
  const inflow = solveClosedLoop(s, shares, system, inject);
  if (!inflow.every(Number.isFinite)) return { status: 'divergent', gain: Math.max(1, system.gain), coefficients, injected };
  // The gain as the system finds it, when read (see buildPortSystem).
  return {
    status: 'converged',
    get gain() {
      return system.gain;
    },
    inflow,
    injected,
  };
}

/**
 * The steady state from its totals and its inflow split by origin (the costly part of a solve: a
 * batched solve as wide as there are origins). Money on every flow follows from the inflow, and so
 * does each flow's split, read when needed (see `FlowSplit`).
 */
export function steadyState(
  s: Structure,
  coefficients: FlowCoefficients,
  totals: { gain: number; inflow: Float64Array; injected: number },
  inflowByOrigin: Float64Array,
  unpaid: Float64Array,
): SteadyState {
  const { shares } = coefficients;
  const { inflow } = totals;
  const flowValue = flowValuesOf(s, coefficients, inflow);
  const outShare = new Float64Array(s.entityCount);
  const isSource = new Uint8Array(s.entityCount);
  for (let f = 0; f < s.flowCount; f++) {
    const from = s.flowFrom[f] as number;
    if (s.isAmount[f]) isSource[from] = 1;
    else outShare[from]! += shares[f] as number;
  }
  const absorbed = inflow.map((x, e) => (isSource[e] ? 0 : x * Math.max(0, 1 - (outShare[e] as number))));
  return {
    status: 'converged',
    get gain() {
      return totals.gain;
    },
    coefficients,
    flowValue,
    flowByOrigin: new FlowSplit(s, shares, flowValue, inflowByOrigin),
    mainOrigin: mainOrigins(s, shares, flowValue, inflowByOrigin),
    inflow,
    inflowByOrigin,
    absorbed,
    injected: totals.injected,
    unpaid,
  };
}
