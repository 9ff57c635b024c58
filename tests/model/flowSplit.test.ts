import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SteadyState } from '../../src/model/engine';
import { validDataset } from './arbitraries';
import { amountFlow, dataset, entity, shareFlow } from './fixtures';
import { solved } from './solved';

const runs = Number(process.env.PROPERTY_RUNS ?? 300);

/** Every flow's row read into one array, flow after flow in `order`, copied out as each is read. */
function readInto(result: SteadyState, order: number[]): Map<number, number[]> {
  const into = new Float64Array(result.flowByOrigin.origins);
  return new Map(order.map((f) => [f, Array.from(result.flowByOrigin.row(f, into))]));
}

describe("a steady state's flows split by origin, read when needed", () => {
  it('reads the same parts entry by entry, row by row, and into a reused array in any order', () => {
    fc.assert(
      fc.property(validDataset, fc.infiniteStream(fc.nat()), (ds, picks) => {
        const { result } = solved(ds);
        const split = result.flowByOrigin;
        const flows = result.flowValue.length;
        const order = Array.from({ length: flows }, (_, f) => f);
        for (let i = flows - 1; i > 0; i--) {
          const j = picks.next().value % (i + 1);
          [order[i], order[j]] = [order[j]!, order[i]!];
        }
        const reused = readInto(result, order);
        for (let f = 0; f < flows; f++) {
          const entries = Array.from({ length: split.origins }, (_, o) => split.get(f, o));
          expect(Array.from(split.row(f))).toEqual(entries);
          expect(reused.get(f)).toEqual(entries);
        }
      }),
      { numRuns: Math.ceil(runs / 3) },
    );
  });

  it('puts an injected amount and a reinvestment wholly in their sender’s origin, and nothing on a flow of share 0', () => {
    const { model, result } = solved(
      dataset({
        entities: [
          entity('fund', 'source'),
          entity('lab', 'startup'),
          entity('chip', 'chipmaker'),
          entity('costs', 'sink'),
          entity('idle', 'sink'),
        ],
        flows: [
          amountFlow('fund', 'lab', 10),
          shareFlow('lab', 'chip', 0.8),
          shareFlow('lab', 'costs', 'rest', 'leakage'),
          shareFlow('chip', 'lab', 0.5, 'reinvestment'),
          shareFlow('chip', 'idle', 0),
          shareFlow('chip', 'costs', 'rest', 'leakage'),
        ],
      }),
    );
    const flow = (id: string) => model.dataset.flows.findIndex((f) => f.id === id);
    const origin = (id: string) => model.structure.origins.indexOf(id);
    const split = result.flowByOrigin;
    expect(model.structure.origins).toEqual(['fund', 'chip']);
    expect(Array.from(split.row(flow('fund-lab')))).toEqual([10, 0]);
    const reinvested = result.flowValue[flow('chip-lab')]!;
    expect(reinvested).toBeGreaterThan(0);
    expect(Array.from(split.row(flow('chip-lab')))).toEqual([0, reinvested]);
    expect(split.get(flow('chip-lab'), origin('chip'))).toBe(reinvested);
    expect(Array.from(split.row(flow('chip-idle')))).toEqual([0, 0]);
    // Read into an array that held another flow's parts, each row is that flow's alone.
    const into = Float64Array.of(7, 7);
    expect(Array.from(split.row(flow('chip-lab'), into))).toEqual([0, reinvested]);
    into.fill(7);
    expect(Array.from(split.row(flow('chip-idle'), into))).toEqual([0, 0]);
    // A flow passed on by share is its sender's inflow split times the share.
    const lab = model.structure.entityIndex.get('lab')!;
    const labRow = Array.from(result.inflowByOrigin.subarray(lab * 2, lab * 2 + 2), (x) => x * 0.8);
    expect(Array.from(split.row(flow('lab-chip')))).toEqual(labRow);
  });
});
