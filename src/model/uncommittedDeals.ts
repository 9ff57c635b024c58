import type { CompiledModel, LoopResult } from './engine';
import { flowStandings } from './flowStanding';
import { UNCOMMITTED_STATUSES, type Status } from './types';
import { money, type Money } from './units';

/** The deal statuses of money not committed (see UNCOMMITTED_STATUSES). */
export type UncommittedStatus = Extract<Status, 'letter-of-intent' | 'in-talks' | 'conditional' | 'on-ice'>;

const isUncommitted = (status: Status | 'not-yet' | null): status is UncommittedStatus =>
  status !== null && status !== 'not-yet' && UNCOMMITTED_STATUSES.has(status);

/** Money counted in the loop shown, from one entity to another, under a deal not committed at the model's date. */
export interface UncommittedDeal {
  /** Entity indices. */
  from: number;
  to: number;
  value: Money;
  status: UncommittedStatus;
}

/**
 * The money in a steady state under deals not committed at the model's date (a letter of intent,
 * talks, a conditional amount, a deal on ice that a reader set above 0), by payer, payee and status,
 * biggest first: Amazon's 15 and 35 in talks in January 2026 are one deal of 50 (two deals of one
 * payer, payee and status are one line). Listed, not added
 * up across payers: one may carry another's money (a tranche passed on as compute spending).
 */
export function uncommittedDeals(model: CompiledModel, result: LoopResult): UncommittedDeal[] {
  if (result.status !== 'converged') return [];
  const { flowFrom, flowTo } = model.structure;
  const deals = new Map<string, UncommittedDeal>();
  flowStandings(model).forEach(({ status }, flow) => {
    const value = result.flowValue[flow] as number;
    if (!isUncommitted(status) || !(value > 0)) return;
    const from = flowFrom[flow] as number;
    const to = flowTo[flow] as number;
    const key = `${from} ${to} ${status}`;
    const deal = deals.get(key);
    if (deal) deal.value = money(deal.value + value);
    else deals.set(key, { from, to, value: money(value), status });
  });
  return [...deals.values()].sort((a, b) => b.value - a.value || a.from - b.from || a.to - b.to);
}
