import type { OriginRows } from './originMatrix';
import type { Structure } from './structure';

/**
 * A steady state's flows split by origin, derived row by row when read rather than stored. A flow
 * passed on by share is its sender's inflow split times its share; an injected amount, or a
 * reinvestment (reinvested money counts as the reinvestor's own from then on), is wholly its
 * sender's origin. Stored, the split was a row per flow (4 million numbers, 32 MB, at 2,000/10,000)
 * written on every slider step, where a step reads the rows of its wide links only; the table, the
 * export and the headline read the rows they need.
 *
 * Reads the arrays it is given as they are when read: a step whose inflow split went to a later
 * step (see `isRetired`) reads that step's inflow in its share rows; such a step is solved again, not read.
 */
export class FlowSplit implements OriginRows {
  readonly origins: number;

  constructor(
    private readonly s: Structure,
    private readonly shares: Float64Array,
    /** Money on each flow (an injected amount's is its amount). */
    private readonly flowValue: Float64Array,
    private readonly inflowByOrigin: Float64Array,
  ) {
    this.origins = s.origins.length;
  }

  get(f: number, o: number): number {
    const s = this.s;
    const from = s.flowFrom[f] as number;
    if (s.isAmount[f] || s.isReinvestment[f]) return o === s.originOfEntity[from] ? (this.flowValue[f] as number) : 0;
    const share = this.shares[f] as number;
    return share === 0 ? 0 : (this.inflowByOrigin[from * this.origins + o] as number) * share;
  }

  row(f: number, into = new Float64Array(this.origins)): Float64Array {
    const s = this.s;
    const origins = this.origins;
    const from = s.flowFrom[f] as number;
    const share = this.shares[f] as number;
    if (s.isAmount[f] || s.isReinvestment[f]) {
      into.fill(0, 0, origins);
      // Every entity that injects or reinvests is an origin (see `compileStructure`).
      into[s.originOfEntity[from] as number] = this.flowValue[f] as number;
      return into;
    }
    if (share === 0) return into.fill(0, 0, origins);
    const start = from * origins;
    for (let o = 0; o < origins; o++) into[o] = (this.inflowByOrigin[start + o] as number) * share;
    return into;
  }
}
