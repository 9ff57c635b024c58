import { behavesAs } from './kinds';
import { entityOf } from './entityOf';
import type { CompiledModel, LoopResult, SteadyState } from './engine';
import { OriginMatrix } from './originMatrix';
import type { AnnualRevenue, Dataset, FlowKind } from './types';
import { money, moneyAt, shareOf, type Money, type Share } from './units';

/** Flows that are payment for goods or services, as opposed to investment or money leaving. */
export const REVENUE_KINDS: ReadonlySet<FlowKind> = new Set(['compute-spend', 'gpu-purchase', 'customer-revenue']);

/** Money investors and lenders put into the loop from outside, as opposed to customers' payments. */
export const OUTSIDE_CAPITAL_KINDS: ReadonlySet<FlowKind> = new Set(['equity-investment', 'debt']);

/** How much of one entity's inflow is its own company's money coming back. */
export interface RoundTrip {
  entity: string;
  gross: Money;
  /** Inflow whose origin is the entity's own company (its investments and reinvested profit). */
  own: Money;
  /** gross − own: what is left when the circular part is netted out. */
  net: Money;
  /** own / gross, or null when the entity receives nothing. */
  share: Share | null;
}

/**
 * What one company books from the loop: only payments for compute, chips or services (not equity
 * or loans it receives), split by where the money came from.
 */
export interface LoopRevenue {
  entity: string;
  revenue: Money;
  /** The part whose origin is the company itself (its owner's, for a unit such as AWS): its own money coming back. */
  own: Money;
  /** The part real customers paid (origins whose entity is a customer). */
  customers: Money;
  /** own / revenue, or null when it books nothing. */
  ownShare: Share | null;
  customerShare: Share | null;
  /** The company's total revenue for the period that stands for the model year, if the dataset gives it. */
  annual: AnnualRevenue | null;
  /** revenue / annual amount: how much of the company's business the loop is. */
  annualShare: Share | null;
}

export interface HeadlineFigures {
  /** The entity the headline is about (the one chosen, else meta.focus, else the first chipmaker), if any. */
  focus: string | null;
  focusRevenue: Money;
  /** The focus company's own money coming back, within focusRevenue. */
  focusOwn: Money;
  /** What real customers paid, within focusRevenue. */
  focusCustomers: Money;
  /** Share of the focus entity's loop revenue that is its own money coming back. */
  roundTripShare: Share | null;
  /** Share of the focus entity's loop revenue that real customers paid for. */
  customerShare: Share | null;
  /** The focus company's total revenue for the model year, if given. */
  annual: AnnualRevenue | null;
  annualShare: Share | null;
  /** Revenue booked across the loop from outside capital's money (not customers') per dollar of it (equity and debt). */
  revenuePerDollarInvested: number | null;
  outsideInvestment: Money;
  revenueBooked: Money;
  gain: number;
}

export function focusEntity(model: CompiledModel): string | null {
  const { meta, entities } = model.dataset;
  return meta.focus ?? entities.find((e) => e.role === 'chipmaker')?.id ?? null;
}

const NOT_SELLERS: ReadonlySet<string> = new Set(['source', 'customer', 'startup', 'sink']);

/**
 * The companies a reader can follow in the headline: every entity that sells into the loop (it
 * receives payments for compute, chips or services), and the dataset's own focus, in dataset order.
 */
export function focusCandidates(dataset: Dataset): string[] {
  const sells = new Set(dataset.flows.filter((flow) => behavesAs(dataset.meta, flow.kind, REVENUE_KINDS)).map((flow) => flow.to));
  return dataset.entities.filter((e) => e.id === dataset.meta.focus || (sells.has(e.id) && !NOT_SELLERS.has(e.role))).map((e) => e.id);
}

export function roundTrips(model: CompiledModel, state: SteadyState): RoundTrip[] {
  const s = model.structure;
  const inflowByOrigin = new OriginMatrix(state.inflowByOrigin, s.origins.length);
  return model.dataset.entities.map((entity, e) => {
    const gross = moneyAt(state.inflow, e);
    const o = s.originOfEntity[e] as number;
    const own = money(o >= 0 ? inflowByOrigin.get(e, o) : 0);
    return { entity: entity.id, gross, own, net: money(gross - own), share: shareOf(own, gross) };
  });
}

/**
 * The company's total revenue for the model year: its own figure, else its owner's (AWS → Amazon),
 * as the dataset gives it. A year with no figure yet (a fiscal year not reported) takes the latest
 * earlier one, whose period the text names ("its FY26 revenue"); null when there is none at all
 * (the headline then says nothing of it).
 */
export function annualRevenue(model: CompiledModel, entityId: string): AnnualRevenue | null {
  const { year } = model.moment;
  if (year === null) return null;
  const entities = model.source.entities;
  const entity = entities.find((e) => e.id === entityId);
  const latest = (id: string | undefined) =>
    (entities.find((e) => e.id === id)?.revenue ?? [])
      .filter((r) => r.year <= year)
      .reduce<AnnualRevenue | undefined>((best, r) => (best === undefined || r.year > best.year ? r : best), undefined);
  return latest(entity?.id) ?? latest(entity?.owner) ?? null;
}

/**
 * What a company books from the loop, from the per-flow origin split: every revenue flow into it,
 * each origin's part of it. Reading flows rather than the entity's inflow keeps out the equity and
 * loans it receives.
 */
export function loopRevenue(model: CompiledModel, result: Pick<SteadyState, 'flowValue' | 'flowByOrigin'>, entityId: string): LoopRevenue {
  const { revenueTo, paying } = flowIndexOf(model);
  const s = model.structure;
  const e = s.entityIndex.get(entityId);
  const { flowByOrigin } = result;
  const ownOrigin = e === undefined ? -1 : (s.originOfEntity[e] as number);
  let revenue = 0;
  let own = 0;
  let customers = 0;
  for (const f of revenueTo.get(entityId) ?? []) {
    revenue += result.flowValue[f] as number;
    if (ownOrigin >= 0) own += flowByOrigin.get(f, ownOrigin);
    for (const o of paying) customers += flowByOrigin.get(f, o);
  }
  const annual = annualRevenue(model, entityId);
  return {
    entity: entityId,
    revenue: money(revenue),
    own: money(own),
    customers: money(customers),
    ownShare: shareOf(money(own), money(revenue)),
    customerShare: shareOf(money(customers), money(revenue)),
    annual,
    annualShare: annual && annual.amount > 0 ? shareOf(money(revenue), money(annual.amount)) : null,
  };
}

/** Every company a reader can follow, with what it books from the loop (the round-trip table). */
export function loopRevenues(model: CompiledModel, result: SteadyState): LoopRevenue[] {
  // The flows are grouped once for all of them (see flowIndexOf): a pass per company was 10,000
  // flows × hundreds of companies at 2,000 entities, a third of a second to open the table.
  return focusCandidates(model.dataset).map((id) => loopRevenue(model, result, id));
}

/** Which flows and origins the figures sum: what they are does not change with the sliders. */
export interface FlowIndex {
  /** Amount flows of outside capital (equity and debt), by flow index. */
  outside: number[];
  /** Revenue flows (payments for compute, chips or services), all of them and by the entity they go to. */
  revenue: number[];
  revenueTo: Map<string, number[]>;
  /** The origins that are paying customers. */
  paying: number[];
}

const flowIndexes = new WeakMap<CompiledModel, FlowIndex>();

/**
 * The model's flows grouped by what the figures do with them, once per model: the headline is
 * figured on every slider step, and reading each flow's kind took 3 ms of a step at 2,000 entities
 * and 10,000 flows (three passes over the flows, in a profile in headless Chromium).
 */
export function flowIndexOf(model: CompiledModel): FlowIndex {
  const known = flowIndexes.get(model);
  if (known) return known;
  const { dataset, structure: s } = model;
  const index: FlowIndex = {
    outside: [],
    revenue: [],
    revenueTo: new Map(),
    paying: s.origins.flatMap((id, o) => (entityOf(model, id)?.role === 'customer' ? [o] : [])),
  };
  dataset.flows.forEach((flow, f) => {
    if (s.isAmount[f] && behavesAs(dataset.meta, flow.kind, OUTSIDE_CAPITAL_KINDS)) index.outside.push(f);
    if (!behavesAs(dataset.meta, flow.kind, REVENUE_KINDS)) return;
    index.revenue.push(f);
    const into = index.revenueTo.get(flow.to);
    if (into) into.push(f);
    else index.revenueTo.set(flow.to, [f]);
  });
  flowIndexes.set(model, index);
  return index;
}

/**
 * The four headline figures, about `chosen` (the reader's choice) or else the dataset's focus.
 * A partial result (the rounds played so far) needs only flows and inflows.
 */
export function headlineFigures(model: CompiledModel, result: LoopResult, chosen: string | null = null): HeadlineFigures {
  const focus = chosen ?? focusEntity(model);
  const index = flowIndexOf(model);
  let outsideInvestment = 0;
  for (const f of index.outside) outsideInvestment += result.coefficients.amounts[f] as number;
  const annual = focus === null ? null : annualRevenue(model, focus);
  if (result.status === 'divergent') {
    return {
      focus,
      focusRevenue: money(Infinity),
      focusOwn: money(Infinity),
      focusCustomers: money(Infinity),
      roundTripShare: null,
      customerShare: null,
      annual,
      annualShare: null,
      revenuePerDollarInvested: null,
      outsideInvestment: money(outsideInvestment),
      revenueBooked: money(Infinity),
      gain: result.gain,
    };
  }
  let revenueBooked = 0;
  // Outside capital's money alone: customers' payments are not capital being booked again.
  let bookedFromCapital = 0;
  for (const f of index.revenue) {
    const value = result.flowValue[f] as number;
    revenueBooked += value;
    bookedFromCapital += value;
    for (const o of index.paying) bookedFromCapital -= result.flowByOrigin.get(f, o);
  }
  const loop = focus === null ? null : loopRevenue(model, result, focus);
  return {
    focus,
    focusRevenue: loop?.revenue ?? money(0),
    focusOwn: loop?.own ?? money(0),
    focusCustomers: loop?.customers ?? money(0),
    roundTripShare: loop?.ownShare ?? null,
    customerShare: loop?.customerShare ?? null,
    annual,
    annualShare: loop?.annualShare ?? null,
    revenuePerDollarInvested: outsideInvestment > 0 ? bookedFromCapital / outsideInvestment : null,
    outsideInvestment: money(outsideInvestment),
    revenueBooked: money(revenueBooked),
    gain: result.gain,
  };
}
