import { describe, expect, it } from 'vitest';
import { amountFlow, dataset, entity, shareFlow } from './fixtures';
import { solved } from './solved';

/** Index of the largest positive part of a row, the first of equals, or -1: a scan of the flow's own row. */
function scan(row: Float64Array): number {
  let main = -1;
  row.forEach((x, o) => {
    if (x > (main < 0 ? 0 : row[main]!)) main = o;
  });
  return main;
}

describe('mainOrigins', () => {
  it('gives each flow the first of equally large origins, as a scan of its row does, and -1 to a flow with no money', () => {
    // Two funds put the same into the lab: every flow the lab's money reaches is split half and half.
    const { model, result } = solved(
      dataset({
        entities: [
          entity('a', 'source'),
          entity('b', 'source'),
          entity('idle', 'source'),
          entity('lab', 'startup'),
          entity('cloud', 'cloud'),
          entity('costs', 'sink'),
        ],
        flows: [
          amountFlow('a', 'lab', 10),
          amountFlow('b', 'lab', 10),
          amountFlow('idle', 'lab', 0),
          shareFlow('lab', 'cloud', 0.7),
          shareFlow('lab', 'costs', 'rest', 'leakage'),
          shareFlow('cloud', 'costs', 'rest', 'leakage'),
        ],
      }),
    );
    const rows = model.dataset.flows.map((_, f) => result.flowByOrigin.row(f));
    expect([...result.mainOrigin!]).toEqual(rows.map(scan));
    // The shared flows' parts are equal, and the first origin's is taken; the idle fund's flow has none.
    const labCloud = model.dataset.flows.findIndex((flow) => flow.id === 'lab-cloud');
    expect(rows[labCloud]![0]).toBe(rows[labCloud]![1]);
    expect(result.mainOrigin![labCloud]).toBe(0);
    expect(result.mainOrigin![model.dataset.flows.findIndex((flow) => flow.id === 'idle-lab')]).toBe(-1);
  });
});
