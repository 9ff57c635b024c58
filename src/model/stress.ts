import { clearNetwork, type Clearing, type ClearingNetwork, type DefaultCosts } from './clearing';
import {
  evaluateFlows,
  flowValuesOf,
  settlePayments,
  solveCoefficients,
  solveTotals,
  type CompiledModel,
  type RawCoefficients,
  type SteadyState,
} from './engine';
import { evaluateExpr, exprInYear } from './expr';
import { REVENUE_KINDS } from './figures';
import { behavesAs } from './kinds';
import { buildPortSystem, solveClosedLoop } from './linear';
import { scratch } from './scratch';
import { statusAt } from './resolveMoment';
import { applyShocks, firmnessAt, isUncommitted } from './shocks';
import type { Structure } from './structure';
import type { Obligation, ParamValues, Shocks } from './types';

/** One obligation and what the clearing pays of it. */
export interface ObligationOutcome {
  /** The flow it is drawn on, or null for one not drawn (debt service). */
  flow: number | null;
  obligation: Obligation | null;
  from: number;
  to: number;
  due: number;
  paid: number;
}

/** An investor's stake in a company that defaults, written down. */
export interface EquityLoss {
  /** The investor (the company behind the money: its owner, for a unit). */
  investor: string;
  /** The company that defaulted. */
  entity: string;
  stake: number;
  loss: number;
}

export interface StressResult {
  status: 'converged';
  /** Money on each flow at the same sliders with no shock and everyone paying in full. */
  base: { flowValue: Float64Array };
  /** The loop after the shocks, with every obligation paid as the clearing pays it. */
  stressed: SteadyState;
  obligations: ObligationOutcome[];
  /** Per entity: what it owes, pays and cannot pay, and the round it defaults in (0: pays in full). */
  clearing: Clearing;
  due: Float64Array;
  /** Per entity: revenue from the loop (compute, chips, customers) lost against the unshocked loop. */
  revenueLoss: Float64Array;
  equityLosses: EquityLoss[];
  /** Each creditor's loss: the unpaid part of what it is owed. */
  creditorLoss: Float64Array;
}

export type StressOutcome = StressResult | { status: 'divergent' };

/**
 * A stress test: the shocks applied to the flows at the sliders' values, then every obligation
 * cleared (Eisenberg and Noe; Rogers and Veraart's default costs), then the loop solved again with
 * each obligation paid as cleared, so the chart shows what reaches whom.
 *
 * The clearing network. An obligation is every payment (an amount out of an entity that receives
 * money) and every undrawn obligation of the dataset. What an entity can pay them with is, as in
 * the engine, what its share flows leave of its inflow (1 − its committed shares), plus its
 * buffer. Its inflow is linear in what is paid: money that does not depend on any obligation
 * (equity, loans, customers) plus, for each unit an obligation pays, what that unit brings it as it
 * travels the loop's shares. Both come from the engine's loop solve, so a payment to Oracle that
 * Oracle passes on to Nvidia counts for Nvidia too.
 *
 * Equity losses: a defaulting company's shareholders rank after its creditors, so we write an
 * investor's stake (the equity it put in in the model year) down by the same fraction the
 * company's creditors lose (its shortfall ÷ what it owes): a lower bound, since in a liquidation the
 * shareholders would lose everything before creditors lose anything. A failed company's stake is
 * written off.
 */
export function runStress(model: CompiledModel, values: ParamValues, shocks: Shocks, costs: DefaultCosts): StressOutcome {
  const s = model.structure;
  const rawBase = evaluateFlows(model, values);
  // Only its flows are compared (revenue lost): no split by origin, which is most of a solve's work.
  const baseFlows = solveFlowValues(s, rawBase);
  if (!baseFlows) return { status: 'divergent' };
  const base = { flowValue: baseFlows };
  const raw = applyShocks(model, rawBase, shocks);
  const failed = shocks.fails !== undefined ? (s.entityIndex.get(shocks.fails) ?? -1) : -1;
  const obligations = collectObligations(model, raw, values, shocks);
  const n = s.entityCount;
  const due = new Float64Array(n);
  for (const o of obligations) due[o.from]! += o.due;

  // What each entity keeps for its obligations of each unit it receives: what its share flows leave.
  const committed = new Float64Array(n);
  const payer = new Uint8Array(n);
  for (const o of obligations) payer[o.from] = 1;
  const shares = Float64Array.from(raw.shares);
  for (let f = 0; f < s.flowCount; f++) {
    if (!s.isRest[f]) committed[s.flowFrom[f]!]! += shares[f]!;
    // A payer's "rest" is what is left once its obligations are paid: none of it is there to pass on before.
    else if (payer[s.flowFrom[f]!]) shares[f] = 0;
  }
  const keep = committed.map((c, e) => (e === failed ? 0 : Math.max(0, 1 - c)));

  const system = buildPortSystem(s, shares, { gain: false });
  if (!system.convergent) return { status: 'divergent' };
  const inject = new Float64Array(n);
  for (let f = 0; f < s.flowCount; f++) if (s.isAmount[f]) inject[s.flowTo[f]!]! += raw.amounts[f]!;
  const inflow = solveClosedLoop(s, shares, system, inject);
  // One column per entity an obligation is owed to: where a unit paid to it ends up.
  const payees = [...new Set(obligations.map((o) => o.to))];
  // Working arrays (entities × payees, megabytes at 500 entities), dropped once the spread is made.
  const unit = scratch('units', n * payees.length);
  payees.forEach((to, c) => (unit[to * payees.length + c] = 1));
  const reach = solveClosedLoop(s, shares, system, unit, payees.length, scratch('reach', n * payees.length));

  const buffer = buffers(model, values);
  const outside = new Float64Array(n);
  for (let e = 0; e < n; e++) outside[e] = e === failed ? 0 : buffer[e]! + keep[e]! * inflow[e]!;
  const clearing = clearNetwork({ due, outside, spread: spreadOfPayments(obligations, payees, reach, keep, due) }, costs);

  const payments = Float64Array.from(raw.payments);
  const creditorLoss = new Float64Array(n);
  for (const o of obligations) {
    o.paid = due[o.from]! > 0 ? (o.due * clearing.paid[o.from]!) / due[o.from]! : 0;
    creditorLoss[o.to]! += o.due - o.paid;
    if (o.flow !== null) payments[o.flow] = o.paid;
  }
  const stressed = solveCoefficients(s, { ...raw, payments });
  if (stressed.status !== 'converged') return { status: 'divergent' };
  return {
    status: 'converged',
    base,
    stressed,
    obligations,
    clearing,
    due,
    revenueLoss: revenueLoss(model, base, stressed),
    equityLosses: equityLosses(model, stressed, clearing, due, failed),
    creditorLoss,
  };
}

/**
 * What each unit a payer pays adds to each entity's assets for its own obligations: for each of the
 * payer's obligations, its part of what the payer owes × where a unit paid to its payee ends up
 * (`reach`, one column per payee) × what that entity keeps of it. Sparse: a unit paid to one payee
 * reaches a few of hundreds of entities, so each payee's column is listed once by the entities it
 * reaches and every obligation to it walks that list, not every entity.
 */
export function spreadOfPayments(
  obligations: readonly ObligationOutcome[],
  payees: readonly number[],
  reach: Float64Array,
  keep: Float64Array,
  due: Float64Array,
): ClearingNetwork['spread'] {
  const n = due.length;
  const width = payees.length;
  const column = new Int32Array(n);
  payees.forEach((to, c) => (column[to] = c));
  // Only an entity that keeps money and owes some can use it for its obligations.
  const holders = Int32Array.from(keep.keys()).filter((e) => keep[e]! > 0 && due[e]! > 0);
  const reached = payees.map((_, c) => holders.filter((e) => keep[e]! * reach[e * width + c]! > 0));
  const byPayer = Array.from({ length: n }, (): ObligationOutcome[] => []);
  for (const o of obligations) if (o.due !== 0) byPayer[o.from]!.push(o);
  const row = new Float64Array(n);
  const offsets = new Int32Array(n + 1);
  const targets: number[] = [];
  const weights: number[] = [];
  for (let payer = 0; payer < n; payer++) {
    const start = targets.length;
    for (const o of byPayer[payer]!) {
      const part = o.due / due[payer]!;
      const c = column[o.to]!;
      for (const e of reached[c]!) {
        const w = part * keep[e]! * reach[e * width + c]!;
        if (w <= 0) continue;
        if (row[e] === 0) targets.push(e);
        row[e]! += w;
      }
    }
    // In the entities' order (any order gives the same sums: each receiver appears once in a row).
    const ordered = targets.splice(start).sort((a, b) => a - b);
    for (const e of ordered) {
      targets.push(e);
      weights.push(row[e]!);
      row[e] = 0;
    }
    offsets[payer + 1] = targets.length;
  }
  return { offsets, targets: Int32Array.from(targets), weights: Float64Array.from(weights) };
}

/**
 * Money on every flow with the loop closed, without the split by origin (a fraction of the full
 * solve's work at a large dataset's size), or undefined where the loop diverges.
 */
function solveFlowValues(s: Structure, raw: RawCoefficients): Float64Array | undefined {
  const { coefficients } = settlePayments(s, raw);
  const totals = solveTotals(s, coefficients);
  if (totals.status !== 'converged') return undefined;
  return flowValuesOf(s, coefficients, totals.inflow);
}

function collectObligations(model: CompiledModel, raw: RawCoefficients, values: ParamValues, shocks: Shocks): ObligationOutcome[] {
  const { structure: s, moment, source } = model;
  const outcomes: ObligationOutcome[] = [];
  for (let f = 0; f < s.flowCount; f++) {
    if (s.isPayment[f])
      outcomes.push({ flow: f, obligation: null, from: s.flowFrom[f]!, to: s.flowTo[f]!, due: raw.payments[f]!, paid: 0 });
  }
  for (const obligation of source.obligations ?? []) {
    const from = s.entityIndex.get(obligation.from);
    const to = s.entityIndex.get(obligation.to);
    if (from === undefined || to === undefined) continue;
    if (statusAt(obligation.provenance, moment.date) === 'not-yet') continue;
    if (shocks.dropUncommitted && isUncommitted(firmnessAt(obligation, moment.date))) continue;
    const due = evaluateExpr(exprInYear(obligation.amount, moment.year), values);
    if (Number.isFinite(due) && due > 0) outcomes.push({ flow: null, obligation, from, to, due, paid: 0 });
  }
  return outcomes;
}

function buffers(model: CompiledModel, values: ParamValues): Float64Array {
  const { source, moment } = model;
  return Float64Array.from(source.entities, (entity) => {
    if (!entity.buffer) return 0;
    const amount = evaluateExpr(exprInYear(entity.buffer.amount, moment.year), values);
    return Number.isFinite(amount) && amount > 0 ? amount : 0;
  });
}

function revenueLoss(model: CompiledModel, base: StressResult['base'], stressed: SteadyState): Float64Array {
  const s = model.structure;
  const loss = new Float64Array(s.entityCount);
  model.dataset.flows.forEach((flow, f) => {
    if (behavesAs(model.dataset.meta, flow.kind, REVENUE_KINDS)) loss[s.flowTo[f]!]! += base.flowValue[f]! - stressed.flowValue[f]!;
  });
  return loss;
}

function equityLosses(model: CompiledModel, stressed: SteadyState, clearing: Clearing, due: Float64Array, failed: number): EquityLoss[] {
  const { dataset, structure: s } = model;
  const losses: EquityLoss[] = [];
  dataset.flows.forEach((flow, f) => {
    const e = s.flowTo[f]!;
    if (flow.kind !== 'equity-investment' || (clearing.round[e] === 0 && e !== failed)) return;
    const writtenDown = e === failed ? 1 : due[e]! > 0 ? clearing.shortfall[e]! / due[e]! : 0;
    const stake = stressed.flowValue[f]!;
    if (stake <= 0 || writtenDown <= 0) return;
    const from = dataset.entities[s.flowFrom[f]!]!;
    losses.push({ investor: from.owner ?? from.id, entity: dataset.entities[e]!.id, stake, loss: stake * writtenDown });
  });
  return losses;
}

/**
 * `runStress` for these shocks and default costs, answering again for a model and slider values it
 * has run (by identity): the stress panel, the chart and the panel's figures share one run per
 * slider step, however far the figures fall behind a drag (see usePanelInput). Kept by the values
 * object, so a step's run goes when nothing holds its values any more.
 */
export function stressRunner(shocks: Shocks, costs: DefaultCosts): (model: CompiledModel, values: ParamValues) => StressOutcome {
  const runs = new WeakMap<ParamValues, { model: CompiledModel; outcome: StressOutcome }>();
  return (model, values) => {
    const kept = runs.get(values);
    if (kept?.model === model) return kept.outcome;
    const outcome = runStress(model, values, shocks, costs);
    runs.set(values, { model, outcome });
    return outcome;
  };
}
