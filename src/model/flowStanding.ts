import type { CompiledModel } from './engine';
import { statusAt } from './resolveMoment';
import { UNCOMMITTED_STATUSES, type Basis, type Provenance, type Status } from './types';

/**
 * How firmly a flow's money is committed, as the chart draws it: committed (reported, announced,
 * definitive or completed deals, and estimates), uncommitted (a letter of intent, talks, a
 * conditional amount, or a reported projection of a year not over), on ice (a deal paused), or
 * assumed (our assumption, with no deal status saying it is uncommitted).
 */
export type Commitment = 'committed' | 'uncommitted' | 'on-ice' | 'assumed';

/** A flow's deal status and basis at the chart's date, and what they make of it. */
export interface FlowStanding {
  status: Status | 'not-yet' | null;
  basis: Basis;
  commitment: Commitment;
}

export function flowStanding(provenance: Provenance, date: string): FlowStanding {
  const status = statusAt(provenance, date);
  return { status, basis: provenance.basis, commitment: commitmentOf(status, provenance.basis) };
}

function commitmentOf(status: FlowStanding['status'], basis: Basis): Commitment {
  if (status === 'on-ice') return 'on-ice';
  // A deal not made yet carries no money at that date; if it ever shows, it is not committed.
  // A projection is money expected, not booked: drawn as solid, it would pass for revenue in hand.
  if (status === 'not-yet' || basis === 'projection' || (status !== null && UNCOMMITTED_STATUSES.has(status))) return 'uncommitted';
  return basis === 'assumption' ? 'assumed' : 'committed';
}

// A model is compiled once per dataset and moment (year and date), so its standings are too: a
// slider drag re-runs the chart every input, and this stays out of that path.
const standings = new WeakMap<CompiledModel, FlowStanding[]>();

/** Each flow's standing at the model's date, by flow index: computed once per model. */
export function flowStandings(model: CompiledModel): FlowStanding[] {
  let found = standings.get(model);
  if (!found) {
    found = model.dataset.flows.map((flow) => flowStanding(flow.provenance, model.moment.date));
    standings.set(model, found);
  }
  return found;
}
