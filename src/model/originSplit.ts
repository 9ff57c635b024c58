// The split of a steady state by origin: who put in the money on each flow and in each inflow.

import { solveClosedLoop } from './linear';
import { OriginMatrix } from './originMatrix';
import { cachedPortSystem } from './portSystems';
import { scratch } from './scratch';
import type { Structure } from './structure';

/**
 * Inflow split by origin (entities × origins), into `into` when given: the costly part of a solve (a
 * batched solve as wide as there are origins). Linear in `amounts` for fixed shares, given the
 * `inflow` those amounts make. The flows' split follows from it (see `FlowSplit`).
 */
export function solveInflowByOrigin(
  s: Structure,
  shares: Float64Array,
  amounts: Float64Array,
  inflow: Float64Array,
  into?: Float64Array,
): Float64Array {
  const origins = s.origins.length;
  // Injections by origin, then (solved below) inflow by origin.
  const byOrigin = new OriginMatrix(scratch('injected', s.entityCount * origins), origins);
  amounts.forEach((amount, f) => {
    if (!s.isAmount[f] || amount === 0) return;
    byOrigin.add(s.flowTo[f] as number, s.originOfEntity[s.flowFrom[f] as number] as number, amount);
  });
  // Reinvested money changes hands: from then on it counts as the reinvestor's own money.
  const reinvests = s.isReinvestment.some((r, f) => r && (shares[f] as number) > 0);
  if (reinvests) {
    s.isReinvestment.forEach((r, f) => {
      if (!r) return;
      const o = s.originOfEntity[s.flowFrom[f] as number] as number;
      byOrigin.add(s.flowTo[f] as number, o, (inflow[s.flowFrom[f] as number] as number) * (shares[f] as number));
    });
  }
  // In the loop of each origin's own money a reinvestment passes nothing on (its share is 0 there).
  const ownShares = reinvests ? shares.map((share, f) => (s.isReinvestment[f] ? 0 : share)) : shares;
  const ownSystem = cachedPortSystem(s, ownShares, reinvests ? 'own' : 'full');
  // Every origin's money in one batched solve: the same arithmetic per origin, one walk over the graph.
  return solveClosedLoop(s, ownShares, ownSystem, byOrigin.values, origins, into);
}

/**
 * The origin of each flow's largest part, or -1 where it has none (no positive part). Found per
 * sender: a flow passed on by share is its sender's inflow split times one share, so its largest
 * part is its sender's, the first of equals there (the entities' rows are a fifth of the flows' at
 * 2,000/10,000, and a thin link needs no more); a scan of the flow's own row finds the same origin,
 * or, where two parts round to the same amount times the share, one as large. An injected amount
 * or a reinvestment is wholly its sender's origin (see `FlowSplit`), its money the flow's value.
 */
export function mainOrigins(s: Structure, shares: Float64Array, flowValue: Float64Array, inflowByOrigin: Float64Array): Int32Array {
  const origins = s.origins.length;
  const ofSender = new Int32Array(s.entityCount).fill(-2); // -2: not yet found
  const main = new Int32Array(s.flowCount);
  for (let f = 0; f < s.flowCount; f++) {
    const from = s.flowFrom[f] as number;
    if (s.isAmount[f] || s.isReinvestment[f]) {
      main[f] = (flowValue[f] as number) > 0 ? (s.originOfEntity[from] as number) : -1;
      continue;
    }
    if (ofSender[from] === -2) ofSender[from] = largestOrigin(inflowByOrigin, from * origins, origins);
    const o = ofSender[from] as number;
    // A part too small to survive times the share is 0 in the flow's row: then the row has none.
    main[f] = o >= 0 && (inflowByOrigin[from * origins + o] as number) * (shares[f] as number) > 0 ? o : -1;
  }
  return main;
}

/**
 * Index (from `start`) of the largest positive of `length` parts by origin, the first of equals, or
 * -1 where none is positive: a flow's or an entity's main origin (a row of a split, or a whole one).
 */
export function largestOrigin(parts: ArrayLike<number>, start = 0, length = parts.length - start): number {
  let main = -1;
  let largest = 0;
  for (let o = 0; o < length; o++) {
    const value = parts[start + o] as number;
    if (value > largest) {
      main = o;
      largest = value;
    }
  }
  return main;
}
