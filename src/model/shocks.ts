import type { CompiledModel, RawCoefficients } from './engine';
import { hasShocks } from './hasShocks';
import { kindBehaviour } from './kinds';
import { statusAt } from './resolveMoment';
import type { Firmness, Flow, Obligation, Shocks, Status } from './types';

export { hasShocks };

/** No shock: the flows as the sliders set them. */
export const NO_SHOCKS: Shocks = {};

const FIRMNESS_OF_STATUS: Partial<Record<Status, Firmness>> = {
  'letter-of-intent': 'letter-of-intent',
  'in-talks': 'letter-of-intent',
  conditional: 'conditional',
  'on-ice': 'on-ice',
};

/** How firmly an obligation binds at a date: its own firmness, else its deal's status then (a signed or unstated deal is firm). */
export function firmnessAt(item: Pick<Flow, 'provenance' | 'obligation'> | Obligation, date: string): Firmness {
  const own = 'obligation' in item ? item.obligation?.firmness : (item as Obligation).firmness;
  if (own) return own;
  const status = statusAt(item.provenance, date);
  return (status && status !== 'not-yet' && FIRMNESS_OF_STATUS[status]) || 'firm';
}

/** Money that is not committed: a letter of intent (or talks), a conditional amount, a deal on ice. */
export function isUncommitted(firmness: Firmness): boolean {
  return firmness === 'letter-of-intent' || firmness === 'conditional' || firmness === 'on-ice';
}

/**
 * The flows' coefficients with the shocks applied: customers' payments and new equity scaled down,
 * a stopping lender's loans and the money not committed set to 0, and everything a failed
 * entity would send stopped except its payments, which stay due (the clearing records them
 * unpaid). An entity's "rest" is recomputed from its other shares, so what a shock takes from a
 * share is kept rather than lost. Shocks combine; with none the coefficients are returned as they are.
 */
export function applyShocks(model: CompiledModel, raw: RawCoefficients, shocks: Shocks): RawCoefficients {
  if (!hasShocks(shocks)) return raw;
  const { dataset, structure: s, moment } = model;
  const shares = Float64Array.from(raw.shares);
  const amounts = Float64Array.from(raw.amounts);
  const payments = Float64Array.from(raw.payments);
  const failed = shocks.fails !== undefined ? s.entityIndex.get(shocks.fails) : undefined;
  const lender = shocks.lenderStops !== undefined ? s.entityIndex.get(shocks.lenderStops) : undefined;
  dataset.flows.forEach((flow, f) => {
    let factor = 1;
    const kind = kindBehaviour(dataset.meta, flow.kind);
    if (kind === 'customer-revenue') factor *= 1 - clampUnit(shocks.revenueFall);
    if (kind === 'equity-investment') factor *= 1 - clampUnit(shocks.equitySlowdown);
    if (kind === 'debt' && s.flowFrom[f] === lender) factor = 0;
    if (shocks.dropUncommitted && isUncommitted(firmnessAt(flow, moment.date))) factor = 0;
    if (s.flowFrom[f] === failed && !s.isPayment[f]) factor = 0;
    shares[f]! *= factor;
    amounts[f]! *= factor;
    payments[f]! *= factor;
  });
  const taken = new Float64Array(s.entityCount);
  for (let f = 0; f < s.flowCount; f++) if (!s.isRest[f]) taken[s.flowFrom[f]!]! += shares[f]!;
  for (let f = 0; f < s.flowCount; f++) {
    if (s.isRest[f]) shares[f] = Math.max(0, 1 - taken[s.flowFrom[f]!]!);
  }
  return { shares, amounts, payments };
}

function clampUnit(x: number | undefined): number {
  return x !== undefined && Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0;
}
