import type { CompiledModel, FlowCoefficients } from './engine';
import { OriginMatrix } from './originMatrix';
import { money, type Money } from './units';

/**
 * Round k is money on its k-th pass through the loop: round 1 is what was injected, flowing forward
 * until it leaves or reaches a flow that closes a loop; what crosses such a back flow in round k
 * arrives in round k + 1.
 */
export interface Round {
  /** Money on each flow during this pass (back flows carry it into the next round). */
  flowValue: Float64Array;
  flowByOrigin: Float64Array;
  inflow: Float64Array;
  inflowByOrigin: Float64Array;
  /** Money entering this pass: injections for round 1, returns through back flows after that. */
  entering: Money;
}

/**
 * A later round's money below this share of what entered the loop is no money a reader can see or
 * an amount can state ("US$0"): floating-point residue, or a share such as 1e-323.
 */
export const NEGLIGIBLE_SHARE = 1e-12;

export function unrollRounds(model: CompiledModel, coefficients: FlowCoefficients, count: number): Round[] {
  if (count <= 0) return [];
  const s = model.structure;
  const { shares, amounts } = coefficients;
  const origins = s.origins.length;
  const rounds: Round[] = [];
  let entering = OriginMatrix.zeros(s.entityCount, origins);
  let enteringTotal = 0;
  for (let f = 0; f < s.flowCount; f++) {
    if (!s.isAmount[f]) continue;
    entering.add(s.flowTo[f] as number, s.originOfEntity[s.flowFrom[f] as number] as number, amounts[f] as number);
    enteringTotal += amounts[f] as number;
  }

  for (let k = 0; k < count; k++) {
    const x = entering; // each entity's inflow by origin in this pass
    const flowByOrigin = OriginMatrix.zeros(s.flowCount, origins);
    const next = OriginMatrix.zeros(s.entityCount, origins);
    let nextTotal = 0;
    if (k === 0) {
      for (let f = 0; f < s.flowCount; f++) {
        if (s.isAmount[f]) flowByOrigin.set(f, s.originOfEntity[s.flowFrom[f] as number] as number, amounts[f] as number);
      }
    }
    for (let i = 0; i < s.topoOrder.length; i++) {
      const e = s.topoOrder[i] as number;
      for (let k2 = s.forwardOut.offsets[e] as number; k2 < (s.forwardOut.offsets[e + 1] as number); k2++) {
        const f = s.forwardOut.edges[k2] as number;
        if (s.isAmount[f]) continue;
        passOn(f, e, x);
      }
    }
    for (const f of s.backEdges) passOn(f, s.flowFrom[f] as number, next);
    rounds.push({ ...totals(flowByOrigin.values, x.values), entering: money(enteringTotal) });
    entering = next;
    enteringTotal = nextTotal;

    // Moves e's money over flow f into `target` (this pass's x, or the next pass for back flows).
    function passOn(f: number, e: number, target: OriginMatrix) {
      const share = shares[f] as number;
      if (share === 0) return;
      const to = s.flowTo[f] as number;
      const reinvestor = s.isReinvestment[f] ? (s.originOfEntity[e] as number) : -1;
      for (let o = 0; o < origins; o++) {
        const amount = x.get(e, o) * share;
        if (amount === 0) continue;
        const label = reinvestor >= 0 ? reinvestor : o;
        target.add(to, label, amount);
        flowByOrigin.add(f, label, amount);
        if (target === next) nextTotal += amount;
      }
    }
  }
  return rounds;

  function totals(flowByOrigin: Float64Array, inflowByOrigin: Float64Array) {
    const flowValue = new Float64Array(s.flowCount);
    const inflow = new Float64Array(s.entityCount);
    addRows(flowValue, flowByOrigin, origins);
    addRows(inflow, inflowByOrigin, origins);
    return { flowValue, flowByOrigin, inflow, inflowByOrigin };
  }
}

// Plain loops, not a typed array's forEach: its callback is handed each number boxed, and at every
// slider step of the rounds view those boxes were a tenth of the step's garbage.

/** Adds each row of `byOrigin` (rows of `origins` numbers) into the row's total. */
function addRows(totals: Float64Array, byOrigin: Float64Array, origins: number) {
  for (let row = 0, at = 0; row < totals.length; row++) for (let o = 0; o < origins; o++) totals[row]! += byOrigin[at++]!;
}

/** Adds `from` into `into`, number by number. */
function addInto(into: Float64Array, from: Float64Array) {
  for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
}

/** Rounds 1..upTo added up: what has gone round so far, in the shape of a steady state. */
export function sumRounds(
  rounds: Round[],
  upTo: number,
): {
  flowValue: Float64Array;
  flowByOrigin: OriginMatrix;
  inflow: Float64Array;
  inflowByOrigin: Float64Array;
} {
  const first = rounds[0];
  const flowValue = new Float64Array(first?.flowValue.length ?? 0);
  const flowByOrigin = new Float64Array(first?.flowByOrigin.length ?? 0);
  const inflow = new Float64Array(first?.inflow.length ?? 0);
  const inflowByOrigin = new Float64Array(first?.inflowByOrigin.length ?? 0);
  for (const round of rounds.slice(0, upTo)) {
    addInto(flowValue, round.flowValue);
    addInto(flowByOrigin, round.flowByOrigin);
    addInto(inflow, round.inflow);
    addInto(inflowByOrigin, round.inflowByOrigin);
  }
  const origins = flowByOrigin.length / Math.max(1, flowValue.length);
  return { flowValue, flowByOrigin: new OriginMatrix(flowByOrigin, origins), inflow, inflowByOrigin };
}
