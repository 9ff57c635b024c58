import type { CompiledModel, LoopResult, SteadyState } from './engine';
import type { FlowKind } from './types';

/** Flows that are payment for goods or services, as opposed to investment or money leaving. */
export const REVENUE_KINDS: ReadonlySet<FlowKind> = new Set(['compute-spend', 'gpu-purchase', 'customer-revenue']);

/** How much of one entity's inflow is its own company's money coming back. */
export interface RoundTrip {
  entity: string;
  gross: number;
  /** Inflow whose origin is the entity's own company (its investments and reinvested profit). */
  own: number;
  /** gross − own: what is left when the circular part is netted out. */
  net: number;
  /** own / gross, or null when the entity receives nothing. */
  share: number | null;
}

export interface HeadlineFigures {
  /** The entity the headline is about (meta.focus, else the first chipmaker), if any. */
  focus: string | null;
  focusRevenue: number;
  /** Share of the focus entity's revenue that is its own money coming back. */
  roundTripShare: number | null;
  /** Share of the focus entity's revenue that real customers paid for. */
  customerShare: number | null;
  /** Revenue booked across the loop per dollar of outside investment. */
  revenuePerDollarInvested: number | null;
  outsideInvestment: number;
  revenueBooked: number;
  gain: number;
}

export function focusEntity(model: CompiledModel): string | null {
  const { meta, entities } = model.dataset;
  return meta.focus ?? entities.find((e) => e.role === 'chipmaker')?.id ?? null;
}

export function roundTrips(model: CompiledModel, state: SteadyState): RoundTrip[] {
  const s = model.structure;
  const origins = s.origins.length;
  return model.dataset.entities.map((entity, e) => {
    const gross = state.inflow[e] as number;
    const o = s.originOfEntity[e] as number;
    const own = o >= 0 ? (state.inflowByOrigin[e * origins + o] as number) : 0;
    return { entity: entity.id, gross, own, net: gross - own, share: gross > 0 ? own / gross : null };
  });
}

export function headlineFigures(model: CompiledModel, result: LoopResult): HeadlineFigures {
  const focus = focusEntity(model);
  const { dataset, structure: s } = model;
  let outsideInvestment = 0;
  dataset.flows.forEach((flow, f) => {
    if (s.isAmount[f] && flow.kind === 'equity-investment') outsideInvestment += result.coefficients.amounts[f] as number;
  });
  if (result.status === 'divergent') {
    return {
      focus,
      focusRevenue: Infinity,
      roundTripShare: null,
      customerShare: null,
      revenuePerDollarInvested: null,
      outsideInvestment,
      revenueBooked: Infinity,
      gain: result.gain,
    };
  }
  let revenueBooked = 0;
  dataset.flows.forEach((flow, f) => {
    if (REVENUE_KINDS.has(flow.kind)) revenueBooked += result.flowValue[f] as number;
  });
  const origins = s.origins.length;
  const e = focus === null ? undefined : s.entityIndex.get(focus);
  const focusRevenue = e === undefined ? 0 : (result.inflow[e] as number);
  let customerMoney = 0;
  let ownMoney = 0;
  if (e !== undefined) {
    const focusOrigin = s.originOfEntity[e] as number;
    s.origins.forEach((originId, o) => {
      const part = result.inflowByOrigin[e * origins + o] as number;
      const originEntity = dataset.entities[s.entityIndex.get(originId) ?? -1];
      if (originEntity?.role === 'customer') customerMoney += part;
      if (o === focusOrigin) ownMoney += part;
    });
  }
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  return {
    focus,
    focusRevenue,
    roundTripShare: ratio(ownMoney, focusRevenue),
    customerShare: ratio(customerMoney, focusRevenue),
    revenuePerDollarInvested: ratio(revenueBooked, outsideInvestment),
    outsideInvestment,
    revenueBooked,
    gain: result.gain,
  };
}
