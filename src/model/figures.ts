import type { CompiledModel, LoopResult, SteadyState } from './engine';
import { OriginMatrix } from './originMatrix';
import type { Dataset, FlowKind } from './types';
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

export interface HeadlineFigures {
  /** The entity the headline is about (meta.focus, else the first chipmaker), if any. */
  focus: string | null;
  focusRevenue: Money;
  /** Share of the focus entity's revenue that is its own money coming back. */
  roundTripShare: Share | null;
  /** Share of the focus entity's revenue that real customers paid for. */
  customerShare: Share | null;
  /** Revenue booked across the loop per dollar of outside investment. */
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
  const sells = new Set(dataset.flows.filter((flow) => REVENUE_KINDS.has(flow.kind)).map((flow) => flow.to));
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

export function headlineFigures(model: CompiledModel, result: LoopResult): HeadlineFigures {
  const focus = focusEntity(model);
  const { dataset, structure: s } = model;
  let outsideInvestment = 0;
  dataset.flows.forEach((flow, f) => {
    if (s.isAmount[f] && OUTSIDE_CAPITAL_KINDS.has(flow.kind)) outsideInvestment += result.coefficients.amounts[f] as number;
  });
  if (result.status === 'divergent') {
    return {
      focus,
      focusRevenue: money(Infinity),
      roundTripShare: null,
      customerShare: null,
      revenuePerDollarInvested: null,
      outsideInvestment: money(outsideInvestment),
      revenueBooked: money(Infinity),
      gain: result.gain,
    };
  }
  let revenueBooked = 0;
  dataset.flows.forEach((flow, f) => {
    if (REVENUE_KINDS.has(flow.kind)) revenueBooked += result.flowValue[f] as number;
  });
  const inflowByOrigin = new OriginMatrix(result.inflowByOrigin, s.origins.length);
  const e = focus === null ? undefined : s.entityIndex.get(focus);
  const focusRevenue = e === undefined ? money(0) : moneyAt(result.inflow, e);
  let customerMoney = 0;
  let ownMoney = 0;
  if (e !== undefined) {
    const focusOrigin = s.originOfEntity[e] as number;
    s.origins.forEach((originId, o) => {
      const part = inflowByOrigin.get(e, o);
      const originEntity = dataset.entities[s.entityIndex.get(originId) ?? -1];
      if (originEntity?.role === 'customer') customerMoney += part;
      if (o === focusOrigin) ownMoney += part;
    });
  }
  return {
    focus,
    focusRevenue,
    roundTripShare: shareOf(money(ownMoney), focusRevenue),
    customerShare: shareOf(money(customerMoney), focusRevenue),
    revenuePerDollarInvested: outsideInvestment > 0 ? revenueBooked / outsideInvestment : null,
    outsideInvestment: money(outsideInvestment),
    revenueBooked: money(revenueBooked),
    gain: result.gain,
  };
}
